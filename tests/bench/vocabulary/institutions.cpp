// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/vocabulary/institutions.h"

namespace BenchmarkData {

// Each table is declared in institutions.h as a span over its rows: a header cannot declare an array
// without its length.

constexpr int warsaw = 1 << 0;
constexpr int large = 1 << 1;
constexpr int town = 1 << 2;
constexpr int smallTown = 1 << 3;
constexpr int rural = 1 << 4;
constexpr int urban = large | town | smallTown;

const PolishTemplate polishTemplatesTable[] = {
    {u"Miejski Ośrodek Pomocy Społecznej {in}", u"MOPS {city}", u"Міський центр соціальної допомоги, м. {uk}",
     u"social_welfare_centre", large | town, 1, 6, 100},
    {u"Miejski Ośrodek Pomocy Rodzinie {in}", u"MOPR {city}", u"Міський центр допомоги сім’ї, м. {uk}",
     u"social_welfare_centre", large | town, 1, 2, 100},
    {u"Ośrodek Pomocy Społecznej {in}", u"OPS {city}", u"Центр соціальної допомоги, м. {uk}",
     u"social_welfare_centre", smallTown, 1, 3, 100},
    {u"Miejsko-Gminny Ośrodek Pomocy Społecznej {in}", u"MGOPS {city}",
     u"Місько-гмінний центр соціальної допомоги, м. {uk}", u"social_welfare_centre", smallTown, 1, 2, 100},
    {u"Gminny Ośrodek Pomocy Społecznej {in}", u"GOPS {city}", u"Гмінний центр соціальної допомоги, {uk}",
     u"social_welfare_centre", rural, 1, 1, 100},
    {u"Urząd m.st. Warszawy, Biuro Pomocy i Projektów Społecznych", u"BPiPS",
     u"Управління міста Варшави, Бюро допомоги та соціальних проєктів", u"city_hall", warsaw, 2, 1, 100},
    {u"Urząd Miasta {gen}", u"UM {city}", u"Міське управління, м. {uk}", u"city_hall", large | town, 2, 3,
     100},
    {u"Urząd Miejski {in}", u"UM {city}", u"Міське управління, м. {uk}", u"city_hall", town | smallTown, 2, 2,
     100},
    {u"Urząd Gminy {city}", u"UG {city}", u"Гмінне управління, {uk}", u"city_hall", rural, 2, 1, 100},
    {u"Warszawskie Centrum Pomocy Rodzinie", u"WCPR", u"Варшавський центр допомоги сім’ї",
     u"social_welfare_centre", warsaw, 3, 1, 100},
    {u"Powiatowe Centrum Pomocy Rodzinie {in}", u"PCPR {city}", u"Повітовий центр допомоги сім’ї, м. {uk}",
     u"social_welfare_centre", town | smallTown, 3, 1, 100},
    {u"Urząd Pracy m.st. Warszawy", u"UP m.st. Warszawy", u"", u"labour_office", warsaw, 4, 1, 100},
    {u"Miejski Urząd Pracy {in}", u"MUP {city}", u"", u"labour_office", large, 4, 1, 100},
    {u"Powiatowy Urząd Pracy {in}", u"PUP {city}", u"", u"labour_office", town | smallTown, 4, 1, 100},
    {u"Komenda Stołeczna Policji", u"KSP", u"", u"police", warsaw, 5, 1, 100},
    {u"Komenda Miejska Policji {in}", u"KMP {city}", u"Міське управління поліції, м. {uk}", u"police",
     large | town, 5, 1, 100},
    {u"Komenda Powiatowa Policji {in}", u"KPP {city}", u"Повітове управління поліції, м. {uk}", u"police",
     smallTown, 5, 1, 100},
    {u"Posterunek Policji {in}", u"PP {city}", u"", u"police", rural, 5, 1, 60},
    {u"Biblioteka Publiczna m.st. Warszawy", u"BP m.st. Warszawy", u"", u"library", warsaw, 6, 1, 100},
    {u"Miejska Biblioteka Publiczna {in}", u"MBP {city}", u"Міська публічна бібліотека, м. {uk}", u"library",
     urban, 6, 1, 100},
    {u"Gminna Biblioteka Publiczna {in}", u"GBP {city}", u"", u"library", rural, 6, 1, 100},
    {u"Sąd Rejonowy dla Warszawy-Śródmieścia", u"SR Warszawa-Śródmieście", u"", u"court", warsaw, 7, 1, 100},
    {u"Sąd Rejonowy {in}", u"SR {city}", u"", u"court", urban, 7, 1, 90},
    {u"Wojewódzki Szpital Specjalistyczny {in}", u"WSS {city}", u"", u"health", large, 8, 1, 100},
    {u"Centrum Zdrowia Psychicznego {in}", u"CZP {city}", u"Центр психічного здоров’я, м. {uk}", u"health",
     warsaw | large | town, 8, 1, 100},
    {u"Szpital Powiatowy {in}", u"SP ZOZ {city}", u"", u"health", town | smallTown, 8, 2, 100},
    {u"Gminny Ośrodek Zdrowia {in}", u"GOZ {city}", u"", u"health", rural, 8, 1, 50},
    {u"Ośrodek Interwencji Kryzysowej {in}", u"OIK {city}", u"Центр кризового втручання, м. {uk}", u"other",
     warsaw | urban, 9, 1, 90},
    {u"Centrum Integracji Społecznej {in}", u"CIS {city}", u"Центр соціальної інтеграції, м. {uk}", u"other",
     warsaw | urban, 10, 1, 70},
    {u"Centrum Usług Społecznych {in}", u"CUS {city}", u"Центр соціальних послуг, м. {uk}",
     u"social_welfare_centre", urban | rural, 11, 1, 35},
    {u"Polski Czerwony Krzyż – Oddział Rejonowy {in}", u"PCK {city}", u"Польський Червоний Хрест, м. {uk}",
     u"ngo_association", warsaw | urban, 12, 1, 60},
    {u"Uniwersytet Trzeciego Wieku {in}", u"UTW {city}", u"Університет третього віку, м. {uk}",
     u"ngo_association", warsaw | urban, 13, 1, 70},
    {u"Warsztat Terapii Zajęciowej {in}", u"WTZ {city}", u"Майстерня трудотерапії, м. {uk}",
     u"day_support_home", warsaw | urban | rural, 14, 1, 70},
    {u"Klub Integracji Społecznej {in}", u"KIS {city}", u"", u"other", warsaw | urban | rural, 15, 1, 50},
    {u"Specjalistyczny Ośrodek Wsparcia dla Osób Doznających Przemocy Domowej {in}", u"SOW {city}",
     u"Спеціалізований центр підтримки постраждалих від домашнього насильства, м. {uk}", u"other",
     warsaw | large | town, 16, 1, 70},
    {u"Dzienny Dom „Senior+” {in}", u"DD Senior+ {city}", u"Денний будинок «Senior+», м. {uk}",
     u"day_support_home", warsaw | urban | rural, 17, 1, 80},
    // The repeating ones
    {u"Dom Pomocy Społecznej „{patron}” {in}", u"DPS „{patron}”",
     u"Будинок соціальної допомоги «{patron}», м. {uk}", u"care_home", warsaw | urban | rural, 0, 10, 100},
    {u"Środowiskowy Dom Samopomocy{nr} {in}", u"ŚDS{nr} {city}", u"Центр денної самодопомоги{nr}, м. {uk}",
     u"day_support_home", warsaw | urban | rural, 0, 8, 100},
    {u"Placówka Wsparcia Dziennego „{brand}” {in}", u"PWD „{brand}”",
     u"Заклад денної підтримки «{brand}», м. {uk}", u"day_support_home", warsaw | urban, 0, 8, 100},
    {u"Świetlica Środowiskowa „{brand}” {in}", u"Świetlica „{brand}”", u"", u"day_support_home",
     warsaw | urban | rural, 0, 4, 100},
    {u"Klub Seniora „{brand}” {in}", u"Klub Seniora „{brand}”", u"", u"day_support_home",
     warsaw | urban | rural, 0, 3, 100},
    {u"Fundacja {purpose} „{brand}”", u"Fundacja „{brand}”", u"Фонд «{brand}»", u"ngo_foundation",
     warsaw | urban, 0, 14, 100},
    {u"Stowarzyszenie {aim} „{brand}”", u"Stowarzyszenie „{brand}”", u"Товариство «{brand}»",
     u"ngo_association", warsaw | urban | rural, 0, 14, 100},
    {u"Szkoła Podstawowa nr {n} im. {school} {in}", u"SP {n} {city}", u"", u"school_university",
     warsaw | urban | rural, 0, 6, 100},
    {u"Placówka Opiekuńczo-Wychowawcza nr {n} {in}", u"POW nr {n} {city}", u"", u"other", warsaw | urban, 0,
     3, 100},
    {u"Hospicjum „{brand}” {in}", u"Hospicjum „{brand}”", u"", u"health", warsaw | large | town, 0, 2, 100},
};
const std::span<const PolishTemplate> polishTemplates = polishTemplatesTable;

const QStringView institutionNotesTable[] = {
    u"Sala konferencyjna na 40 osób, winda.",
    u"Parking dla autokaru przy budynku.",
    u"Wejście od podwórza; domofon.",
    u"Budynek bez barier architektonicznych.",
    u"Wizyty uzgadniać z sekretariatem dyrekcji.",
    u"Catering możliwy na miejscu (stołówka).",
};
const std::span<const QStringView> institutionNotes = institutionNotesTable;

const QStringView patronsDpsTable[] = {
    u"Złota Jesień", u"Pogodna Jesień",    u"Przystań",   u"Pod Lipami", u"Leśny Zakątek", u"Samarytanin",
    u"Kalina",       u"Słoneczne Wzgórze", u"Dąbrówka",   u"Promyk",     u"Bursztyn",      u"Nadzieja",
    u"Jaśmin",       u"Kombatant",         u"Na Skarpie", u"Zacisze",    u"Pod Sosnami",   u"Srebrna Jesień",
};
const std::span<const QStringView> patronsDps = patronsDpsTable;

const QStringView brandsPlTable[] = {
    u"Ostoja",       u"Wspólna Droga", u"Most",     u"Nowy Start",    u"Razem",     u"Gniazdo",
    u"Przystań",     u"Promyk",        u"Tęcza",    u"Horyzont",      u"Nadzieja",  u"Azymut",
    u"Drogowskaz",   u"Kompas",        u"Sąsiedzi", u"Otwarte Drzwi", u"Dobry Dom", u"Zielone Światło",
    u"Krok Dalej",   u"Bliżej",        u"Kotwica",  u"Latarnia",      u"Słoneczko", u"Iskierka",
    u"Pomocna Dłoń", u"Arka",          u"Źródło",   u"Wiosna",        u"Serce",     u"Przyjazny Dom",
    u"Mosty",        u"Kameleon",      u"Bratek",   u"Oaza",          u"Akwarela",
};
const std::span<const QStringView> brandsPl = brandsPlTable;

const QStringView foundationPurposesTable[] = {
    u"Pomocy Rodzinie",
    u"Rozwoju Społeczności Lokalnych",
    u"na rzecz Osób Starszych",
    u"Przeciwdziałania Wykluczeniu",
    u"Wsparcia Rodzin Zastępczych",
    u"Integracji Cudzoziemców",
    u"na rzecz Osób z Niepełnosprawnościami",
    u"Pomocy Dzieciom",
    u"Wsparcia Osób w Kryzysie",
    u"Edukacji i Rozwoju",
    u"Aktywizacji Zawodowej",
    u"Współpracy Polsko-Ukraińskiej",
    u"Ochrony Praw Dziecka",
    u"Zdrowia Psychicznego",
    u"Ekonomii Społecznej",
    u"Wolontariatu",
};
const std::span<const QStringView> foundationPurposes = foundationPurposesTable;

const QStringView associationAimsTable[] = {
    u"na rzecz Aktywności Społecznej",
    u"Pomocy Osobom Niepełnosprawnym",
    u"Rodzin Zastępczych",
    u"Przyjaciół Dzieci",
    u"na rzecz Osób Bezdomnych",
    u"Seniorów",
    u"Profilaktyki Uzależnień",
    u"Inicjatyw Lokalnych",
    u"Pomocy Kobietom",
    u"Opiekunów Osób Zależnych",
    u"Wolontariuszy",
    u"Animatorów Społecznych",
};
const std::span<const QStringView> associationAims = associationAimsTable;

const QStringView schoolPatronsTable[] = {
    u"Jana Pawła II",       u"Adama Mickiewicza",        u"Marii Konopnickiej",   u"Janusza Korczaka",
    u"Tadeusza Kościuszki", u"Marii Skłodowskiej-Curie", u"Henryka Sienkiewicza", u"Kornela Makuszyńskiego",
    u"Jana Brzechwy",       u"Polskich Olimpijczyków",   u"Ireny Sendlerowej",    u"Władysława Broniewskiego",
};
const std::span<const QStringView> schoolPatrons = schoolPatronsTable;

const UkrainianTemplate ukrainianTemplatesTable[] = {
    {u"{stem}ий міський центр соціальних служб", u"МЦСС {uk}", u"Miejskie Centrum Usług Socjalnych {in}",
     u"social_welfare_centre", 0b11110, false, 0},
    {u"{stem}а міська рада", u"{stem}а МР", u"Rada Miejska {in}", u"city_hall", 0b11110, false, 0},
    {u"Управління соціального захисту населення {stem}ої міської ради", u"УСЗН {uk}",
     u"Zarząd Ochrony Socjalnej Ludności Rady Miejskiej {in}", u"social_welfare_centre", 0b01110, false, 0},
    {u"{stem}ий обласний центр соціальних служб", u"ОЦСС {uk}", u"Obwodowe Centrum Usług Socjalnych {in}",
     u"regional_centre", 0, false, 0}, // regional capitals only
    {u"Центр надання соціальних послуг {stem}ої міської територіальної громади", u"ЦНСП {uk}",
     u"Centrum Usług Socjalnych Hromady {city}", u"social_welfare_centre", 0b11110, false, 0},
    {u"Департамент соціальної політики {stem}ої міської ради", u"ДСП {uk}",
     u"Departament Polityki Społecznej Rady Miejskiej {in}", u"city_hall", 0b00110, false, 0},
    {u"{stem}ий міський центр зайнятості", u"МЦЗ {uk}", u"Miejskie Centrum Zatrudnienia {in}",
     u"labour_office", 0b01110, false, 0},
    {u"Служба у справах дітей {stem}ої міської ради", u"ССД {uk}",
     u"Służba do Spraw Dzieci Rady Miejskiej {in}", u"other", 0b01110, false, 0},
    {u"Територіальний центр соціального обслуговування {stem}ої міської ради", u"Терцентр {uk}",
     u"Terytorialne Centrum Usług Socjalnych {in}", u"day_support_home", 0b11110, false, 0},
    {u"{stem}ий міський центр соціально-психологічної допомоги", u"ЦСПД {uk}",
     u"Miejskie Centrum Pomocy Psychospołecznej {in}", u"other", 0b00110, false, 0},
    {u"{stem}ий центр комплексної реабілітації для осіб з інвалідністю", u"ЦКР {uk}",
     u"Centrum Kompleksowej Rehabilitacji dla Osób z Niepełnosprawnościami {in}", u"day_support_home",
     0b00110, false, 0},
    {u"{stem}ий геріатричний пансіонат", u"Пансіонат {uk}", u"Pensjonat Geriatryczny {in}", u"care_home",
     0b01110, false, 0},
    {u"{stem}ий районний відділ поліції", u"РВП {uk}", u"Rejonowy Wydział Policji {in}", u"police", 0b11110,
     false, 0},
    {u"{stem}ий міськрайонний суд", u"{stem}ий МРС", u"Sąd Miejsko-Rejonowy {in}", u"court", 0b01110, false,
     0},
    {u"{stem}а міська централізована бібліотечна система", u"ЦБС {uk}", u"Miejski System Bibliotek {in}",
     u"library", 0b11110, false, 0},
    // The repeating ones
    {u"{stem}ий благодійний фонд «{brand}»", u"БФ «{brand}»", u"Fundacja Charytatywna „{plbrand}” {in}",
     u"ngo_foundation", 0b11110, true, 8},
    {u"{stem}а громадська організація «{brand}»", u"ГО «{brand}»", u"Organizacja Społeczna „{plbrand}” {in}",
     u"ngo_association", 0b11110, true, 8},
    {u"Ліцей № {n} {stem}ої міської ради", u"Ліцей № {n} ({uk})", u"Liceum nr {n} Rady Miejskiej {in}",
     u"school_university", 0b11110, true, 3},
    {u"{stem}а міська лікарня № {n}", u"Лікарня № {n} ({uk})", u"Szpital Miejski nr {n} {in}", u"health",
     0b00110, true, 2},
    {u"Центр соціальної підтримки дітей та сімей «{brand}»", u"ЦСПДС «{brand}»",
     u"Centrum Wsparcia Dzieci i Rodzin „{plbrand}” {in}", u"day_support_home", 0b11110, true, 4},
};
const std::span<const UkrainianTemplate> ukrainianTemplates = ukrainianTemplatesTable;

const BrandPair brandsUkTable[] = {
    {u"Надія", u"Nadzieja"},
    {u"Добро", u"Dobro"},
    {u"Родина", u"Rodzina"},
    {u"Світанок", u"Świt"},
    {u"Крила", u"Skrzydła"},
    {u"Відродження", u"Odrodzenie"},
    {u"Джерело", u"Źródło"},
    {u"Єднання", u"Jedność"},
    {u"Турбота", u"Troska"},
    {u"Дитячі серця", u"Dziecięce serca"},
    {u"Повір у себе", u"Uwierz w siebie"},
    {u"Право на захист", u"Prawo do ochrony"},
    {u"Разом", u"Razem"},
    {u"Рука допомоги", u"Pomocna dłoń"},
    {u"Мости", u"Mosty"},
    {u"Берегиня", u"Bereginia"},
    {u"Соняшник", u"Słonecznik"},
    {u"Дім", u"Dom"},
    {u"Шанс", u"Szansa"},
    {u"Вікно в майбутнє", u"Okno w przyszłość"},
    {u"Ветеранський простір", u"Przestrzeń weteranów"},
    {u"Теплий дім", u"Ciepły dom"},
};
const std::span<const BrandPair> brandsUk = brandsUkTable;

const ForeignTemplate foreignTemplatesTable[] = {
    {u"NO", u"{hall}", u"{hall}", u"city_hall"},
    {u"NO", u"NAV {city}", u"NAV {city}", u"labour_office"},
    {u"NO", u"Barneverntjenesten i {city}", u"Barnevernet {city}", u"social_welfare_centre"},
    {u"NO", u"Kirkens Bymisjon {city}", u"Bymisjonen {city}", u"ngo_foundation"},
    {u"NO", u"Krisesenteret i {city}", u"Krisesenteret {city}", u"other"},
    {u"NO", u"{city} folkebibliotek", u"Biblioteket {city}", u"library"},
    {u"NO", u"{city} helsehus", u"Helsehuset {city}", u"care_home"},
    {u"NO", u"Frelsesarmeen {city}", u"Frelsesarmeen {city}", u"ngo_association"},
    {u"NO", u"Frivilligsentralen i {city}", u"Frivilligsentralen {city}", u"ngo_association"},
    {u"NO", u"Politiet – {city} politistasjon", u"Politiet {city}", u"police"},
    {u"NO", u"Helse- og velferdsetaten, {hall}", u"HVE {city}", u"social_welfare_centre"},
    {u"CZ", u"{hall}", u"{hall}", u"city_hall"},
    {u"CZ", u"Centrum sociálních služeb {city}", u"CSS {city}", u"social_welfare_centre"},
    {u"CZ", u"Sociální služby města {gen}", u"SSM {city}", u"social_welfare_centre"},
    {u"CZ", u"Charita {city}", u"Charita {city}", u"ngo_association"},
    {u"CZ", u"Úřad práce ČR – kontaktní pracoviště {city}", u"ÚP {city}", u"labour_office"},
    {u"CZ", u"Domov pro seniory {city}", u"DpS {city}", u"care_home"},
    {u"CZ", u"Azylový dům pro ženy a matky s dětmi {city}", u"AD {city}", u"other"},
    {u"CZ", u"Městská knihovna {city}", u"MK {city}", u"library"},
    {u"CZ", u"Městská policie {city}", u"MP {city}", u"police"},
    {u"CZ", u"Diakonie ČCE – středisko {city}", u"Diakonie {city}", u"ngo_association"},
    {u"LT", u"{hall}", u"{hall}", u"city_hall"},
    {u"LT", u"{gen} socialinių paslaugų centras", u"SPC {city}", u"social_welfare_centre"},
    {u"LT", u"{gen} miesto socialinės paramos centras", u"SPaC {city}", u"social_welfare_centre"},
    {u"LT", u"{gen} senelių globos namai", u"SGN {city}", u"care_home"},
    {u"LT", u"Užimtumo tarnybos {gen} skyrius", u"UT {city}", u"labour_office"},
    {u"LT", u"{gen} apskrities vyriausiasis policijos komisariatas", u"{city} AVPK", u"police"},
    {u"LT", u"{gen} miesto savivaldybės viešoji biblioteka", u"VB {city}", u"library"},
    {u"LT", u"{gen} bendruomenės centras", u"BC {city}", u"ngo_association"},
    {u"LT", u"{gen} dienos centras", u"DC {city}", u"day_support_home"},
    {u"DE", u"{hall}", u"{hall}", u"city_hall"},
    {u"DE", u"Sozialamt {city}", u"Sozialamt {city}", u"social_welfare_centre"},
    {u"DE", u"Jugendamt {city}", u"Jugendamt {city}", u"other"},
    {u"DE", u"Agentur für Arbeit {city}", u"AA {city}", u"labour_office"},
    {u"DE", u"Caritasverband {city} e.V.", u"Caritas {city}", u"ngo_association"},
    {u"DE", u"Diakonisches Werk {city} e.V.", u"Diakonie {city}", u"ngo_association"},
    {u"DE", u"AWO Seniorenzentrum {city}", u"AWO {city}", u"care_home"},
    {u"DE", u"Stadtbibliothek {city}", u"StB {city}", u"library"},
    {u"DE", u"Bürgerstiftung {city}", u"Bürgerstiftung {city}", u"ngo_foundation"},
    {u"DE", u"Polizeidirektion {city}", u"PD {city}", u"police"},
    {u"SE", u"{hall}", u"{hall}", u"city_hall"},
    {u"SE", u"Socialförvaltningen, {hall}", u"Socialförvaltningen {city}", u"social_welfare_centre"},
    {u"SE", u"Arbetsförmedlingen {city}", u"AF {city}", u"labour_office"},
    {u"SE", u"Stadsmissionen i {city}", u"Stadsmissionen {city}", u"ngo_foundation"},
    {u"SE", u"Äldreboendet {city}", u"Äldreboendet {city}", u"care_home"},
    {u"SE", u"Stadsbiblioteket {city}", u"Stadsbiblioteket {city}", u"library"},
    {u"SE", u"Polisen, lokalpolisområde {city}", u"Polisen {city}", u"police"},
    {u"SE", u"Röda Korset {city}", u"Röda Korset {city}", u"ngo_association"},
};
const std::span<const ForeignTemplate> foreignTemplates = foreignTemplatesTable;

const ForeignTemplate foreignOverflowTable[] = {
    {u"NO", u"NAV {city}, kontor {n}", u"NAV {city} {n}", u"social_welfare_centre"},
    {u"CZ", u"Centrum sociálních služeb {city} – pracoviště {n}", u"CSS {city} {n}",
     u"social_welfare_centre"},
    {u"LT", u"{gen} socialinių paslaugų centro {n} padalinys", u"SPC {city} {n}", u"social_welfare_centre"},
    {u"DE", u"Sozialamt {city} – Außenstelle {n}", u"Sozialamt {city} {n}", u"social_welfare_centre"},
    {u"SE", u"Socialkontor {city} {n}", u"Socialkontor {city} {n}", u"social_welfare_centre"},
};
const std::span<const ForeignTemplate> foreignOverflow = foreignOverflowTable;

} // namespace BenchmarkData
