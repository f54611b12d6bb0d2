// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/vocabulary/visits.h"

namespace BenchmarkData {

// Each table is declared in visits.h as a span over its rows: a header cannot declare an array
// without its length.

const Topic visitTopicsTable[] = {
    {u"wsparcie rodzin zastępczych", u"підтримка прийомних сімей", u"support for foster families"},
    {u"usługi dla osób starszych", u"послуги для людей похилого віку", u"services for older people"},
    {u"przeciwdziałanie przemocy domowej", u"протидія домашньому насильству",
     u"preventing domestic violence"},
    {u"integracja osób z niepełnosprawnościami", u"інтеграція людей з інвалідністю",
     u"inclusion of people with disabilities"},
    {u"praca socjalna z rodziną", u"соціальна робота з сім’єю", u"social work with families"},
    {u"aktywizacja zawodowa osób bezrobotnych", u"професійна активізація безробітних",
     u"activation of the unemployed"},
    {u"pomoc osobom w kryzysie bezdomności", u"допомога людям у кризі безпритульності",
     u"help for people experiencing homelessness"},
    {u"deinstytucjonalizacja usług społecznych", u"деінституціалізація соціальних послуг",
     u"deinstitutionalisation of social services"},
    {u"opieka nad dziećmi pozbawionymi opieki rodzicielskiej",
     u"опіка над дітьми, позбавленими батьківського піклування", u"care for children without parental care"},
    {u"usługi społeczne w małych gminach", u"соціальні послуги в малих громадах",
     u"social services in small municipalities"},
    {u"ekonomia społeczna", u"соціальна економіка", u"the social economy"},
    {u"profilaktyka uzależnień", u"профілактика залежностей", u"addiction prevention"},
    {u"centra usług społecznych", u"центри соціальних послуг", u"social services centres"},
    {u"współpraca międzysektorowa w pomocy społecznej", u"міжсекторальна співпраця в соціальній сфері",
     u"cross-sector cooperation in social welfare"},
    {u"asystencja osobista", u"персональна асистенція", u"personal assistance"},
    {u"rehabilitacja psychospołeczna", u"психосоціальна реабілітація", u"psychosocial rehabilitation"},
    {u"mieszkania wspomagane i treningowe", u"підтримане та тренувальне житло",
     u"supported and training housing"},
    {u"wsparcie dzienne dla dzieci i młodzieży", u"денна підтримка дітей та молоді",
     u"day support for children and youth"},
    {u"standardy usług opiekuńczych", u"стандарти послуг догляду", u"standards of care services"},
    {u"cyfryzacja usług społecznych", u"цифровізація соціальних послуг", u"digital social services"},
    {u"model pomocy społecznej na Mazowszu", u"модель соціальної допомоги на Мазовші",
     u"the Masovian model of social assistance"},
};
const std::span<const Topic> visitTopics = visitTopicsTable;

const Topic warTopicsTable[] = {
    {u"wsparcie osób wewnętrznie przesiedlonych", u"підтримка внутрішньо переміщених осіб",
     u"support for internally displaced people"},
    {u"wsparcie weteranów i ich rodzin", u"підтримка ветеранів та їхніх сімей",
     u"support for veterans and families"},
    {u"pomoc psychologiczna po doświadczeniu wojny", u"психологічна допомога після досвіду війни",
     u"psychological help after war experience"},
    {u"integracja uchodźców w społeczności lokalnej", u"інтеграція біженців у місцевій громаді",
     u"integrating refugees in the local community"},
};
const std::span<const Topic> warTopics = warTopicsTable;

const Topic conferenceThemesTable[] = {
    {u"Rodzina w centrum", u"Сім’я в центрі", u"Family at the centre"},
    {u"Usługi społeczne blisko ludzi", u"Соціальні послуги поруч з людьми",
     u"Social services close to people"},
    {u"Senior w mieście", u"Літня людина в місті", u"Older people in the city"},
    {u"Razem przeciw przemocy", u"Разом проти насильства", u"Together against violence"},
    {u"Praca socjalna wobec kryzysu", u"Соціальна робота в умовах кризи", u"Social work facing crisis"},
    {u"Integracja bez granic", u"Інтеграція без кордонів", u"Integration without borders"},
    {u"Deinstytucjonalizacja – od planu do praktyki", u"Деінституціалізація – від плану до практики",
     u"Deinstitutionalisation: from plan to practice"},
    {u"Współpraca dla rodziny", u"Співпраця заради сім’ї", u"Working together for families"},
};
const std::span<const Topic> conferenceThemes = conferenceThemesTable;

const QStringView visitNotesTable[] = {
    u"Delegacja przyjeżdża autokarem; parking przy hotelu zarezerwowany.",
    u"Tłumaczenie zapewnia strona przyjmująca.",
    u"Listy obecności obowiązkowe – rozliczenie w projekcie.",
    u"Program uzgodniony z partnerem mailowo; ostateczna wersja do akceptacji dyrektora.",
    u"Materiały dla uczestników w dwóch językach.",
    u"Ubezpieczenie uczestników po stronie wysyłającej.",
    u"Catering na miejscu zapewnia gospodarz; kolacje w restauracji hotelowej.",
};
const std::span<const QStringView> visitNotes = visitNotesTable;

const QStringView cancellationNotesTable[] = {
    u"Odwołana na prośbę partnera.",
    u"Przełożona – nowy termin do ustalenia.",
    u"Odwołana: brak potwierdzenia finansowania.",
};
const std::span<const QStringView> cancellationNotes = cancellationNotesTable;

const QStringView hotelsTable[] = {
    u"Hotel „Centrum”",    u"Hotel „Polonia”",         u"Hotel „Aria”",     u"Hotel „Stare Miasto”",
    u"Hotel „Nad Wisłą”",  u"Hotel „Pod Różą”",        u"Hotel „Mazowsze”", u"Hotel „Panorama”",
    u"Hotel „Europejski”", u"Dom Gościnny „Przystań”", u"Hotel „Park”",     u"Hostel „Kamienica”",
};
const std::span<const QStringView> hotels = hotelsTable;

const QStringView participantNotesTable[] = {
    u"Pokój jednoosobowy.",
    u"Dojazd własnym samochodem.",
    u"Wyjeżdża dzień wcześniej – uzgodnione.",
    u"Przyjazd późnym wieczorem – klucz w recepcji.",
    u"Faktura na instytucję.",
    u"Pierwszy raz w Polsce.",
};
const std::span<const QStringView> participantNotes = participantNotesTable;

} // namespace BenchmarkData
