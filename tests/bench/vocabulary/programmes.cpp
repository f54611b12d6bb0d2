// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/vocabulary/programmes.h"

namespace BenchmarkData {

// Each table is declared in programmes.h as a span over its rows: a header cannot declare an array
// without its length.

const SessionText presentationsTable[] = {
    {u"System pomocy społecznej w Polsce: zadania gminy, powiatu i województwa",
     u"Система соціальної допомоги в Польщі: завдання гміни, повіту та воєводства",
     u"Ustawa o pomocy społecznej, podział zadań między szczeble samorządu, finansowanie i sprawozdawczość.",
     u"Закон про соціальну допомогу, розподіл завдань між рівнями самоврядування, фінансування та "
     u"звітність."},
    {u"Asystent rodziny w praktyce: wsparcie rodzin w trudnościach",
     u"Асистент сім’ї на практиці: підтримка сімей у складних обставинах",
     u"Jak asystent pracuje z rodziną w domu, jak powstaje plan pracy i kiedy kończy się wsparcie.",
     u"Як асистент працює з сім’єю вдома, як складається план роботи та коли завершується супровід."},
    {u"Piecza zastępcza: rodziny zastępcze i rodzinne domy dziecka",
     u"Альтернативний догляд: прийомні сім’ї та дитячі будинки сімейного типу",
     u"Nabór i szkolenie kandydatów, rola koordynatora rodzinnej pieczy zastępczej, wsparcie psychologiczne.",
     u"Набір і навчання кандидатів, роль координатора, психологічна підтримка."},
    {u"Przeciwdziałanie przemocy domowej: procedura „Niebieskie Karty”",
     u"Протидія домашньому насильству: процедура «Блакитні картки»",
     u"Zespół interdyscyplinarny, grupy diagnostyczno-pomocowe i współpraca z policją.",
     u"Міждисциплінарна команда, діагностично-допоміжні групи та співпраця з поліцією."},
    {u"Usługi opiekuńcze dla osób starszych: standardy i finansowanie",
     u"Послуги догляду для людей похилого віку: стандарти та фінансування",
     u"Usługi w miejscu zamieszkania, specjalistyczne usługi opiekuńcze, odpłatność i kontrola jakości.",
     u"Послуги вдома, спеціалізовані послуги догляду, оплата та контроль якості."},
    {u"Centrum usług społecznych: jak gmina planuje i zleca usługi",
     u"Центр соціальних послуг: як громада планує та замовляє послуги",
     u"Diagnoza potrzeb, program usług społecznych i współpraca z organizacjami pozarządowymi.",
     u"Оцінка потреб, програма соціальних послуг і співпраця з громадськими організаціями."},
    {u"Wsparcie osób z niepełnosprawnościami w środowisku lokalnym",
     u"Підтримка людей з інвалідністю в місцевій громаді",
     u"Asystencja osobista, mieszkania wspomagane, środowiskowe domy samopomocy.",
     u"Персональна асистенція, підтримане житло, центри денного перебування."},
    {u"Integracja cudzoziemców na lokalnym rynku pracy", u"Інтеграція іноземців на місцевому ринку праці",
     u"Doradztwo zawodowe, kursy językowe i współpraca z pracodawcami.",
     u"Професійне консультування, мовні курси та співпраця з роботодавцями."},
    {u"Ekonomia społeczna i centra integracji społecznej",
     u"Соціальна економіка та центри соціальної інтеграції",
     u"Spółdzielnie socjalne, reintegracja zawodowa i społeczna, klauzule społeczne w zamówieniach.",
     u"Соціальні кооперативи, професійна та соціальна реінтеграція, соціальні умови в закупівлях."},
    {u"Deinstytucjonalizacja: od instytucji do wsparcia w społeczności",
     u"Деінституціалізація: від закладів до підтримки в громаді",
     u"Przykłady przejścia od opieki instytucjonalnej do usług środowiskowych.",
     u"Приклади переходу від інституційного догляду до послуг у громаді."},
    {u"Praca socjalna z osobami w kryzysie bezdomności", u"Соціальна робота з людьми в кризі безпритульності",
     u"Streetworking, noclegownie, program „Najpierw mieszkanie”.",
     u"Вулична соціальна робота, нічліжки, програма «Спершу житло»."},
    {u"Profilaktyka uzależnień w szkole i w rodzinie", u"Профілактика залежностей у школі та в сім’ї", u"",
     u""},
    {u"Wsparcie rodzin z dziećmi z doświadczeniem wojny", u"Підтримка сімей з дітьми, які пережили війну",
     u"Pomoc psychologiczna, grupy wsparcia i zajęcia dla dzieci.",
     u"Психологічна допомога, групи підтримки та заняття для дітей."},
    {u"Gminny program wspierania rodziny", u"Програма підтримки сім’ї в громаді", u"", u""},
    {u"Cyfryzacja usług społecznych: e-wnioski i dokumentacja elektroniczna",
     u"Цифровізація соціальних послуг: е-заяви та електронна документація", u"", u""},
    {u"Superwizja w pracy socjalnej", u"Супервізія в соціальній роботі", u"", u""},
    {u"Wolontariat senioralny i kluby seniora", u"Волонтерство людей старшого віку та клуби для літніх людей",
     u"", u""},
    {u"Mieszkania treningowe i wspomagane", u"Тренувальне та підтримане житло", u"", u""},
    {u"Ośrodek interwencji kryzysowej: całodobowa pomoc w kryzysie",
     u"Центр кризового втручання: цілодобова допомога в кризі",
     u"Dyżur całodobowy, hostel dla osób w kryzysie, poradnictwo prawne i psychologiczne.",
     u"Цілодобове чергування, притулок для людей у кризі, юридичні та психологічні консультації."},
    {u"Aktywizacja zawodowa osób długotrwale bezrobotnych",
     u"Професійна активізація довготривало безробітних", u"", u""},
    {u"Współpraca samorządu z organizacjami pozarządowymi",
     u"Співпраця органів самоврядування з громадськими організаціями", u"", u""},
    {u"Wsparcie opiekunów osób zależnych: opieka wytchnieniowa",
     u"Підтримка опікунів залежних осіб: тимчасовий відпочинковий догляд", u"", u""},
    {u"Standardy ochrony dzieci w placówkach", u"Стандарти захисту дітей у закладах", u"", u""},
    {u"Zdrowie psychiczne dzieci i młodzieży: ośrodki środowiskowe",
     u"Психічне здоров’я дітей і молоді: центри в громаді", u"", u""},
};
const std::span<const SessionText> presentations = presentationsTable;

const SessionText workshopsTable[] = {
    {u"Warsztaty: kontrakt socjalny i plan pomocy", u"Майстер-клас: соціальний контракт і план допомоги",
     u"Praca na studiach przypadków w małych grupach.", u"Робота з кейсами в малих групах."},
    {u"Warsztaty: praca z rodziną z doświadczeniem traumy",
     u"Майстер-клас: робота з сім’єю, яка пережила травму", u"", u""},
    {u"Warsztaty: wypalenie zawodowe w pomocy społecznej",
     u"Майстер-клас: професійне вигорання в соціальній сфері", u"", u""},
    {u"Warsztaty: diagnoza potrzeb społeczności lokalnej", u"Майстер-клас: оцінка потреб місцевої громади",
     u"Narzędzia diagnozy, mapowanie zasobów, konsultacje z mieszkańcami.",
     u"Інструменти оцінки, картування ресурсів, консультації з мешканцями."},
    {u"Warsztaty: przygotowanie wniosku o dofinansowanie", u"Майстер-клас: підготовка заявки на фінансування",
     u"", u""},
    {u"Warsztaty: mediacje rodzinne", u"Майстер-клас: сімейна медіація", u"", u""},
    {u"Warsztaty: metoda Centrum Aktywności Lokalnej", u"Майстер-клас: метод центру місцевої активності", u"",
     u""},
    {u"Warsztaty: dialog motywujący", u"Майстер-клас: мотиваційне інтерв’ю", u"", u""},
    {u"Warsztaty: prowadzenie przypadku w pracy socjalnej",
     u"Майстер-клас: ведення випадку в соціальній роботі", u"", u""},
    {u"Warsztaty w grupach: wymiana dobrych praktyk", u"Робота в групах: обмін добрими практиками",
     u"Trzy grupy tematyczne, podsumowanie na forum.",
     u"Три тематичні групи, підсумки на загальному форумі."},
    {u"Warsztaty: bezpieczeństwo pracownika socjalnego w terenie",
     u"Майстер-клас: безпека соціального працівника під час виїздів", u"", u""},
};
const std::span<const SessionText> workshops = workshopsTable;

const SessionText panelsTable[] = {
    {u"Panel dyskusyjny: współpraca pomocy społecznej, policji i szkoły",
     u"Панельна дискусія: співпраця соціальних служб, поліції та школи", u"", u""},
    {u"Panel: rola samorządu w integracji uchodźców",
     u"Панельна дискусія: роль самоврядування в інтеграції біженців", u"", u""},
    {u"Debata: usługi społeczne w małych gminach", u"Дебати: соціальні послуги в малих громадах", u"", u""},
    {u"Panel: finansowanie usług społecznych ze środków europejskich",
     u"Панельна дискусія: фінансування соціальних послуг з європейських коштів", u"", u""},
    {u"Panel ekspertów: przyszłość opieki długoterminowej",
     u"Панель експертів: майбутнє довготривалого догляду", u"", u""},
    {u"Dyskusja: organizacje pozarządowe jako partner samorządu",
     u"Дискусія: громадські організації як партнер самоврядування", u"", u""},
};
const std::span<const SessionText> panels = panelsTable;

const SessionText meetingsTable[] = {
    {u"Spotkanie robocze: plan dalszej współpracy", u"Робоча зустріч: план подальшої співпраці", u"", u""},
    {u"Spotkanie z władzami miasta", u"Зустріч з керівництвом міста", u"", u""},
    {u"Spotkanie z zespołem interdyscyplinarnym", u"Зустріч з міждисциплінарною командою", u"", u""},
    {u"Podsumowanie dnia", u"Підсумки дня", u"", u""},
    {u"Spotkanie z radą seniorów", u"Зустріч з радою старійшин громади", u"", u""},
};
const std::span<const SessionText> meetings = meetingsTable;

const SessionText cultureTable[] = {
    {u"Wieczór w filharmonii", u"Вечір у філармонії", u"", u""},
    {u"Spektakl w teatrze miejskim", u"Вистава в міському театрі", u"", u""},
    {u"Spacer po Starym Mieście", u"Прогулянка Старим містом", u"", u""},
    {u"Wizyta w muzeum regionalnym", u"Відвідування регіонального музею", u"", u""},
    {u"Koncert zespołu ludowego", u"Концерт фольклорного ансамблю", u"", u""},
    {u"Wieczór integracyjny", u"Вечір знайомств", u"", u""},
};
const std::span<const SessionText> culture = cultureTable;

const QStringView roomsTable[] = {
    u"sala konferencyjna", u"sala konferencyjna, parter", u"sala nr 12", u"sala 104",  u"aula",
    u"sala posiedzeń",     u"sala szkoleniowa, I piętro", u"świetlica",  u"pokój 205", u"sala warsztatowa",
};
const std::span<const QStringView> rooms = roomsTable;

const QStringView restaurantsTable[] = {
    u"Restauracja „Stary Młyn”",      u"Bistro „Pod Lipą”",
    u"Restauracja „Rynek 7”",         u"Karczma „Pod Kogutem”",
    u"Restauracja „Zielona Weranda”", u"Bar „Pod Arkadami”",
    u"Restauracja „Ogrody”",          u"Restauracja „Przystań”",
};
const std::span<const QStringView> restaurants = restaurantsTable;

const QStringView culturalPlacesTable[] = {
    u"Filharmonia", u"Teatr Miejski", u"Muzeum Regionalne", u"Dom Kultury", u"Centrum Kultury",
};
const std::span<const QStringView> culturalPlaces = culturalPlacesTable;

const QStringView sessionNotesTable[] = {
    u"Bez zdjęć.",
    u"Obuwie zmienne.",
    u"Prosimy o punktualność – autokar odjeżdża o czasie.",
    u"Catering zapewnia gospodarz.",
    u"Materiały w teczkach uczestników.",
};
const std::span<const QStringView> sessionNotes = sessionNotesTable;

const QStringView interpretationModesTable[] = {
    u"consecutive",
    u"consecutive",
    u"whispered",
};
const std::span<const QStringView> interpretationModes = interpretationModesTable;

} // namespace BenchmarkData
