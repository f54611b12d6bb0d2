// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/vocabulary/people.h"

namespace BenchmarkData {

// Each table is declared in people.h as a span over its rows: a header cannot declare an array
// without its length.

const QStringView polishMenTable[] = {
    u"Adam",      u"Andrzej",  u"Bartosz",  u"Dariusz",  u"Grzegorz",  u"Jacek",    u"Jakub",   u"Jan",
    u"Janusz",    u"Jarosław", u"Jerzy",    u"Kamil",    u"Krzysztof", u"Łukasz",   u"Maciej",  u"Marcin",
    u"Marek",     u"Mariusz",  u"Michał",   u"Paweł",    u"Piotr",     u"Rafał",    u"Robert",  u"Sebastian",
    u"Stanisław", u"Tadeusz",  u"Tomasz",   u"Wojciech", u"Zbigniew",  u"Artur",    u"Dawid",   u"Filip",
    u"Mateusz",   u"Szymon",   u"Waldemar", u"Leszek",   u"Ryszard",   u"Sławomir", u"Wiesław", u"Przemysław",
};
const std::span<const QStringView> polishMen = polishMenTable;

const QStringView polishWomenTable[] = {
    u"Agnieszka", u"Aleksandra", u"Alicja",     u"Anna",     u"Barbara",  u"Beata",    u"Bożena",
    u"Danuta",    u"Dorota",     u"Edyta",      u"Elżbieta", u"Ewa",      u"Grażyna",  u"Halina",
    u"Irena",     u"Iwona",      u"Jadwiga",    u"Joanna",   u"Jolanta",  u"Justyna",  u"Karolina",
    u"Katarzyna", u"Magdalena",  u"Małgorzata", u"Maria",    u"Marta",    u"Monika",   u"Natalia",
    u"Renata",    u"Sylwia",     u"Teresa",     u"Urszula",  u"Wioletta", u"Zofia",    u"Paulina",
    u"Weronika",  u"Izabela",    u"Emilia",     u"Patrycja", u"Kinga",    u"Dominika", u"Hanna",
    u"Lidia",     u"Marzena",
};
const std::span<const QStringView> polishWomen = polishWomenTable;

const QStringView polishFamilyNamesTable[] = {
    u"Nowak",       u"Kowalski",    u"Wiśniewski",  u"Wójcik",      u"Kowalczyk",    u"Kamiński",
    u"Lewandowski", u"Zieliński",   u"Szymański",   u"Woźniak",     u"Dąbrowski",    u"Kozłowski",
    u"Jankowski",   u"Mazur",       u"Kwiatkowski", u"Krawczyk",    u"Piotrowski",   u"Grabowski",
    u"Nowakowski",  u"Pawłowski",   u"Michalski",   u"Nowicki",     u"Adamczyk",     u"Dudek",
    u"Zając",       u"Wieczorek",   u"Jabłoński",   u"Król",        u"Majewski",     u"Olszewski",
    u"Jaworski",    u"Wróbel",      u"Malinowski",  u"Pawlak",      u"Witkowski",    u"Walczak",
    u"Stępień",     u"Górski",      u"Rutkowski",   u"Michalak",    u"Sikora",       u"Ostrowski",
    u"Baran",       u"Duda",        u"Szewczyk",    u"Tomaszewski", u"Pietrzak",     u"Marciniak",
    u"Wróblewski",  u"Zalewski",    u"Jakubowski",  u"Jasiński",    u"Zawadzki",     u"Sadowski",
    u"Bąk",         u"Chmielewski", u"Włodarczyk",  u"Borkowski",   u"Czarnecki",    u"Sawicki",
    u"Sokołowski",  u"Urbański",    u"Kubiak",      u"Maciejewski", u"Szczepański",  u"Kucharski",
    u"Wilk",        u"Kalinowski",  u"Lis",         u"Mazurek",     u"Wysocki",      u"Adamski",
    u"Kaźmierczak", u"Wasilewski",  u"Sobczak",     u"Czerwiński",  u"Andrzejewski", u"Cieślak",
    u"Głowacki",    u"Zakrzewski",  u"Kołodziej",   u"Sikorski",    u"Krajewski",    u"Gajewski",
    u"Szymczak",    u"Szulc",       u"Baranowski",  u"Laskowski",   u"Brzeziński",   u"Makowski",
    u"Ziółkowski",  u"Przybylski",  u"Domański",    u"Nowacki",     u"Borowski",     u"Błaszczyk",
    u"Chojnacki",   u"Ciesielski",
};
const std::span<const QStringView> polishFamilyNames = polishFamilyNamesTable;

const QStringView ukrainianMenTable[] = {
    u"Олександр", u"Андрій", u"Сергій",  u"Володимир", u"Олег",    u"Віктор", u"Юрій",  u"Микола",
    u"Іван",      u"Василь", u"Дмитро",  u"Тарас",     u"Богдан",  u"Ігор",   u"Петро", u"Михайло",
    u"Роман",     u"Степан", u"Ярослав", u"Максим",    u"Віталій", u"Євген",  u"Артем", u"Назар",
};
const std::span<const QStringView> ukrainianMen = ukrainianMenTable;

const QStringView ukrainianWomenTable[] = {
    u"Олена",   u"Наталія",   u"Тетяна", u"Оксана",   u"Ірина", u"Світлана", u"Юлія",
    u"Людмила", u"Галина",    u"Марія",  u"Ольга",    u"Анна",  u"Вікторія", u"Катерина",
    u"Надія",   u"Лариса",    u"Софія",  u"Христина", u"Ганна", u"Зоряна",   u"Інна",
    u"Алла",    u"Валентина", u"Любов",  u"Євгенія",  u"Яна",
};
const std::span<const QStringView> ukrainianWomen = ukrainianWomenTable;

const QStringView ukrainianFamilyNamesTable[] = {
    u"Шевченко",   u"Коваленко",   u"Бондаренко", u"Ткаченко",   u"Кравченко",   u"Олійник",
    u"Мельник",    u"Бойко",       u"Ткачук",     u"Савчук",     u"Кравець",     u"Поліщук",
    u"Лисенко",    u"Руденко",     u"Марченко",   u"Гнатюк",     u"Мороз",       u"Павленко",
    u"Левченко",   u"Савченко",    u"Петренко",   u"Клименко",   u"Іваненко",    u"Романенко",
    u"Литвиненко", u"Данилюк",     u"Захарченко", u"Гончаренко", u"Вишневський", u"Заболотний",
    u"Чорний",     u"Ковальський", u"Яковенко",   u"Кузьменко",  u"Пономаренко", u"Стасюк",
    u"Костенко",   u"Дячук",       u"Гуменюк",    u"Юрченко",    u"Приходько",   u"Панченко",
    u"Кушнір",     u"Остапчук",    u"Сидоренко",  u"Федорчук",   u"Козак",       u"Ярошенко",
    u"Гриценко",   u"Дмитренко",   u"Зінченко",   u"Карпенко",   u"Онищенко",    u"Нестеренко",
    u"Гаврилюк",   u"Семенюк",     u"Степанюк",   u"Коваль",     u"Білецький",   u"Лозинський",
};
const std::span<const QStringView> ukrainianFamilyNames = ukrainianFamilyNamesTable;

const ForeignNames foreignNamesTable[] = {
    {u"NO",
     {u"Ola", u"Lars", u"Anders", u"Erik", u"Jonas", u"Håkon", u"Bjørn", u"Magnus"},
     {u"Kari", u"Ingrid", u"Silje", u"Marte", u"Solveig", u"Astrid", u"Sigrid", u"Hanne"},
     {{{u"Hansen", u"Hansen"},
       {u"Johansen", u"Johansen"},
       {u"Olsen", u"Olsen"},
       {u"Larsen", u"Larsen"},
       {u"Andersen", u"Andersen"},
       {u"Haugen", u"Haugen"},
       {u"Berg", u"Berg"},
       {u"Bakken", u"Bakken"},
       {u"Solberg", u"Solberg"},
       {u"Halvorsen", u"Halvorsen"}}}},
    {u"CZ",
     {u"Jan", u"Petr", u"Tomáš", u"Martin", u"Jiří", u"Pavel", u"Lukáš", u"Josef"},
     {u"Jana", u"Petra", u"Lucie", u"Eva", u"Tereza", u"Kateřina", u"Markéta", u"Hana"},
     {{{u"Novák", u"Nováková"},
       {u"Svoboda", u"Svobodová"},
       {u"Novotný", u"Novotná"},
       {u"Dvořák", u"Dvořáková"},
       {u"Černý", u"Černá"},
       {u"Procházka", u"Procházková"},
       {u"Kučera", u"Kučerová"},
       {u"Veselý", u"Veselá"},
       {u"Horák", u"Horáková"},
       {u"Pokorný", u"Pokorná"}}}},
    {u"LT",
     {u"Jonas", u"Tomas", u"Mantas", u"Darius", u"Andrius", u"Paulius", u"Vytautas", u"Rimas"},
     {u"Rūta", u"Asta", u"Jurgita", u"Laura", u"Ieva", u"Vilma", u"Inga", u"Aušra"},
     {{{u"Kazlauskas", u"Kazlauskienė"},
       {u"Jankauskas", u"Jankauskienė"},
       {u"Petrauskas", u"Petrauskienė"},
       {u"Stankevičius", u"Stankevičienė"},
       {u"Vasiliauskas", u"Vasiliauskienė"},
       {u"Žukauskas", u"Žukauskienė"},
       {u"Butkus", u"Butkienė"},
       {u"Paulauskas", u"Paulauskienė"},
       {u"Urbonas", u"Urbonienė"},
       {u"Kavaliauskas", u"Kavaliauskienė"}}}},
    {u"DE",
     {u"Thomas", u"Michael", u"Stefan", u"Andreas", u"Jens", u"Frank", u"Markus", u"Tobias"},
     {u"Anna", u"Katharina", u"Julia", u"Sabine", u"Claudia", u"Monika", u"Petra", u"Susanne"},
     {{{u"Müller", u"Müller"},
       {u"Schmidt", u"Schmidt"},
       {u"Schneider", u"Schneider"},
       {u"Fischer", u"Fischer"},
       {u"Weber", u"Weber"},
       {u"Meyer", u"Meyer"},
       {u"Wagner", u"Wagner"},
       {u"Becker", u"Becker"},
       {u"Hoffmann", u"Hoffmann"},
       {u"Richter", u"Richter"}}}},
    {u"SE",
     {u"Erik", u"Lars", u"Karl", u"Anders", u"Johan", u"Per", u"Nils", u"Mikael"},
     {u"Anna", u"Maria", u"Karin", u"Sara", u"Emma", u"Lena", u"Eva", u"Kristina"},
     {{{u"Andersson", u"Andersson"},
       {u"Johansson", u"Johansson"},
       {u"Karlsson", u"Karlsson"},
       {u"Nilsson", u"Nilsson"},
       {u"Eriksson", u"Eriksson"},
       {u"Larsson", u"Larsson"},
       {u"Olsson", u"Olsson"},
       {u"Persson", u"Persson"},
       {u"Lindberg", u"Lindberg"},
       {u"Lindström", u"Lindström"}}}},
};
const std::span<const ForeignNames> foreignNames = foreignNamesTable;

const PositionData positionsTable[] = {
    {u"PL", u"", u"pracownik socjalny", u"pracownica socjalna"},
    {u"PL", u"", u"starszy pracownik socjalny", u"starsza pracownica socjalna"},
    {u"PL", u"", u"specjalista pracy socjalnej", u"specjalistka pracy socjalnej"},
    {u"PL", u"", u"kierownik działu", u"kierowniczka działu"},
    {u"PL", u"", u"zastępca dyrektora", u"zastępczyni dyrektora"},
    {u"PL", u"", u"dyrektor", u"dyrektorka"},
    {u"PL", u"", u"asystent rodziny", u"asystentka rodziny"},
    {u"PL", u"", u"psycholog", u"psycholożka"},
    {u"PL", u"", u"koordynator projektu", u"koordynatorka projektu"},
    {u"PL", u"", u"specjalista ds. projektów", u"specjalistka ds. projektów"},
    {u"PL", u"", u"koordynator rodzinnej pieczy zastępczej", u"koordynatorka rodzinnej pieczy zastępczej"},
    {u"PL", u"", u"pedagog", u"pedagożka"},
    {u"PL", u"", u"radca prawny", u"radczyni prawna"},
    {u"PL", u"city_hall", u"naczelnik Wydziału Spraw Społecznych",
     u"naczelniczka Wydziału Spraw Społecznych"},
    {u"PL", u"city_hall", u"zastępca prezydenta miasta", u"zastępczyni prezydenta miasta"},
    {u"PL", u"city_hall", u"inspektor", u"inspektorka"},
    {u"PL", u"city_hall", u"radny", u"radna"},
    {u"PL", u"ngo_foundation", u"prezes zarządu", u"prezeska zarządu"},
    {u"PL", u"ngo_foundation", u"koordynator wolontariatu", u"koordynatorka wolontariatu"},
    {u"PL", u"ngo_association", u"członek zarządu", u"członkini zarządu"},
    {u"PL", u"ngo_association", u"animator społeczny", u"animatorka społeczna"},
    {u"PL", u"police", u"dzielnicowy", u"dzielnicowa"},
    {u"PL", u"police", u"aspirant, zespół profilaktyki społecznej",
     u"aspirantka, zespół profilaktyki społecznej"},
    {u"PL", u"court", u"kurator sądowy", u"kuratorka sądowa"},
    {u"PL", u"court", u"kurator zawodowy", u"kuratorka zawodowa"},
    {u"PL", u"library", u"bibliotekarz", u"bibliotekarka"},
    {u"PL", u"library", u"animator kultury", u"animatorka kultury"},
    {u"PL", u"school_university", u"nauczyciel", u"nauczycielka"},
    {u"PL", u"school_university", u"pedagog szkolny", u"pedagożka szkolna"},
    {u"PL", u"school_university", u"dr, adiunkt", u"dr, adiunktka"},
    {u"PL", u"health", u"lekarz psychiatra", u"lekarka psychiatra"},
    {u"PL", u"health", u"pielęgniarz środowiskowy", u"pielęgniarka środowiskowa"},
    {u"PL", u"labour_office", u"doradca zawodowy", u"doradczyni zawodowa"},
    {u"PL", u"labour_office", u"pośrednik pracy", u"pośredniczka pracy"},
    {u"PL", u"care_home", u"opiekun", u"opiekunka"},
    {u"PL", u"care_home", u"fizjoterapeuta", u"fizjoterapeutka"},
    {u"PL", u"day_support_home", u"terapeuta zajęciowy", u"terapeutka zajęciowa"},
    {u"PL", u"day_support_home", u"kierownik placówki", u"kierowniczka placówki"},
    {u"UA", u"", u"соціальний працівник", u"соціальна працівниця"},
    {u"UA", u"", u"фахівець із соціальної роботи", u"фахівчиня із соціальної роботи"},
    {u"UA", u"", u"начальник відділу", u"начальниця відділу"},
    {u"UA", u"", u"директор", u"директорка"},
    {u"UA", u"", u"заступник директора", u"заступниця директора"},
    {u"UA", u"", u"психолог", u"психологиня"},
    {u"UA", u"", u"асистент", u"асистентка"},
    {u"UA", u"", u"головний спеціаліст", u"головна спеціалістка"},
    {u"UA", u"", u"менеджер проєктів", u"менеджерка проєктів"},
    {u"UA", u"", u"юрист", u"юристка"},
    {u"UA", u"city_hall", u"депутат міської ради", u"депутатка міської ради"},
    {u"UA", u"city_hall", u"заступник міського голови", u"заступниця міського голови"},
    {u"UA", u"city_hall", u"староста", u"староста"},
    {u"UA", u"city_hall", u"начальник управління", u"начальниця управління"},
    {u"UA", u"ngo_foundation", u"голова правління фонду", u"голова правління фонду"},
    {u"UA", u"ngo_association", u"голова громадської організації", u"голова громадської організації"},
    {u"UA", u"ngo_association", u"координатор програм", u"координаторка програм"},
    {u"UA", u"police", u"ювенальний поліцейський", u"ювенальна поліцейська"},
    {u"UA", u"court", u"суддя", u"суддя"},
    {u"UA", u"library", u"бібліотекар", u"бібліотекарка"},
    {u"UA", u"school_university", u"вчитель", u"вчителька"},
    {u"UA", u"school_university", u"доцент кафедри соціальної роботи", u"доцентка кафедри соціальної роботи"},
    {u"UA", u"health", u"лікар", u"лікарка"},
    {u"UA", u"labour_office", u"кар’єрний радник", u"кар’єрна радниця"},
    {u"UA", u"care_home", u"доглядальник", u"доглядальниця"},
    {u"UA", u"day_support_home", u"реабілітолог", u"реабілітологиня"},
    {u"NO", u"", u"sosionom", u"sosionom"},
    {u"NO", u"", u"barnevernspedagog", u"barnevernspedagog"},
    {u"NO", u"", u"rådgiver", u"rådgiver"},
    {u"NO", u"", u"seniorrådgiver", u"seniorrådgiver"},
    {u"NO", u"", u"avdelingsleder", u"avdelingsleder"},
    {u"NO", u"", u"prosjektleder", u"prosjektleder"},
    {u"CZ", u"", u"sociální pracovník", u"sociální pracovnice"},
    {u"CZ", u"", u"vedoucí oddělení", u"vedoucí oddělení"},
    {u"CZ", u"", u"ředitel", u"ředitelka"},
    {u"CZ", u"", u"koordinátor projektu", u"koordinátorka projektu"},
    {u"CZ", u"", u"psycholog", u"psycholožka"},
    {u"LT", u"", u"socialinis darbuotojas", u"socialinė darbuotoja"},
    {u"LT", u"", u"skyriaus vedėjas", u"skyriaus vedėja"},
    {u"LT", u"", u"direktorius", u"direktorė"},
    {u"LT", u"", u"projekto koordinatorius", u"projekto koordinatorė"},
    {u"DE", u"", u"Sozialarbeiter", u"Sozialarbeiterin"},
    {u"DE", u"", u"Abteilungsleiter", u"Abteilungsleiterin"},
    {u"DE", u"", u"Projektkoordinator", u"Projektkoordinatorin"},
    {u"DE", u"", u"Sachbearbeiter", u"Sachbearbeiterin"},
    {u"SE", u"", u"socialsekreterare", u"socialsekreterare"},
    {u"SE", u"", u"enhetschef", u"enhetschef"},
    {u"SE", u"", u"projektledare", u"projektledare"},
    {u"SE", u"", u"handläggare", u"handläggare"},
};
const std::span<const PositionData> positions = positionsTable;

const NamePair freelanceGuidesTable[] = {
    {u"przewodnik miejski", u"przewodniczka miejska"},
    {u"pilot wycieczek", u"pilotka wycieczek"},
    {u"kierowca autokaru", u"kierowczyni autokaru"},
};
const std::span<const NamePair> freelanceGuides = freelanceGuidesTable;

const NamePair freelanceExpertsTable[] = {
    {u"ekspert ds. polityki społecznej", u"ekspertka ds. polityki społecznej"},
    {u"superwizor pracy socjalnej", u"superwizorka pracy socjalnej"},
    {u"trener", u"trenerka"},
    {u"konsultant ds. ekonomii społecznej", u"konsultantka ds. ekonomii społecznej"},
    {u"mediator rodzinny", u"mediatorka rodzinna"},
};
const std::span<const NamePair> freelanceExperts = freelanceExpertsTable;

const NamePair freelanceOthersTable[] = {
    {u"emerytowany pracownik socjalny", u"emerytowana pracownica socjalna"},
    {u"wolontariusz", u"wolontariuszka"},
    {u"student pracy socjalnej", u"studentka pracy socjalnej"},
    {u"radny powiatu", u"radna powiatu"},
};
const std::span<const NamePair> freelanceOthers = freelanceOthersTable;

const DietData dietsTable[] = {
    {u"vegetarian", 40}, {u"vegan", 10}, {u"gluten_free", 15}, {u"lactose_free", 15},
    {u"halal", 3},       {u"kosher", 2}, {u"allergy", 10},     {u"other", 5},
};
const std::span<const DietData> diets = dietsTable;

const QStringView allergyNotesTable[] = {
    u"alergia na orzechy",
    u"alergia na orzechy ziemne i sezam",
    u"alergia na ryby i owoce morza",
    u"alergia na seler",
    u"alergia na jaja",
};
const std::span<const QStringView> allergyNotes = allergyNotesTable;

const QStringView otherDietNotesTable[] = {
    u"bez wieprzowiny", u"dieta cukrzycowa", u"dieta niskosodowa", u"dieta lekkostrawna", u"bez cukru",
};
const std::span<const QStringView> otherDietNotes = otherDietNotesTable;

const QStringView accessibilityNeedsTable[] = {
    u"porusza się na wózku – sale i pokój bez barier",
    u"pokój na parterze",
    u"korzysta z pętli indukcyjnej",
    u"materiały w powiększonym druku",
    u"pies asystujący",
};
const std::span<const QStringView> accessibilityNeeds = accessibilityNeedsTable;

const QStringView personNotesTable[] = {
    u"Preferuje kontakt mailowy.",          u"Prosi o materiały w formie elektronicznej.",
    u"Kontakt przez sekretariat.",          u"Zgoda na publikację wizerunku: nie.",
    u"Zgoda na publikację wizerunku: tak.", u"Uczestniczka programu wymiany w 2019 r.",
};
const std::span<const QStringView> personNotes = personNotesTable;

const MobilePrefixes mobilePrefixesTable[] = {
    {u"PL", {u"500", u"530", u"600", u"660", u"730", u"880"}},
    {u"UA", {u"50", u"63", u"67", u"73", u"93", u"97"}},
    {u"NO", {u"40", u"45", u"90", u"92", u"95", u"98"}},
    {u"CZ", {u"602", u"603", u"720", u"731", u"736", u"777"}},
    {u"LT", {u"60", u"61", u"62", u"65", u"68", u"69"}},
    {u"DE", {u"151", u"152", u"160", u"170", u"172", u"176"}},
    {u"SE", {u"70", u"72", u"73", u"76", u"79", u"70"}},
};
const std::span<const MobilePrefixes> mobilePrefixes = mobilePrefixesTable;

} // namespace BenchmarkData
