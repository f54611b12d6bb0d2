// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/bench/benchmarkdata.h"

#include "core/storage/database.h"

#include <QDate>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <map>
#include <random>
#include <vector>

// Ten busy years of one office (a regional social-policy centre in Warsaw, coordinating study
// visits across Poland and abroad), made up from a seed: institutions, people, funding projects,
// exchange groups, visits with their participants and day-by-day programmes, travel times.
//
// Determinism: everything random comes from one std::mt19937 seeded with the seed and is drawn in
// a fixed order; integers are reduced with our own arithmetic (the standard distributions differ
// between standard libraries), nothing iterates a QHash, and the calendar is fixed (the data set
// is "taken" on 2026-11-26, never the machine's today). Same seed and scale, same file.
//
// Plausibility: the data is planned first (in memory), then written. Visits are planned in the
// order of their first day and everyone taking part is marked busy until the visit's last day, so
// that a person is rarely in two places at once; the day programmes keep a quarter of an hour
// between places, at most 90 minutes of interpreting without a break, and sessions between the
// delegation's arrival and departure. What remains (a venue booked by two visits, a presenter
// from the venue's staff who is elsewhere that day) is the occasional conflict a real office sees.

using namespace Qt::StringLiterals;

namespace {

// ---------------------------------------------------------------------------------------------
// The calendar

constexpr int firstYear = 2016;
const QDate periodStart(2016, 12, 1);  // the ten years the benchmark calls "ten busy years"
const QDate dataTakenOn(2026, 11, 26); // "today" for the data: past visits completed, later ones planned
const QDate planningEnd(2027, 6, 30);  // the last day a planned visit may start
const QDate pandemicStart(2020, 3, 12);
const QDate pandemicEased(2020, 7, 1);
const QDate pandemicOver(2021, 6, 1);
const QDate fullScaleWar(2022, 2, 24);

// ---------------------------------------------------------------------------------------------
// Vocabulary: places

struct PolishCityData
{
    QStringView name;
    QStringView in;       // "w Płocku", "we Wrocławiu"
    QStringView genitive; // "Płocka"
    QStringView uk;       // the name in Ukrainian
    QStringView region;   // the voivodeship, as in "województwo mazowieckie"
    QStringView postal;   // the first two digits of its postal codes
    QStringView area;     // the telephone area code
    int size;             // 0 Warsaw, 1 large city, 2 town, 3 small town, 4 rural commune
};

const PolishCityData polishCities[] = {
    {u"Warszawa", u"w Warszawie", u"Warszawy", u"Варшава", u"mazowieckie", u"00", u"22", 0},
    {u"Kraków", u"w Krakowie", u"Krakowa", u"Краків", u"małopolskie", u"30", u"12", 1},
    {u"Łódź", u"w Łodzi", u"Łodzi", u"Лодзь", u"łódzkie", u"90", u"42", 1},
    {u"Wrocław", u"we Wrocławiu", u"Wrocławia", u"Вроцлав", u"dolnośląskie", u"50", u"71", 1},
    {u"Poznań", u"w Poznaniu", u"Poznania", u"Познань", u"wielkopolskie", u"60", u"61", 1},
    {u"Gdańsk", u"w Gdańsku", u"Gdańska", u"Гданськ", u"pomorskie", u"80", u"58", 1},
    {u"Szczecin", u"w Szczecinie", u"Szczecina", u"Щецин", u"zachodniopomorskie", u"70", u"91", 1},
    {u"Bydgoszcz", u"w Bydgoszczy", u"Bydgoszczy", u"Бидгощ", u"kujawsko-pomorskie", u"85", u"52", 1},
    {u"Lublin", u"w Lublinie", u"Lublina", u"Люблін", u"lubelskie", u"20", u"81", 1},
    {u"Białystok", u"w Białymstoku", u"Białegostoku", u"Білосток", u"podlaskie", u"15", u"85", 1},
    {u"Katowice", u"w Katowicach", u"Katowic", u"Катовиці", u"śląskie", u"40", u"32", 1},
    {u"Gdynia", u"w Gdyni", u"Gdyni", u"Гдиня", u"pomorskie", u"81", u"58", 1},
    {u"Częstochowa", u"w Częstochowie", u"Częstochowy", u"Ченстохова", u"śląskie", u"42", u"34", 1},
    {u"Radom", u"w Radomiu", u"Radomia", u"Радом", u"mazowieckie", u"26", u"48", 1},
    {u"Toruń", u"w Toruniu", u"Torunia", u"Торунь", u"kujawsko-pomorskie", u"87", u"56", 1},
    {u"Sosnowiec", u"w Sosnowcu", u"Sosnowca", u"Сосновець", u"śląskie", u"41", u"32", 2},
    {u"Rzeszów", u"w Rzeszowie", u"Rzeszowa", u"Жешув", u"podkarpackie", u"35", u"17", 1},
    {u"Kielce", u"w Kielcach", u"Kielc", u"Кельце", u"świętokrzyskie", u"25", u"41", 1},
    {u"Gliwice", u"w Gliwicach", u"Gliwic", u"Гливиці", u"śląskie", u"44", u"32", 2},
    {u"Olsztyn", u"w Olsztynie", u"Olsztyna", u"Ольштин", u"warmińsko-mazurskie", u"10", u"89", 1},
    {u"Zielona Góra", u"w Zielonej Górze", u"Zielonej Góry", u"Зелена Гура", u"lubuskie", u"65", u"68", 1},
    {u"Opole", u"w Opolu", u"Opola", u"Ополе", u"opolskie", u"45", u"77", 1},
    {u"Gorzów Wielkopolski", u"w Gorzowie Wielkopolskim", u"Gorzowa Wielkopolskiego",
     u"Гожув-Великопольський", u"lubuskie", u"66", u"95", 2},
    {u"Płock", u"w Płocku", u"Płocka", u"Плоцьк", u"mazowieckie", u"09", u"24", 2},
    {u"Elbląg", u"w Elblągu", u"Elbląga", u"Ельблонг", u"warmińsko-mazurskie", u"82", u"55", 2},
    {u"Tarnów", u"w Tarnowie", u"Tarnowa", u"Тарнів", u"małopolskie", u"33", u"14", 2},
    {u"Koszalin", u"w Koszalinie", u"Koszalina", u"Кошалін", u"zachodniopomorskie", u"75", u"94", 2},
    {u"Legnica", u"w Legnicy", u"Legnicy", u"Легниця", u"dolnośląskie", u"59", u"76", 2},
    {u"Kalisz", u"w Kaliszu", u"Kalisza", u"Каліш", u"wielkopolskie", u"62", u"62", 2},
    {u"Słupsk", u"w Słupsku", u"Słupska", u"Слупськ", u"pomorskie", u"76", u"59", 2},
    {u"Siedlce", u"w Siedlcach", u"Siedlec", u"Седльце", u"mazowieckie", u"08", u"25", 2},
    {u"Ostrołęka", u"w Ostrołęce", u"Ostrołęki", u"Остроленка", u"mazowieckie", u"07", u"29", 2},
    {u"Przasnysz", u"w Przasnyszu", u"Przasnysza", u"Пшасниш", u"mazowieckie", u"06", u"29", 3},
    {u"Ciechanów", u"w Ciechanowie", u"Ciechanowa", u"Цеханув", u"mazowieckie", u"06", u"23", 2},
    {u"Pułtusk", u"w Pułtusku", u"Pułtuska", u"Пултуськ", u"mazowieckie", u"06", u"23", 3},
    {u"Mława", u"w Mławie", u"Mławy", u"Млава", u"mazowieckie", u"06", u"23", 3},
    {u"Sochaczew", u"w Sochaczewie", u"Sochaczewa", u"Сохачев", u"mazowieckie", u"96", u"46", 3},
    {u"Żyrardów", u"w Żyrardowie", u"Żyrardowa", u"Жирардув", u"mazowieckie", u"96", u"46", 3},
    {u"Pruszków", u"w Pruszkowie", u"Pruszkowa", u"Прушкув", u"mazowieckie", u"05", u"22", 2},
    {u"Legionowo", u"w Legionowie", u"Legionowa", u"Легіоново", u"mazowieckie", u"05", u"22", 3},
    {u"Otwock", u"w Otwocku", u"Otwocka", u"Отвоцьк", u"mazowieckie", u"05", u"22", 3},
    {u"Wyszków", u"w Wyszkowie", u"Wyszkowa", u"Вишкув", u"mazowieckie", u"07", u"29", 3},
    {u"Ostrów Mazowiecka", u"w Ostrowi Mazowieckiej", u"Ostrowi Mazowieckiej", u"Острув-Мазовецька",
     u"mazowieckie", u"07", u"29", 3},
    {u"Sierpc", u"w Sierpcu", u"Sierpca", u"Серпц", u"mazowieckie", u"09", u"24", 3},
    {u"Gostynin", u"w Gostyninie", u"Gostynina", u"Гостинін", u"mazowieckie", u"09", u"24", 3},
    {u"Garwolin", u"w Garwolinie", u"Garwolina", u"Гарволін", u"mazowieckie", u"08", u"25", 3},
    {u"Grójec", u"w Grójcu", u"Grójca", u"Груєць", u"mazowieckie", u"05", u"48", 3},
    {u"Przemyśl", u"w Przemyślu", u"Przemyśla", u"Перемишль", u"podkarpackie", u"37", u"16", 2},
    {u"Zamość", u"w Zamościu", u"Zamościa", u"Замостя", u"lubelskie", u"22", u"84", 2},
    {u"Chełm", u"w Chełmie", u"Chełma", u"Холм", u"lubelskie", u"22", u"82", 2},
    {u"Biała Podlaska", u"w Białej Podlaskiej", u"Białej Podlaskiej", u"Біла Підляська", u"lubelskie", u"21",
     u"83", 2},
    {u"Hrubieszów", u"w Hrubieszowie", u"Hrubieszowa", u"Грубешів", u"lubelskie", u"22", u"84", 3},
    {u"Włodawa", u"we Włodawie", u"Włodawy", u"Володава", u"lubelskie", u"22", u"82", 3},
    {u"Puławy", u"w Puławach", u"Puław", u"Пулави", u"lubelskie", u"24", u"81", 2},
    {u"Jarosław", u"w Jarosławiu", u"Jarosławia", u"Ярослав", u"podkarpackie", u"37", u"16", 3},
    {u"Krosno", u"w Krośnie", u"Krosna", u"Коросно", u"podkarpackie", u"38", u"13", 2},
    {u"Sanok", u"w Sanoku", u"Sanoka", u"Сянік", u"podkarpackie", u"38", u"13", 3},
    {u"Nowy Sącz", u"w Nowym Sączu", u"Nowego Sącza", u"Новий Сонч", u"małopolskie", u"33", u"18", 2},
    {u"Zakopane", u"w Zakopanem", u"Zakopanego", u"Закопане", u"małopolskie", u"34", u"18", 3},
    {u"Oświęcim", u"w Oświęcimiu", u"Oświęcimia", u"Освенцим", u"małopolskie", u"32", u"33", 3},
    {u"Suwałki", u"w Suwałkach", u"Suwałk", u"Сувалки", u"podlaskie", u"16", u"87", 2},
    {u"Łomża", u"w Łomży", u"Łomży", u"Ломжа", u"podlaskie", u"18", u"86", 2},
    {u"Augustów", u"w Augustowie", u"Augustowa", u"Августів", u"podlaskie", u"16", u"87", 3},
    {u"Konin", u"w Koninie", u"Konina", u"Конін", u"wielkopolskie", u"62", u"63", 2},
    {u"Leszno", u"w Lesznie", u"Leszna", u"Лешно", u"wielkopolskie", u"64", u"65", 2},
    {u"Gniezno", u"w Gnieźnie", u"Gniezna", u"Гнезно", u"wielkopolskie", u"62", u"61", 2},
    {u"Szamotuły", u"w Szamotułach", u"Szamotuł", u"Шамотули", u"wielkopolskie", u"64", u"61", 3},
    {u"Piła", u"w Pile", u"Piły", u"Піла", u"wielkopolskie", u"64", u"67", 2},
    {u"Sopot", u"w Sopocie", u"Sopotu", u"Сопот", u"pomorskie", u"81", u"58", 2},
    {u"Wałbrzych", u"w Wałbrzychu", u"Wałbrzycha", u"Валбжих", u"dolnośląskie", u"58", u"74", 2},
    {u"Jelenia Góra", u"w Jeleniej Górze", u"Jeleniej Góry", u"Єленя-Гура", u"dolnośląskie", u"58", u"75", 2},
    {u"Bielsko-Biała", u"w Bielsku-Białej", u"Bielska-Białej", u"Бельсько-Бяла", u"śląskie", u"43", u"33", 1},
    {u"Rybnik", u"w Rybniku", u"Rybnika", u"Рибник", u"śląskie", u"44", u"32", 2},
    {u"Cieszyn", u"w Cieszynie", u"Cieszyna", u"Цешин", u"śląskie", u"43", u"33", 3},
    {u"Włocławek", u"we Włocławku", u"Włocławka", u"Влоцлавек", u"kujawsko-pomorskie", u"87", u"54", 2},
    {u"Grudziądz", u"w Grudziądzu", u"Grudziądza", u"Грудзьондз", u"kujawsko-pomorskie", u"86", u"56", 2},
    {u"Inowrocław", u"w Inowrocławiu", u"Inowrocławia", u"Іновроцлав", u"kujawsko-pomorskie", u"88", u"52",
     2},
    {u"Ełk", u"w Ełku", u"Ełku", u"Елк", u"warmińsko-mazurskie", u"19", u"87", 2},
    {u"Giżycko", u"w Giżycku", u"Giżycka", u"Гіжицько", u"warmińsko-mazurskie", u"11", u"87", 3},
    {u"Piotrków Trybunalski", u"w Piotrkowie Trybunalskim", u"Piotrkowa Trybunalskiego",
     u"Пйотркув-Трибунальський", u"łódzkie", u"97", u"44", 2},
    {u"Skierniewice", u"w Skierniewicach", u"Skierniewic", u"Скерневиці", u"łódzkie", u"96", u"46", 2},
    {u"Sieradz", u"w Sieradzu", u"Sieradza", u"Серадз", u"łódzkie", u"98", u"43", 3},
    {u"Kutno", u"w Kutnie", u"Kutna", u"Кутно", u"łódzkie", u"99", u"24", 3},
    {u"Ostrowiec Świętokrzyski", u"w Ostrowcu Świętokrzyskim", u"Ostrowca Świętokrzyskiego",
     u"Островець-Свентокшиський", u"świętokrzyskie", u"27", u"41", 2},
    {u"Sandomierz", u"w Sandomierzu", u"Sandomierza", u"Сандомир", u"świętokrzyskie", u"27", u"15", 3},
    {u"Nysa", u"w Nysie", u"Nysy", u"Ниса", u"opolskie", u"48", u"77", 3},
    {u"Świnoujście", u"w Świnoujściu", u"Świnoujścia", u"Свіноуйсьце", u"zachodniopomorskie", u"72", u"91",
     3},
    {u"Stargard", u"w Stargardzie", u"Stargardu", u"Старгард", u"zachodniopomorskie", u"73", u"91", 2},
    {u"Głogów", u"w Głogowie", u"Głogowa", u"Глогув", u"dolnośląskie", u"67", u"76", 2},
    {u"Jabłonna", u"w Jabłonnie", u"Jabłonny", u"Яблонна", u"mazowieckie", u"05", u"22", 4},
    {u"Lesznowola", u"w Lesznowoli", u"Lesznowoli", u"Лешновола", u"mazowieckie", u"05", u"22", 4},
    {u"Nieporęt", u"w Nieporęcie", u"Nieporętu", u"Непорент", u"mazowieckie", u"05", u"22", 4},
    {u"Stare Babice", u"w Starych Babicach", u"Starych Babic", u"Старе Бабіце", u"mazowieckie", u"05", u"22",
     4},
    {u"Czosnów", u"w Czosnowie", u"Czosnowa", u"Чоснув", u"mazowieckie", u"05", u"22", 4},
    {u"Zakroczym", u"w Zakroczymiu", u"Zakroczymia", u"Закрочим", u"mazowieckie", u"05", u"22", 4},
    {u"Krasne", u"w Krasnem", u"Krasnego", u"Красне", u"mazowieckie", u"06", u"23", 4},
    {u"Jednorożec", u"w Jednorożcu", u"Jednorożca", u"Єднорожець", u"mazowieckie", u"06", u"29", 4},
    {u"Dorohusk", u"w Dorohusku", u"Dorohuska", u"Дорогуськ", u"lubelskie", u"22", u"82", 4},
    {u"Horodło", u"w Horodle", u"Horodła", u"Городло", u"lubelskie", u"22", u"84", 4},
    {u"Medyka", u"w Medyce", u"Medyki", u"Медика", u"podkarpackie", u"37", u"16", 4},
    {u"Czernice Borowe", u"w Czernicach Borowych", u"Czernic Borowych", u"Черніце-Борове", u"mazowieckie",
     u"06", u"23", 4},
};

/// The voivodeship's social-policy centre, in its capital.
struct RegionalCentreData
{
    QStringView city;
    QStringView name;
    QStringView shortName;
};

const RegionalCentreData regionalCentres[] = {
    {u"Kraków", u"Regionalny Ośrodek Polityki Społecznej w Krakowie", u"ROPS Kraków"},
    {u"Łódź", u"Regionalne Centrum Polityki Społecznej w Łodzi", u"RCPS Łódź"},
    {u"Wrocław", u"Dolnośląski Ośrodek Polityki Społecznej", u"DOPS"},
    {u"Poznań", u"Regionalny Ośrodek Polityki Społecznej w Poznaniu", u"ROPS Poznań"},
    {u"Gdańsk", u"Regionalny Ośrodek Polityki Społecznej w Gdańsku", u"ROPS Gdańsk"},
    {u"Szczecin", u"Regionalny Ośrodek Polityki Społecznej w Szczecinie", u"ROPS Szczecin"},
    {u"Toruń", u"Regionalny Ośrodek Polityki Społecznej w Toruniu", u"ROPS Toruń"},
    {u"Lublin", u"Regionalny Ośrodek Polityki Społecznej w Lublinie", u"ROPS Lublin"},
    {u"Białystok", u"Regionalny Ośrodek Polityki Społecznej w Białymstoku", u"ROPS Białystok"},
    {u"Katowice", u"Regionalny Ośrodek Polityki Społecznej w Katowicach", u"ROPS Katowice"},
    {u"Rzeszów", u"Regionalny Ośrodek Polityki Społecznej w Rzeszowie", u"ROPS Rzeszów"},
    {u"Kielce", u"Regionalny Ośrodek Polityki Społecznej w Kielcach", u"ROPS Kielce"},
    {u"Olsztyn", u"Regionalny Ośrodek Polityki Społecznej w Olsztynie", u"ROPS Olsztyn"},
    {u"Zielona Góra", u"Regionalny Ośrodek Polityki Społecznej w Zielonej Górze", u"ROPS Zielona Góra"},
    {u"Opole", u"Regionalny Ośrodek Polityki Społecznej w Opolu", u"ROPS Opole"},
};

struct UniversityData
{
    QStringView city;
    QStringView name;
    QStringView shortName;
    QStringView pl; // the Polish name of a Ukrainian university, else empty
};

const UniversityData polishUniversities[] = {
    {u"Warszawa", u"Uniwersytet Warszawski, Wydział Socjologii", u"UW", {}},
    {u"Warszawa", u"Akademia Pedagogiki Specjalnej im. Marii Grzegorzewskiej", u"APS", {}},
    {u"Kraków", u"Uniwersytet Jagielloński, Instytut Socjologii", u"UJ", {}},
    {u"Lublin", u"Uniwersytet Marii Curie-Skłodowskiej w Lublinie", u"UMCS", {}},
    {u"Lublin", u"Katolicki Uniwersytet Lubelski Jana Pawła II", u"KUL", {}},
    {u"Wrocław", u"Uniwersytet Wrocławski, Instytut Pedagogiki", u"UWr", {}},
    {u"Poznań", u"Uniwersytet im. Adama Mickiewicza w Poznaniu", u"UAM", {}},
    {u"Gdańsk", u"Uniwersytet Gdański, Instytut Pedagogiki", u"UG", {}},
    {u"Łódź", u"Uniwersytet Łódzki, Katedra Pracy Socjalnej", u"UŁ", {}},
    {u"Rzeszów", u"Uniwersytet Rzeszowski", u"UR", {}},
    {u"Białystok", u"Uniwersytet w Białymstoku", u"UwB", {}},
    {u"Toruń", u"Uniwersytet Mikołaja Kopernika w Toruniu", u"UMK", {}},
    {u"Katowice", u"Uniwersytet Śląski w Katowicach", u"UŚ", {}},
    {u"Olsztyn", u"Uniwersytet Warmińsko-Mazurski w Olsztynie", u"UWM", {}},
    {u"Płock", u"Mazowiecka Uczelnia Publiczna w Płocku", u"MUP", {}},
    {u"Siedlce", u"Uniwersytet w Siedlcach", u"UwS", {}},
};

const UniversityData ukrainianUniversities[] = {
    {u"Lwów", u"Львівський національний університет імені Івана Франка", u"ЛНУ",
     u"Lwowski Uniwersytet Narodowy im. Iwana Franki"},
    {u"Kijów", u"Київський національний університет імені Тараса Шевченка", u"КНУ",
     u"Kijowski Uniwersytet Narodowy im. Tarasa Szewczenki"},
    {u"Żytomierz", u"Житомирський державний університет імені Івана Франка", u"ЖДУ",
     u"Żytomierski Uniwersytet Państwowy im. Iwana Franki"},
    {u"Łuck", u"Волинський національний університет імені Лесі Українки", u"ВНУ",
     u"Wołyński Uniwersytet Narodowy im. Łesi Ukrainki"},
    {u"Użhorod", u"Ужгородський національний університет", u"УжНУ", u"Użhorodzki Uniwersytet Narodowy"},
    {u"Czerniowce", u"Чернівецький національний університет імені Юрія Федьковича", u"ЧНУ",
     u"Czerniowiecki Uniwersytet Narodowy im. Jurija Fedkowycza"},
};

const QStringView warsawDistricts[] = {
    u"Bemowo",       u"Białołęka", u"Bielany",     u"Mokotów",  u"Ochota", u"Praga-Południe",
    u"Praga-Północ", u"Rembertów", u"Śródmieście", u"Targówek", u"Ursus",  u"Ursynów",
    u"Wawer",        u"Wesoła",    u"Wilanów",     u"Włochy",   u"Wola",   u"Żoliborz",
};

struct UkrainianCityData
{
    QStringView uk;
    QStringView stem;   // of the adjective: "Львівськ" + "ий" / "а" / "ої"
    QStringView fromUk; // "зі Львова"
    QStringView pl;     // the Polish name, stored in the city column
    QStringView fromPl; // "ze Lwowa"
    QStringView inPl;   // "we Lwowie"
    QStringView region; // in Polish
    QStringView postal; // the first two digits of its postal codes
    QStringView area;
    int size; // 1 city of a million, 2 regional capital, 3 town, 4 small town
    bool regionalCapital;
};

const UkrainianCityData ukrainianCities[] = {
    {u"Київ", u"Київськ", u"з Києва", u"Kijów", u"z Kijowa", u"w Kijowie", u"miasto Kijów", u"01", u"44", 1,
     true},
    {u"Львів", u"Львівськ", u"зі Львова", u"Lwów", u"ze Lwowa", u"we Lwowie", u"obwód lwowski", u"79", u"32",
     1, true},
    {u"Житомир", u"Житомирськ", u"з Житомира", u"Żytomierz", u"z Żytomierza", u"w Żytomierzu",
     u"obwód żytomierski", u"10", u"412", 2, true},
    {u"Вінниця", u"Вінницьк", u"з Вінниці", u"Winnica", u"z Winnicy", u"w Winnicy", u"obwód winnicki", u"21",
     u"432", 2, true},
    {u"Рівне", u"Рівненськ", u"з Рівного", u"Równe", u"z Równego", u"w Równem", u"obwód rówieński", u"33",
     u"362", 2, true},
    {u"Луцьк", u"Луцьк", u"з Луцька", u"Łuck", u"z Łucka", u"w Łucku", u"obwód wołyński", u"43", u"332", 2,
     true},
    {u"Одеса", u"Одеськ", u"з Одеси", u"Odessa", u"z Odessy", u"w Odessie", u"obwód odeski", u"65", u"48", 1,
     true},
    {u"Харків", u"Харківськ", u"з Харкова", u"Charków", u"z Charkowa", u"w Charkowie", u"obwód charkowski",
     u"61", u"57", 1, true},
    {u"Дніпро", u"Дніпровськ", u"з Дніпра", u"Dniepr", u"z Dniepru", u"w Dnieprze", u"obwód dniepropetrowski",
     u"49", u"56", 1, true},
    {u"Чернігів", u"Чернігівськ", u"з Чернігова", u"Czernihów", u"z Czernihowa", u"w Czernihowie",
     u"obwód czernihowski", u"14", u"462", 2, true},
    {u"Полтава", u"Полтавськ", u"з Полтави", u"Połtawa", u"z Połtawy", u"w Połtawie", u"obwód połtawski",
     u"36", u"532", 2, true},
    {u"Черкаси", u"Черкаськ", u"з Черкас", u"Czerkasy", u"z Czerkas", u"w Czerkasach", u"obwód czerkaski",
     u"18", u"472", 2, true},
    {u"Суми", u"Сумськ", u"із Сум", u"Sumy", u"z Sum", u"w Sumach", u"obwód sumski", u"40", u"542", 2, true},
    {u"Тернопіль", u"Тернопільськ", u"з Тернополя", u"Tarnopol", u"z Tarnopola", u"w Tarnopolu",
     u"obwód tarnopolski", u"46", u"352", 2, true},
    {u"Хмельницький", u"Хмельницьк", u"з Хмельницького", u"Chmielnicki", u"z Chmielnickiego",
     u"w Chmielnickim", u"obwód chmielnicki", u"29", u"382", 2, true},
    {u"Ужгород", u"Ужгородськ", u"з Ужгорода", u"Użhorod", u"z Użhorodu", u"w Użhorodzie",
     u"obwód zakarpacki", u"88", u"312", 2, true},
    {u"Івано-Франківськ", u"Івано-Франківськ", u"з Івано-Франківська", u"Iwano-Frankiwsk",
     u"z Iwano-Frankiwska", u"w Iwano-Frankiwsku", u"obwód iwanofrankiwski", u"76", u"342", 2, true},
    {u"Чернівці", u"Чернівецьк", u"з Чернівців", u"Czerniowce", u"z Czerniowiec", u"w Czerniowcach",
     u"obwód czerniowiecki", u"58", u"372", 2, true},
    {u"Кропивницький", u"Кропивницьк", u"з Кропивницького", u"Kropywnycki", u"z Kropywnyckiego",
     u"w Kropywnyckim", u"obwód kirowohradzki", u"25", u"522", 2, true},
    {u"Миколаїв", u"Миколаївськ", u"з Миколаєва", u"Mikołajów", u"z Mikołajowa", u"w Mikołajowie",
     u"obwód mikołajowski", u"54", u"512", 2, true},
    {u"Запоріжжя", u"Запорізьк", u"із Запоріжжя", u"Zaporoże", u"z Zaporoża", u"w Zaporożu",
     u"obwód zaporoski", u"69", u"61", 1, true},
    {u"Бердичів", u"Бердичівськ", u"з Бердичева", u"Berdyczów", u"z Berdyczowa", u"w Berdyczowie",
     u"obwód żytomierski", u"13", u"4143", 3, false},
    {u"Коростишів", u"Коростишівськ", u"з Коростишева", u"Korostyszów", u"z Korostyszowa", u"w Korostyszowie",
     u"obwód żytomierski", u"12", u"4130", 4, false},
    {u"Чуднів", u"Чуднівськ", u"з Чуднова", u"Cudnów", u"z Cudnowa", u"w Cudnowie", u"obwód żytomierski",
     u"13", u"4139", 4, false},
    {u"Дрогобич", u"Дрогобицьк", u"з Дрогобича", u"Drohobycz", u"z Drohobycza", u"w Drohobyczu",
     u"obwód lwowski", u"82", u"3244", 3, false},
    {u"Стрий", u"Стрийськ", u"зі Стрия", u"Stryj", u"ze Stryja", u"w Stryju", u"obwód lwowski", u"82",
     u"3245", 3, false},
    {u"Самбір", u"Самбірськ", u"із Самбора", u"Sambor", u"z Sambora", u"w Samborze", u"obwód lwowski", u"81",
     u"3236", 3, false},
    {u"Ковель", u"Ковельськ", u"з Ковеля", u"Kowel", u"z Kowla", u"w Kowlu", u"obwód wołyński", u"45",
     u"3352", 3, false},
    {u"Нововолинськ", u"Нововолинськ", u"з Нововолинська", u"Nowowołyńsk", u"z Nowowołyńska",
     u"w Nowowołyńsku", u"obwód wołyński", u"45", u"3344", 4, false},
    {u"Біла Церква", u"Білоцерківськ", u"з Білої Церкви", u"Biała Cerkiew", u"z Białej Cerkwi",
     u"w Białej Cerkwi", u"obwód kijowski", u"09", u"4563", 3, false},
    {u"Бровари", u"Броварськ", u"з Броварів", u"Browary", u"z Browarów", u"w Browarach", u"obwód kijowski",
     u"07", u"4594", 3, false},
    {u"Ірпінь", u"Ірпінськ", u"з Ірпеня", u"Irpień", u"z Irpienia", u"w Irpieniu", u"obwód kijowski", u"08",
     u"4597", 3, false},
    {u"Буча", u"Бучанськ", u"з Бучі", u"Bucza", u"z Buczy", u"w Buczy", u"obwód kijowski", u"08", u"4597", 4,
     false},
    {u"Кременчук", u"Кременчуцьк", u"з Кременчука", u"Krzemieńczuk", u"z Krzemieńczuka", u"w Krzemieńczuku",
     u"obwód połtawski", u"39", u"536", 3, false},
    {u"Умань", u"Уманськ", u"з Умані", u"Humań", u"z Humania", u"w Humaniu", u"obwód czerkaski", u"20",
     u"4744", 3, false},
    {u"Мукачево", u"Мукачівськ", u"з Мукачева", u"Mukaczewo", u"z Mukaczewa", u"w Mukaczewie",
     u"obwód zakarpacki", u"89", u"3131", 3, false},
    {u"Кам’янець-Подільський", u"Кам’янець-Подільськ", u"з Кам’янця-Подільського", u"Kamieniec Podolski",
     u"z Kamieńca Podolskiego", u"w Kamieńcu Podolskim", u"obwód chmielnicki", u"32", u"3849", 3, false},
};

/// A city in Norway, Czechia, Lithuania, Germany or Sweden.
struct ForeignCityData
{
    QStringView country;
    QStringView name;
    QStringView genitive; // in the local language, where names need it ("Vilniaus", "Brna")
    QStringView hall;     // the city's administration
    QStringView fromPl;   // "z Oslo", "ze Sztokholmu"
    QStringView uk;
    QStringView region; // in Polish
    QStringView postal;
    QStringView area;
    int size;
};

const ForeignCityData foreignCities[] = {
    {u"NO", u"Oslo", u"Oslo", u"Oslo kommune", u"z Oslo", u"Осло", u"Oslo", u"01", u"22", 1},
    {u"NO", u"Bergen", u"Bergen", u"Bergen kommune", u"z Bergen", u"Берген", u"Vestland", u"50", u"55", 2},
    {u"NO", u"Trondheim", u"Trondheim", u"Trondheim kommune", u"z Trondheim", u"Тронгейм", u"Trøndelag",
     u"70", u"73", 2},
    {u"NO", u"Stavanger", u"Stavanger", u"Stavanger kommune", u"ze Stavanger", u"Ставангер", u"Rogaland",
     u"40", u"51", 2},
    {u"NO", u"Kristiansand", u"Kristiansand", u"Kristiansand kommune", u"z Kristiansand", u"Крістіансанн",
     u"Agder", u"46", u"38", 3},
    {u"NO", u"Tromsø", u"Tromsø", u"Tromsø kommune", u"z Tromsø", u"Тромсе", u"Troms", u"90", u"77", 3},
    {u"NO", u"Drammen", u"Drammen", u"Drammen kommune", u"z Drammen", u"Драммен", u"Buskerud", u"30", u"32",
     3},
    {u"CZ", u"Praha", u"Prahy", u"Magistrát hlavního města Prahy", u"z Pragi", u"Прага", u"Praga", u"110",
     u"222", 1},
    {u"CZ", u"Brno", u"Brna", u"Magistrát města Brna", u"z Brna", u"Брно", u"kraj południowomorawski", u"602",
     u"542", 2},
    {u"CZ", u"Ostrava", u"Ostravy", u"Magistrát města Ostravy", u"z Ostrawy", u"Острава",
     u"kraj morawsko-śląski", u"702", u"596", 2},
    {u"CZ", u"Olomouc", u"Olomouce", u"Magistrát města Olomouce", u"z Ołomuńca", u"Оломоуць",
     u"kraj ołomuniecki", u"779", u"585", 2},
    {u"CZ", u"Vsetín", u"Vsetína", u"Městský úřad Vsetín", u"z Vsetína", u"Всетін", u"kraj zliński", u"755",
     u"571", 3},
    {u"CZ", u"Zlín", u"Zlína", u"Magistrát města Zlína", u"ze Zlína", u"Злін", u"kraj zliński", u"760",
     u"577", 3},
    {u"CZ", u"Opava", u"Opavy", u"Magistrát města Opavy", u"z Opawy", u"Опава", u"kraj morawsko-śląski",
     u"746", u"553", 3},
    {u"CZ", u"Karviná", u"Karviné", u"Magistrát města Karviné", u"z Karwiny", u"Карвіна",
     u"kraj morawsko-śląski", u"733", u"596", 3},
    {u"LT", u"Vilnius", u"Vilniaus", u"Vilniaus miesto savivaldybė", u"z Wilna", u"Вільнюс",
     u"okręg wileński", u"01", u"5", 1},
    {u"LT", u"Kaunas", u"Kauno", u"Kauno miesto savivaldybė", u"z Kowna", u"Каунас", u"okręg kowieński",
     u"44", u"37", 2},
    {u"LT", u"Klaipėda", u"Klaipėdos", u"Klaipėdos miesto savivaldybė", u"z Kłajpedy", u"Клайпеда",
     u"okręg kłajpedzki", u"91", u"46", 2},
    {u"LT", u"Šiauliai", u"Šiaulių", u"Šiaulių miesto savivaldybė", u"z Szawli", u"Шяуляй",
     u"okręg szawelski", u"76", u"41", 3},
    {u"LT", u"Alytus", u"Alytaus", u"Alytaus miesto savivaldybė", u"z Olity", u"Алітус", u"okręg olicki",
     u"62", u"315", 3},
    {u"DE", u"Berlin", u"Berlin", u"Bezirksamt Friedrichshain-Kreuzberg von Berlin", u"z Berlina", u"Берлін",
     u"Berlin", u"10", u"30", 1},
    {u"DE", u"Leipzig", u"Leipzig", u"Stadt Leipzig", u"z Lipska", u"Лейпциг", u"Saksonia", u"04", u"341", 2},
    {u"DE", u"Dresden", u"Dresden", u"Landeshauptstadt Dresden", u"z Drezna", u"Дрезден", u"Saksonia", u"01",
     u"351", 2},
    {u"DE", u"Frankfurt (Oder)", u"Frankfurt (Oder)", u"Stadt Frankfurt (Oder)", u"z Frankfurtu nad Odrą",
     u"Франкфурт-на-Одері", u"Brandenburgia", u"15", u"335", 3},
    {u"DE", u"Görlitz", u"Görlitz", u"Stadt Görlitz", u"z Görlitz", u"Ґерліц", u"Saksonia", u"02", u"3581",
     3},
    {u"DE", u"Rostock", u"Rostock", u"Hanse- und Universitätsstadt Rostock", u"z Rostocku", u"Росток",
     u"Meklemburgia-Pomorze Przednie", u"18", u"381", 3},
    {u"SE", u"Stockholm", u"Stockholms", u"Stockholms stad", u"ze Sztokholmu", u"Стокгольм",
     u"region Sztokholm", u"111", u"8", 1},
    {u"SE", u"Göteborg", u"Göteborgs", u"Göteborgs Stad", u"z Göteborga", u"Гетеборг", u"Västra Götaland",
     u"411", u"31", 2},
    {u"SE", u"Malmö", u"Malmö", u"Malmö stad", u"z Malmö", u"Мальме", u"Skania", u"211", u"40", 2},
    {u"SE", u"Uppsala", u"Uppsala", u"Uppsala kommun", u"z Uppsali", u"Уппсала", u"Uppland", u"753", u"18",
     3},
    {u"SE", u"Karlskrona", u"Karlskrona", u"Karlskrona kommun", u"z Karlskrony", u"Карлскруна", u"Blekinge",
     u"371", u"455", 3},
};

struct CountryData
{
    QStringView code;
    QStringView timeZone;
    QStringView phonePrefix;
    QStringView mailbox;      // the institution's general address: "sekretariat@…"
    QStringView language;     // what its delegations speak
    QStringView interpreting; // what a Polish host interprets into for them
    QStringView inPolish;     // "języka ukraińskiego": for interpreters' positions
    QStringView languagesA;   // what its people speak, most often
    QStringView languagesB;
};

const CountryData countries[] = {
    {u"PL", u"Europe/Warsaw", u"+48", u"sekretariat", u"pl", u"pl", u"polskiego", u"pl", u"pl,en"},
    {u"UA", u"Europe/Kyiv", u"+380", u"info", u"uk", u"uk", u"ukraińskiego", u"uk,pl", u"uk,en"},
    {u"NO", u"Europe/Oslo", u"+47", u"postmottak", u"no", u"en", u"norweskiego", u"no,en", u"no,en,sv"},
    {u"CZ", u"Europe/Prague", u"+420", u"podatelna", u"cs", u"cs", u"czeskiego", u"cs,en", u"cs,sk,pl"},
    {u"LT", u"Europe/Vilnius", u"+370", u"info", u"lt", u"lt", u"litewskiego", u"lt,en", u"lt,pl,ru"},
    {u"DE", u"Europe/Berlin", u"+49", u"poststelle", u"de", u"de", u"niemieckiego", u"de,en", u"de,pl"},
    {u"SE", u"Europe/Stockholm", u"+46", u"registrator", u"sv", u"en", u"szwedzkiego", u"sv,en", u"sv,en,no"},
};

const QStringView streetsPl[] = {
    u"ul. Mickiewicza",    u"ul. Kościuszki",       u"ul. Słowackiego",
    u"ul. Polna",          u"ul. Lipowa",           u"ul. Ogrodowa",
    u"ul. Kolejowa",       u"ul. Szkolna",          u"al. Niepodległości",
    u"ul. Piłsudskiego",   u"ul. Sienkiewicza",     u"ul. Żeromskiego",
    u"ul. Długa",          u"ul. Kwiatowa",         u"ul. Świerkowa",
    u"ul. Łąkowa",         u"ul. Wojska Polskiego", u"pl. Wolności",
    u"ul. 3 Maja",         u"ul. Reymonta",         u"ul. Chopina",
    u"ul. Konopnickiej",   u"ul. Jana Pawła II",    u"ul. Kopernika",
    u"ul. Armii Krajowej", u"ul. Ks. Popiełuszki",  u"ul. Traugutta",
    u"ul. Zielona",        u"ul. Słoneczna",        u"ul. Rynek",
};

const QStringView streetsUk[] = {
    u"вул. Шевченка",       u"вул. Івана Франка",
    u"вул. Лесі Українки",  u"просп. Свободи",
    u"вул. Соборна",        u"вул. Грушевського",
    u"вул. Миру",           u"вул. Незалежності",
    u"вул. Героїв Майдану", u"вул. Богдана Хмельницького",
    u"вул. Київська",       u"вул. Садова",
    u"вул. Шкільна",        u"пл. Ринок",
};

struct StreetList
{
    QStringView country;
    std::array<QStringView, 6> streets;
};

const StreetList foreignStreets[] = {
    {u"NO", {u"Storgata", u"Kirkegata", u"Kongens gate", u"Dronningens gate", u"Torggata", u"Strandgata"}},
    {u"CZ", {u"Palackého", u"Masarykovo náměstí", u"Husova", u"Nádražní", u"Komenského", u"Smetanova"}},
    {u"LT",
     {u"Gedimino pr.", u"Vilniaus g.", u"Laisvės al.", u"Taikos pr.", u"Žalgirio g.", u"Basanavičiaus g."}},
    {u"DE",
     {u"Hauptstraße", u"Bahnhofstraße", u"Schillerstraße", u"Goethestraße", u"Lindenstraße", u"Marktplatz"}},
    {u"SE", {u"Storgatan", u"Drottninggatan", u"Kungsgatan", u"Västra vägen", u"Skolgatan", u"Stortorget"}},
};

// Pairs of cities the coordinator has timed, in minutes by coach; the sample data's three first.
struct TravelData
{
    QStringView a;
    QStringView b;
    int minutes;
};

const TravelData travelTimes[] = {
    {u"Warszawa", u"Płock", 120},    {u"Warszawa", u"Przasnysz", 100}, {u"Kraków", u"Vsetín", 210},
    {u"Warszawa", u"Radom", 90},     {u"Warszawa", u"Siedlce", 90},    {u"Warszawa", u"Ostrołęka", 120},
    {u"Warszawa", u"Ciechanów", 90}, {u"Warszawa", u"Łódź", 100},      {u"Warszawa", u"Lublin", 150},
    {u"Warszawa", u"Pułtusk", 70},   {u"Warszawa", u"Żyrardów", 60},   {u"Kraków", u"Katowice", 75},
    {u"Kraków", u"Tarnów", 70},      {u"Kraków", u"Zakopane", 120},    {u"Lublin", u"Zamość", 75},
    {u"Lublin", u"Chełm", 60},       {u"Lublin", u"Puławy", 50},       {u"Gdańsk", u"Gdynia", 30},
    {u"Gdańsk", u"Sopot", 20},       {u"Gdynia", u"Sopot", 15},        {u"Poznań", u"Konin", 80},
    {u"Poznań", u"Gniezno", 45},     {u"Poznań", u"Szamotuły", 45},    {u"Wrocław", u"Legnica", 60},
    {u"Rzeszów", u"Przemyśl", 75},   {u"Rzeszów", u"Jarosław", 60},    {u"Białystok", u"Łomża", 70},
    {u"Białystok", u"Suwałki", 110}, {u"Katowice", u"Gliwice", 30},    {u"Toruń", u"Bydgoszcz", 50},
    {u"Płock", u"Gostynin", 30},     {u"Przemyśl", u"Lwów", 150},      {u"Lublin", u"Łuck", 240},
    {u"Cieszyn", u"Ostrava", 45},
};

// ---------------------------------------------------------------------------------------------
// Vocabulary: institutions

/// A Polish institution's name, and its name in Ukrainian for the few that have one. Placeholders:
/// {city} {in} {gen} {uk} {nr} {n} {brand} {patron} {school} {purpose} {aim}. Templates of one group
/// are alternatives: a city has one of them.
struct PolishTemplate
{
    QStringView name;
    QStringView shortName;
    QStringView uk;
    QStringView kind;
    int sizes;   // bit 1 << size of the cities that have one
    int group;   // 0: may repeat in a city; otherwise one of the group per city
    int weight;  // among alternatives, or among the repeating ones
    int percent; // of the cities that have one at all
};

constexpr int warsaw = 1 << 0;
constexpr int large = 1 << 1;
constexpr int town = 1 << 2;
constexpr int smallTown = 1 << 3;
constexpr int rural = 1 << 4;
constexpr int urban = large | town | smallTown;

const PolishTemplate polishTemplates[] = {
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

const QStringView institutionNotes[] = {
    u"Sala konferencyjna na 40 osób, winda.",
    u"Parking dla autokaru przy budynku.",
    u"Wejście od podwórza; domofon.",
    u"Budynek bez barier architektonicznych.",
    u"Wizyty uzgadniać z sekretariatem dyrekcji.",
    u"Catering możliwy na miejscu (stołówka).",
};

const QStringView patronsDps[] = {
    u"Złota Jesień", u"Pogodna Jesień",    u"Przystań",   u"Pod Lipami", u"Leśny Zakątek", u"Samarytanin",
    u"Kalina",       u"Słoneczne Wzgórze", u"Dąbrówka",   u"Promyk",     u"Bursztyn",      u"Nadzieja",
    u"Jaśmin",       u"Kombatant",         u"Na Skarpie", u"Zacisze",    u"Pod Sosnami",   u"Srebrna Jesień",
};

const QStringView brandsPl[] = {
    u"Ostoja",       u"Wspólna Droga", u"Most",     u"Nowy Start",    u"Razem",     u"Gniazdo",
    u"Przystań",     u"Promyk",        u"Tęcza",    u"Horyzont",      u"Nadzieja",  u"Azymut",
    u"Drogowskaz",   u"Kompas",        u"Sąsiedzi", u"Otwarte Drzwi", u"Dobry Dom", u"Zielone Światło",
    u"Krok Dalej",   u"Bliżej",        u"Kotwica",  u"Latarnia",      u"Słoneczko", u"Iskierka",
    u"Pomocna Dłoń", u"Arka",          u"Źródło",   u"Wiosna",        u"Serce",     u"Przyjazny Dom",
    u"Mosty",        u"Kameleon",      u"Bratek",   u"Oaza",          u"Akwarela",
};

const QStringView foundationPurposes[] = {
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

const QStringView associationAims[] = {
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

const QStringView schoolPatrons[] = {
    u"Jana Pawła II",       u"Adama Mickiewicza",        u"Marii Konopnickiej",   u"Janusza Korczaka",
    u"Tadeusza Kościuszki", u"Marii Skłodowskiej-Curie", u"Henryka Sienkiewicza", u"Kornela Makuszyńskiego",
    u"Jana Brzechwy",       u"Polskich Olimpijczyków",   u"Ireny Sendlerowej",    u"Władysława Broniewskiego",
};

/// A Ukrainian institution's name, and for some its Polish name. Placeholders: {stem} (of the
/// city's adjective), {uk} (the city), {in} (Polish: "we Lwowie"), {city} (its Polish name), {n},
/// {brand}, {plbrand}.
struct UkrainianTemplate
{
    QStringView name;
    QStringView shortName;
    QStringView pl;
    QStringView kind;
    int sizes;   // bit 1 << size (1..4)
    bool repeat; // may repeat in a city
    int weight;  // among the repeating ones
};

const UkrainianTemplate ukrainianTemplates[] = {
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

struct BrandPair
{
    QStringView uk;
    QStringView pl;
};

const BrandPair brandsUk[] = {
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

/// A foreign institution's name: {city} {gen} {hall} {n}.
struct ForeignTemplate
{
    QStringView country;
    QStringView name;
    QStringView shortName;
    QStringView kind;
};

const ForeignTemplate foreignTemplates[] = {
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

/// When a city has more foreign institutions than templates: more offices of its social services.
const ForeignTemplate foreignOverflow[] = {
    {u"NO", u"NAV {city}, kontor {n}", u"NAV {city} {n}", u"social_welfare_centre"},
    {u"CZ", u"Centrum sociálních služeb {city} – pracoviště {n}", u"CSS {city} {n}",
     u"social_welfare_centre"},
    {u"LT", u"{gen} socialinių paslaugų centro {n} padalinys", u"SPC {city} {n}", u"social_welfare_centre"},
    {u"DE", u"Sozialamt {city} – Außenstelle {n}", u"Sozialamt {city} {n}", u"social_welfare_centre"},
    {u"SE", u"Socialkontor {city} {n}", u"Socialkontor {city} {n}", u"social_welfare_centre"},
};

// ---------------------------------------------------------------------------------------------
// Vocabulary: people

const QStringView polishMen[] = {
    u"Adam",      u"Andrzej",  u"Bartosz",  u"Dariusz",  u"Grzegorz",  u"Jacek",    u"Jakub",   u"Jan",
    u"Janusz",    u"Jarosław", u"Jerzy",    u"Kamil",    u"Krzysztof", u"Łukasz",   u"Maciej",  u"Marcin",
    u"Marek",     u"Mariusz",  u"Michał",   u"Paweł",    u"Piotr",     u"Rafał",    u"Robert",  u"Sebastian",
    u"Stanisław", u"Tadeusz",  u"Tomasz",   u"Wojciech", u"Zbigniew",  u"Artur",    u"Dawid",   u"Filip",
    u"Mateusz",   u"Szymon",   u"Waldemar", u"Leszek",   u"Ryszard",   u"Sławomir", u"Wiesław", u"Przemysław",
};

const QStringView polishWomen[] = {
    u"Agnieszka", u"Aleksandra", u"Alicja",     u"Anna",     u"Barbara",  u"Beata",    u"Bożena",
    u"Danuta",    u"Dorota",     u"Edyta",      u"Elżbieta", u"Ewa",      u"Grażyna",  u"Halina",
    u"Irena",     u"Iwona",      u"Jadwiga",    u"Joanna",   u"Jolanta",  u"Justyna",  u"Karolina",
    u"Katarzyna", u"Magdalena",  u"Małgorzata", u"Maria",    u"Marta",    u"Monika",   u"Natalia",
    u"Renata",    u"Sylwia",     u"Teresa",     u"Urszula",  u"Wioletta", u"Zofia",    u"Paulina",
    u"Weronika",  u"Izabela",    u"Emilia",     u"Patrycja", u"Kinga",    u"Dominika", u"Hanna",
    u"Lidia",     u"Marzena",
};

// Men's forms; "-ki" becomes "-ka" for women.
const QStringView polishFamilyNames[] = {
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

const QStringView ukrainianMen[] = {
    u"Олександр", u"Андрій", u"Сергій",  u"Володимир", u"Олег",    u"Віктор", u"Юрій",  u"Микола",
    u"Іван",      u"Василь", u"Дмитро",  u"Тарас",     u"Богдан",  u"Ігор",   u"Петро", u"Михайло",
    u"Роман",     u"Степан", u"Ярослав", u"Максим",    u"Віталій", u"Євген",  u"Артем", u"Назар",
};

const QStringView ukrainianWomen[] = {
    u"Олена",   u"Наталія",   u"Тетяна", u"Оксана",   u"Ірина", u"Світлана", u"Юлія",
    u"Людмила", u"Галина",    u"Марія",  u"Ольга",    u"Анна",  u"Вікторія", u"Катерина",
    u"Надія",   u"Лариса",    u"Софія",  u"Христина", u"Ганна", u"Зоряна",   u"Інна",
    u"Алла",    u"Валентина", u"Любов",  u"Євгенія",  u"Яна",
};

// Men's forms; "-ий" becomes "-а" for women, the others do not change.
const QStringView ukrainianFamilyNames[] = {
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

struct NamePair
{
    QStringView man;
    QStringView woman;
};

struct ForeignNames
{
    QStringView country;
    std::array<QStringView, 8> men;
    std::array<QStringView, 8> women;
    std::array<NamePair, 10> family;
};

const ForeignNames foreignNames[] = {
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

/// A position by institution kind ("" for any kind), in the country's language.
struct PositionData
{
    QStringView country;
    QStringView kind;
    QStringView man;
    QStringView woman;
};

const PositionData positions[] = {
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

/// People who belong to no institution: who they are, and what the office calls on them for.
enum class Freelance { Interpreter, Guide, Expert, Other };

const NamePair freelanceGuides[] = {
    {u"przewodnik miejski", u"przewodniczka miejska"},
    {u"pilot wycieczek", u"pilotka wycieczek"},
    {u"kierowca autokaru", u"kierowczyni autokaru"},
};

const NamePair freelanceExperts[] = {
    {u"ekspert ds. polityki społecznej", u"ekspertka ds. polityki społecznej"},
    {u"superwizor pracy socjalnej", u"superwizorka pracy socjalnej"},
    {u"trener", u"trenerka"},
    {u"konsultant ds. ekonomii społecznej", u"konsultantka ds. ekonomii społecznej"},
    {u"mediator rodzinny", u"mediatorka rodzinna"},
};

const NamePair freelanceOthers[] = {
    {u"emerytowany pracownik socjalny", u"emerytowana pracownica socjalna"},
    {u"wolontariusz", u"wolontariuszka"},
    {u"student pracy socjalnej", u"studentka pracy socjalnej"},
    {u"radny powiatu", u"radna powiatu"},
};

struct DietData
{
    QStringView diet;
    int permille;
};

const DietData diets[] = {
    {u"vegetarian", 40}, {u"vegan", 10}, {u"gluten_free", 15}, {u"lactose_free", 15},
    {u"halal", 3},       {u"kosher", 2}, {u"allergy", 10},     {u"other", 5},
};

const QStringView allergyNotes[] = {
    u"alergia na orzechy",
    u"alergia na orzechy ziemne i sezam",
    u"alergia na ryby i owoce morza",
    u"alergia na seler",
    u"alergia na jaja",
};

const QStringView otherDietNotes[] = {
    u"bez wieprzowiny", u"dieta cukrzycowa", u"dieta niskosodowa", u"dieta lekkostrawna", u"bez cukru",
};

const QStringView accessibilityNeeds[] = {
    u"porusza się na wózku – sale i pokój bez barier",
    u"pokój na parterze",
    u"korzysta z pętli indukcyjnej",
    u"materiały w powiększonym druku",
    u"pies asystujący",
};

const QStringView personNotes[] = {
    u"Preferuje kontakt mailowy.",          u"Prosi o materiały w formie elektronicznej.",
    u"Kontakt przez sekretariat.",          u"Zgoda na publikację wizerunku: nie.",
    u"Zgoda na publikację wizerunku: tak.", u"Uczestniczka programu wymiany w 2019 r.",
};

struct MobilePrefixes
{
    QStringView country;
    std::array<QStringView, 6> prefixes;
};

const MobilePrefixes mobilePrefixes[] = {
    {u"PL", {u"500", u"530", u"600", u"660", u"730", u"880"}},
    {u"UA", {u"50", u"63", u"67", u"73", u"93", u"97"}},
    {u"NO", {u"40", u"45", u"90", u"92", u"95", u"98"}},
    {u"CZ", {u"602", u"603", u"720", u"731", u"736", u"777"}},
    {u"LT", {u"60", u"61", u"62", u"65", u"68", u"69"}},
    {u"DE", {u"151", u"152", u"160", u"170", u"172", u"176"}},
    {u"SE", {u"70", u"72", u"73", u"76", u"79", u"70"}},
};

// ---------------------------------------------------------------------------------------------
// Vocabulary: projects and exchange groups

/// A funding project, of which the office had one or more editions. {year} is the first year.
struct ProjectData
{
    QStringView name;
    QStringView acronym;
    QStringView funder;
    QStringView agreement; // {year} {yy} {nnnn}
    QStringView currency;
    QStringView focus; // partner countries, "PL" for a project at home
    int fromYear;
    int toYear;
    int years;
    QStringView notes;
};

const ProjectData projects[] = {
    {u"Wsparcie dla Ukrainy – wymiana doświadczeń {year}", u"WDU {year}",
     u"Ministerstwo Spraw Zagranicznych – program Polska pomoc rozwojowa", u"PPR/{year}/WS/{nnnn}", u"PLN",
     u"UA", 2017, 2026, 1,
     u"Wizyty studyjne kadr ukraińskich samorządów i służb socjalnych: przejazdy, noclegi, tłumaczenie."},
    {u"Razem dla rodziny – polsko-ukraińska współpraca służb społecznych", u"RAZEM",
     u"Program Współpracy Transgranicznej Polska–Białoruś–Ukraina 2014–2020", u"PLBU.02.01.00-06-{nnnn}/{yy}",
     u"EUR", u"UA", 2016, 2020, 3, u"Partnerstwo z miastami obwodu lwowskiego i wołyńskiego."},
    {u"Wspólne usługi społeczne na pograniczu", u"WUSP", u"Program Interreg Polska–Ukraina 2021–2027",
     u"PLUA.04.01-IP.01-{nnnn}/{yy}", u"EUR", u"UA", 2023, 2026, 2, u""},
    {u"Lepsze usługi społeczne dzięki współpracy z Norwegią", u"NORSOC", u"Fundusze EOG",
     u"EOG/{yy}/K2/W/{nnnn}", u"EUR", u"NO", 2017, 2024, 2, u"Wymiana kadr z gminami norweskimi."},
    {u"Nordic Ways – skandynawskie wzorce pracy socjalnej", u"NORDIC", u"Fundusze norweskie",
     u"FN/{yy}/{nnnn}", u"EUR", u"NO,SE", 2018, 2025, 2, u""},
    {u"Mobilność kadry pomocy społecznej {year}", u"MOB {year}", u"Erasmus+", u"{year}-1-PL01-KA104-0{nnnn}",
     u"EUR", u"NO,CZ,LT,DE,SE", 2016, 2026, 2,
     u"Wyjazdy szkoleniowe pracowników socjalnych i kadry kierowniczej."},
    {u"Przeciwdziałanie przemocy – wymiana polsko-czeska", u"STOP-PRZEMOC", u"Interreg Czechy–Polska",
     u"CZ.11.4.120/0.0/0.0/{yy}_{nnnn}", u"EUR", u"CZ", 2017, 2025, 2, u""},
    {u"Wspólne standardy pieczy zastępczej w Polsce i na Litwie", u"PIECZA-LT", u"Interreg Litwa–Polska",
     u"LT-PL-{yy}R-{nnnn}", u"EUR", u"LT", 2017, 2024, 2, u""},
    {u"Sąsiedzi – samorządy Polski i Niemiec dla seniorów", u"SĄSIEDZI",
     u"Fundacja Współpracy Polsko-Niemieckiej", u"FWPN/{year}/{nnnn}", u"PLN", u"DE", 2018, 2026, 1, u""},
    {u"Kompetentna kadra – kompetentna pomoc", u"KKKP", u"Europejski Fundusz Społeczny Plus",
     u"FEMA.07.01-IP.01-{nnnn}/{yy}", u"PLN", u"PL", 2023, 2026, 2, u""},
    {u"Mazowsze dla seniorów – usługi opiekuńcze w gminach", u"MdS",
     u"Regionalny Program Operacyjny Województwa Mazowieckiego", u"RPMA.09.02.01-14-{nnnn}/{yy}", u"PLN",
     u"PL", 2016, 2021, 3, u""},
    {u"Deinstytucjonalizacja w praktyce – wizyty studyjne", u"DI-PRAKTYKA",
     u"Program Operacyjny Wiedza Edukacja Rozwój", u"POWR.02.08.00-00-{nnnn}/{yy}", u"PLN", u"PL,NO,SE", 2017,
     2022, 2, u""},
    {u"Akademia koordynatorów współpracy międzynarodowej", u"AKWM",
     u"Rządowy Program Fundusz Inicjatyw Obywatelskich NOWEFIO", u"NOWEFIO/{year}/{nnnn}", u"PLN", u"PL,UA",
     2019, 2026, 1, u""},
    {u"Solidarni z Ukrainą: usługi socjalne w hromadach", u"SOLIDARNI", u"Ambasada Królestwa Norwegii",
     u"NOR/{year}/{nnnn}", u"PLN", u"UA,NO", 2022, 2026, 1, u""},
    {u"Bałtycka sieć usług społecznych", u"BALTSOC", u"Program Interreg Południowy Bałtyk",
     u"STHB.04.01.00-{nnnn}/{yy}", u"EUR", u"LT,SE,DE", 2017, 2024, 3, u""},
    {u"Rodzina w centrum – wsparcie dzienne dla dzieci", u"RwC", u"Samorząd Województwa Mazowieckiego",
     u"MCPS/{year}/{nnnn}", u"PLN", u"PL", 2016, 2026, 1, u""},
    {u"Weterani i ich rodziny – doświadczenia dla Ukrainy", u"VET-UA",
     u"Ministerstwo Spraw Zagranicznych – program Polska pomoc rozwojowa", u"PPR/{year}/VET/{nnnn}", u"PLN",
     u"UA", 2023, 2026, 1, u""},
    {u"Karpackie partnerstwo służb społecznych", u"KARPATY",
     u"Program Interreg NEXT Polska–Ukraina 2021–2027", u"PLUA.02.03-IP.01-{nnnn}/{yy}", u"EUR", u"UA,CZ",
     2024, 2026, 2, u""},
};

struct GroupData
{
    QStringView name;
    QStringView meetingPl; // a meeting's title, before " – {city}"
    QStringView meetingUk; // the same in Ukrainian
    int intervalDays;
    QStringView countries;
    int fromYear;
    QStringView notes;
    QStringView region = {}; // members from one voivodeship only
};

const GroupData groups[] = {
    {u"Grupa Wymiany Doświadczeń w zakresie usług opiekuńczych",
     u"Spotkanie Grupy Wymiany Doświadczeń w zakresie usług opiekuńczych",
     u"Зустріч Групи обміну досвідом у сфері послуг догляду", 60, u"PL", 2017,
     u"Spotkania mniej więcej co dwa miesiące, gospodarz rotacyjnie; prezentacje dobrych praktyk, standardy "
     u"usług."},
    {u"Sieć partnerska miast Polski Wschodniej i Ukrainy", u"Spotkanie sieci partnerskiej miast",
     u"Зустріч партнерської мережі міст", 90, u"PL,UA", 2016, u""},
    {u"Forum dyrektorów MOPS i MOPR miast na prawach powiatu", u"Forum dyrektorów MOPS i MOPR",
     u"Форум директорів міських центрів соціальної допомоги", 120, u"PL", 2016, u""},
    {u"Polsko-Ukraińska Sieć Centrów Usług Socjalnych",
     u"Spotkanie Polsko-Ukraińskiej Sieci Centrów Usług Socjalnych",
     u"Зустріч Польсько-української мережі центрів соціальних послуг", 60, u"PL,UA", 2019, u""},
    {u"Grupa robocza ds. pieczy zastępczej", u"Spotkanie grupy roboczej ds. pieczy zastępczej",
     u"Зустріч робочої групи з питань альтернативного догляду", 45, u"PL", 2018,
     u"Koordynatorzy rodzinnej pieczy zastępczej z powiatów Mazowsza.", u"województwo mazowieckie"},
    {u"Konwent Dyrektorów Powiatowych Centrów Pomocy Rodzinie Mazowsza", u"Konwent Dyrektorów PCPR Mazowsza",
     u"Конвент директорів повітових центрів допомоги сім’ї Мазовша", 60, u"PL", 2016, u"",
     u"województwo mazowieckie"},
    {u"Partnerstwo miast Lublin – Łuck – Równe", u"Spotkanie partnerstwa miast Lublin – Łuck – Równe",
     u"Зустріч партнерства міст Люблін – Луцьк – Рівне", 120, u"PL,UA", 2017, u""},
    {u"Nordycko-polska sieć wymiany praktyk socjalnych", u"Spotkanie nordycko-polskiej sieci wymiany praktyk",
     u"Зустріч скандинавсько-польської мережі обміну практиками", 180, u"PL,NO,SE", 2018,
     u"Spotkania dwa razy w roku, na przemian w Polsce i w Skandynawii."},
    {u"Sieć Miast Przyjaznych Seniorom", u"Spotkanie Sieci Miast Przyjaznych Seniorom",
     u"Зустріч Мережі міст, дружніх до людей похилого віку", 90, u"PL", 2017, u""},
    {u"Grupa Wymiany Doświadczeń Centrów Usług Społecznych", u"Spotkanie Grupy Wymiany Doświadczeń CUS",
     u"Зустріч Групи обміну досвідом центрів соціальних послуг", 60, u"PL", 2020, u""},
    {u"Karpacka sieć współpracy służb społecznych (PL–UA–CZ)", u"Spotkanie Karpackiej sieci współpracy",
     u"Зустріч Карпатської мережі співпраці", 120, u"PL,UA,CZ", 2019, u""},
    {u"Bałtycka sieć pomocy społecznej (PL–LT–SE)", u"Spotkanie Bałtyckiej sieci pomocy społecznej",
     u"Зустріч Балтійської мережі соціальної допомоги", 180, u"PL,LT,SE", 2018, u""},
    {u"Polsko-czeska grupa ds. przeciwdziałania przemocy", u"Spotkanie polsko-czeskiej grupy ds. przemocy",
     u"Зустріч польсько-чеської групи з протидії насильству", 120, u"PL,CZ", 2017, u""},
    {u"Polsko-niemiecki dialog o usługach dla seniorów", u"Spotkanie polsko-niemieckiego dialogu o seniorach",
     u"Зустріч польсько-німецького діалогу про послуги для літніх людей", 180, u"PL,DE", 2019, u""},
    {u"Koalicja na rzecz wsparcia uchodźców z Ukrainy", u"Spotkanie Koalicji na rzecz wsparcia uchodźców",
     u"Зустріч Коаліції підтримки біженців з України", 30, u"PL,UA", 2022,
     u"Od marca 2022: punkty recepcyjne, zakwaterowanie, dostęp do świadczeń."},
};

// ---------------------------------------------------------------------------------------------
// Vocabulary: visits

struct Topic
{
    QStringView pl;
    QStringView uk;
    QStringView en;
};

const Topic visitTopics[] = {
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

const Topic warTopics[] = {
    {u"wsparcie osób wewnętrznie przesiedlonych", u"підтримка внутрішньо переміщених осіб",
     u"support for internally displaced people"},
    {u"wsparcie weteranów i ich rodzin", u"підтримка ветеранів та їхніх сімей",
     u"support for veterans and families"},
    {u"pomoc psychologiczna po doświadczeniu wojny", u"психологічна допомога після досвіду війни",
     u"psychological help after war experience"},
    {u"integracja uchodźców w społeczności lokalnej", u"інтеграція біженців у місцевій громаді",
     u"integrating refugees in the local community"},
};

const Topic conferenceThemes[] = {
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

const QStringView visitNotes[] = {
    u"Delegacja przyjeżdża autokarem; parking przy hotelu zarezerwowany.",
    u"Tłumaczenie zapewnia strona przyjmująca.",
    u"Listy obecności obowiązkowe – rozliczenie w projekcie.",
    u"Program uzgodniony z partnerem mailowo; ostateczna wersja do akceptacji dyrektora.",
    u"Materiały dla uczestników w dwóch językach.",
    u"Ubezpieczenie uczestników po stronie wysyłającej.",
    u"Catering na miejscu zapewnia gospodarz; kolacje w restauracji hotelowej.",
};

const QStringView cancellationNotes[] = {
    u"Odwołana na prośbę partnera.",
    u"Przełożona – nowy termin do ustalenia.",
    u"Odwołana: brak potwierdzenia finansowania.",
};

const QStringView hotels[] = {
    u"Hotel „Centrum”",    u"Hotel „Polonia”",         u"Hotel „Aria”",     u"Hotel „Stare Miasto”",
    u"Hotel „Nad Wisłą”",  u"Hotel „Pod Różą”",        u"Hotel „Mazowsze”", u"Hotel „Panorama”",
    u"Hotel „Europejski”", u"Dom Gościnny „Przystań”", u"Hotel „Park”",     u"Hostel „Kamienica”",
};

const QStringView participantNotes[] = {
    u"Pokój jednoosobowy.",
    u"Dojazd własnym samochodem.",
    u"Wyjeżdża dzień wcześniej – uzgodnione.",
    u"Przyjazd późnym wieczorem – klucz w recepcji.",
    u"Faktura na instytucję.",
    u"Pierwszy raz w Polsce.",
};

// ---------------------------------------------------------------------------------------------
// Vocabulary: programmes

/// A session's title and, for some, a description, in Polish and Ukrainian.
struct SessionText
{
    QStringView pl;
    QStringView uk;
    QStringView descriptionPl;
    QStringView descriptionUk;
};

const SessionText presentations[] = {
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

const SessionText workshops[] = {
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

const SessionText panels[] = {
    {u"Panel dyskusyjny: współpraca pomocy społecznej, policji i szkoły",
     u"Панельна дискусія: співпраця соціальних служб, поліції та школи", u"", u""},
    {u"Panel: rola samorządu w integracji uchodźców", u"Панель: роль самоврядування в інтеграції біженців",
     u"", u""},
    {u"Debata: usługi społeczne w małych gminach", u"Дебати: соціальні послуги в малих громадах", u"", u""},
    {u"Panel: finansowanie usług społecznych ze środków europejskich",
     u"Панель: фінансування соціальних послуг з європейських коштів", u"", u""},
    {u"Panel ekspertów: przyszłość opieki długoterminowej",
     u"Панель експертів: майбутнє довготривалого догляду", u"", u""},
    {u"Dyskusja: organizacje pozarządowe jako partner samorządu",
     u"Дискусія: громадські організації як партнер самоврядування", u"", u""},
};

const SessionText meetings[] = {
    {u"Spotkanie robocze: plan dalszej współpracy", u"Робоча зустріч: план подальшої співпраці", u"", u""},
    {u"Spotkanie z władzami miasta", u"Зустріч з керівництвом міста", u"", u""},
    {u"Spotkanie z zespołem interdyscyplinarnym", u"Зустріч з міждисциплінарною командою", u"", u""},
    {u"Podsumowanie dnia", u"Підсумки дня", u"", u""},
    {u"Spotkanie z radą seniorów", u"Зустріч з радою старійшин громади", u"", u""},
};

const SessionText culture[] = {
    {u"Wieczór w filharmonii", u"Вечір у філармонії", u"", u""},
    {u"Spektakl w teatrze miejskim", u"Вистава в міському театрі", u"", u""},
    {u"Spacer po Starym Mieście", u"Прогулянка Старим містом", u"", u""},
    {u"Wizyta w muzeum regionalnym", u"Відвідування регіонального музею", u"", u""},
    {u"Koncert zespołu ludowego", u"Концерт фольклорного ансамблю", u"", u""},
    {u"Wieczór integracyjny", u"Вечір знайомств", u"", u""},
};

const QStringView rooms[] = {
    u"sala konferencyjna", u"sala konferencyjna, parter", u"sala nr 12", u"sala 104",  u"aula",
    u"sala posiedzeń",     u"sala szkoleniowa, I piętro", u"świetlica",  u"pokój 205", u"sala warsztatowa",
};

const QStringView restaurants[] = {
    u"Restauracja „Stary Młyn”",      u"Bistro „Pod Lipą”",
    u"Restauracja „Rynek 7”",         u"Karczma „Pod Kogutem”",
    u"Restauracja „Zielona Weranda”", u"Bar „Pod Arkadami”",
    u"Restauracja „Ogrody”",          u"Restauracja „Przystań”",
};

const QStringView culturalPlaces[] = {
    u"Filharmonia", u"Teatr Miejski", u"Muzeum Regionalne", u"Dom Kultury", u"Centrum Kultury",
};

const QStringView sessionNotes[] = {
    u"Bez zdjęć.",
    u"Obuwie zmienne.",
    u"Prosimy o punktualność – autokar odjeżdża o czasie.",
    u"Catering zapewnia gospodarz.",
    u"Materiały w teczkach uczestników.",
};

const QStringView interpretationModes[] = {
    u"tłumaczenie konsekutywne",
    u"tłumaczenie konsekutywne",
    u"tłumaczenie szeptane",
};

} // namespace

namespace {

// ---------------------------------------------------------------------------------------------
// Random choices

/// std::mt19937 with the reductions done here: the standard distributions are not the same in
/// every standard library, and the file must be.
class Random final
{
public:
    explicit Random(quint32 seed) : m_engine(seed) {}

    quint32 next() { return quint32(m_engine()); }
    /// 0 … n-1 (0 when n < 2).
    int below(int n) { return n < 2 ? 0 : int((quint64(next()) * quint64(n)) >> 32); }
    qint64 below64(qint64 n) { return n < 2 ? 0 : qint64(((quint64(next()) << 32) | next()) % quint64(n)); }
    int between(int low, int high) { return low + below(high - low + 1); }
    bool percent(int p) { return below(100) < p; }
    bool permille(int p) { return below(1000) < p; }

    template <typename T, std::size_t N>
    const T& pick(const T (&items)[N])
    {
        return items[below(int(N))];
    }
    template <typename T, std::size_t N>
    const T& pick(const std::array<T, N>& items)
    {
        return items[below(int(N))];
    }
    template <typename T>
    const T& pick(const std::vector<T>& items)
    {
        return items[below(int(items.size()))];
    }

    /// An index into `weights`, each chosen in proportion to its weight.
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int weight : weights) {
            total += weight;
        }
        int r = below(total);
        int index = 0;
        for (const int weight : weights) {
            if (r < weight) {
                return index;
            }
            r -= weight;
            ++index;
        }
        return 0;
    }

    template <typename T>
    void shuffle(std::vector<T>& items)
    {
        for (int i = int(items.size()) - 1; i > 0; --i) {
            std::swap(items[std::size_t(i)], items[std::size_t(below(i + 1))]);
        }
    }

private:
    std::mt19937 m_engine;
};

/// Picks among items with integer weights, in O(log n) per pick.
class WeightedTable final
{
public:
    void add(int item, qint64 weight)
    {
        if (weight <= 0) {
            return;
        }
        m_total += weight;
        m_items.push_back(item);
        m_bounds.push_back(m_total);
    }
    bool isEmpty() const { return m_items.empty(); }
    int pick(Random& random) const
    {
        if (m_items.empty()) {
            return -1;
        }
        const qint64 r = random.below64(m_total);
        const auto at = std::upper_bound(m_bounds.cbegin(), m_bounds.cend(), r);
        return m_items[std::size_t(at - m_bounds.cbegin())];
    }

private:
    std::vector<int> m_items;
    std::vector<qint64> m_bounds;
    qint64 m_total = 0;
};

/// Splits `total` into parts proportional to `weights`, summing exactly to `total`.
std::vector<int> apportion(int total, const std::vector<int>& weights)
{
    std::vector<int> parts(weights.size(), 0);
    qint64 sum = 0;
    for (const int weight : weights) {
        sum += std::max(weight, 0);
    }
    if (sum == 0 || total <= 0) {
        return parts;
    }
    qint64 cumulative = 0;
    qint64 given = 0;
    for (std::size_t i = 0; i < weights.size(); ++i) {
        cumulative += std::max(weights[i], 0);
        const qint64 upTo = qint64(total) * cumulative / sum;
        parts[i] = int(upTo - given);
        given = upTo;
    }
    return parts;
}

// ---------------------------------------------------------------------------------------------
// Text

/// Replaces each {token} of `pattern` with its value.
QString fill(QStringView pattern, std::initializer_list<std::pair<QStringView, QString>> values)
{
    QString text = pattern.toString();
    for (const auto& [token, value] : values) {
        text.replace(token.toString(), value);
    }
    return text;
}

QString capitalized(QStringView text)
{
    if (text.isEmpty()) {
        return {};
    }
    return text.first(1).toString().toUpper() + text.sliced(1).toString();
}

/// "ze Lwowa" → "Lwowa": the genitive inside a "from" phrase.
QString withoutPreposition(QStringView phrase)
{
    const qsizetype space = phrase.indexOf(u' ');
    return space < 0 ? phrase.toString() : phrase.sliced(space + 1).toString();
}

/// Polish "z" or "ze" before a city's genitive: "ze Szczecina", "z Płocka".
QString fromPolishCity(QStringView genitive)
{
    static const QString sibilants = u"sSzZśŚźŹżŻ"_s;
    static const QString vowels = u"aąeęioóuyAĄEĘIOÓUY"_s;
    const bool ze =
        genitive.size() > 1 && sibilants.contains(genitive.at(0)) && !vowels.contains(genitive.at(1));
    return (ze ? u"ze "_s : u"z "_s) + genitive.toString();
}

QString feminineFamilyName(QStringView man, bool ukrainian)
{
    if (ukrainian) {
        return man.endsWith(u"ий") ? man.chopped(2).toString() + u'а' : man.toString();
    }
    return man.endsWith(u"ki") ? man.chopped(1).toString() + u'a' : man.toString();
}

/// A Ukrainian letter in Latin letters by the official table of 2010 (KMU, what a passport shows),
/// and at the start of a word where that differs.
struct Transliteration
{
    char16_t cyrillic;
    QStringView latin;
    QStringView initial;
};

const Transliteration kmu2010[] = {
    {u'а', u"a", u"a"},   {u'б', u"b", u"b"},       {u'в', u"v", u"v"},   {u'г', u"h", u"h"},
    {u'ґ', u"g", u"g"},   {u'д', u"d", u"d"},       {u'е', u"e", u"e"},   {u'є', u"ie", u"ye"},
    {u'ж', u"zh", u"zh"}, {u'з', u"z", u"z"},       {u'и', u"y", u"y"},   {u'і', u"i", u"i"},
    {u'ї', u"i", u"yi"},  {u'й', u"i", u"y"},       {u'к', u"k", u"k"},   {u'л', u"l", u"l"},
    {u'м', u"m", u"m"},   {u'н', u"n", u"n"},       {u'о', u"o", u"o"},   {u'п', u"p", u"p"},
    {u'р', u"r", u"r"},   {u'с', u"s", u"s"},       {u'т', u"t", u"t"},   {u'у', u"u", u"u"},
    {u'ф', u"f", u"f"},   {u'х', u"kh", u"kh"},     {u'ц', u"ts", u"ts"}, {u'ч', u"ch", u"ch"},
    {u'ш', u"sh", u"sh"}, {u'щ', u"shch", u"shch"}, {u'ь', u"", u""},     {u'ю', u"iu", u"yu"},
    {u'я', u"ia", u"ya"}, {u'’', u"", u""},         {u'\'', u"", u""},    {u'ʼ', u"", u""},
};

/// Ukrainian in Latin letters (KMU 2010); other characters are kept.
QString transliterated(QStringView text)
{
    QString latin;
    latin.reserve(text.size() * 2);
    bool wordStart = true;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const char16_t lower = c.toLower().unicode();
        const auto found = std::find_if(std::begin(kmu2010), std::end(kmu2010),
                                        [lower](const Transliteration& t) { return t.cyrillic == lower; });
        QStringView part = text.sliced(i, 1);
        if (found != std::end(kmu2010)) {
            part = wordStart ? found->initial : found->latin;
            if (lower == u'г' && i > 0 && text.at(i - 1).toLower() == u'з') {
                part = u"gh"; // "зг" is "zgh", so that it is not read as "ж"
            }
        }
        if (c.isUpper() && !part.isEmpty()) {
            latin += part.first(1).toString().toUpper();
            latin += part.sliced(1);
        } else {
            latin += part;
        }
        // An apostrophe inside a word does not start a new one: "Кам’янець" is "Kamianets".
        wordStart = !c.isLetter() && (found == std::end(kmu2010) || !found->latin.isEmpty() || lower == u'ь');
    }
    return latin;
}

/// Latin letters that Unicode does not decompose into a base letter and a mark.
const std::pair<char16_t, QStringView> undecomposed[] = {
    {u'ł', u"l"}, {u'ø', u"o"}, {u'æ', u"ae"}, {u'ß', u"ss"}, {u'đ', u"d"},
};

/// "MOPS Płock" → "mops-plock", "МЦСС Львів" → "mtsss-lviv": for made-up web and mail addresses.
QString asciiSlug(QStringView text)
{
    const QString decomposed = transliterated(text).normalized(QString::NormalizationForm_D);
    QString slug;
    bool gap = false;
    for (const QChar c : decomposed) {
        const char16_t lower = c.toLower().unicode();
        QString letters;
        if ((lower >= u'a' && lower <= u'z') || (lower >= u'0' && lower <= u'9')) {
            letters = QChar(lower);
        }
        for (const auto& [letter, ascii] : undecomposed) {
            if (letter == lower) {
                letters = ascii.toString();
            }
        }
        if (!letters.isEmpty()) {
            if (gap && !slug.isEmpty()) {
                slug += u'-';
            }
            slug += letters;
            gap = false;
        } else if (c.category() != QChar::Mark_NonSpacing) {
            gap = true;
        }
    }
    return slug;
}

QString digits(Random& random, int count)
{
    QString text;
    text.reserve(count);
    for (int i = 0; i < count; ++i) {
        text += QChar(u'0' + random.below(10));
    }
    return text;
}

QString twoDigits(int value)
{
    return QString(QChar(u'0' + value / 10)) + QChar(u'0' + value % 10);
}

const CountryData& country(QStringView code)
{
    for (const CountryData& data : countries) {
        if (data.code == code) {
            return data;
        }
    }
    return countries[0];
}

// ---------------------------------------------------------------------------------------------
// The model, planned in memory before it is written

struct City
{
    QString name; // as the city column holds it: Polish names for Ukrainian cities, as the sample does
    QString country;
    QString in;       // Polish: "w Płocku"
    QString genitive; // Polish: "Płocka", "Lwowa", "Oslo"
    QString from;     // Polish: "z Płocka"
    QString uk;       // Ukrainian: "Плоцьк"
    QString fromUk;   // Ukrainian: "зі Львова" (Ukrainian cities only)
    QString stem;     // of the Ukrainian adjective: "Львівськ"
    QString localGenitive;
    QString hall;
    QString region; // in Polish
    QString postal;
    QString area;
    int size = 0;
    bool regionalCapital = false;
    std::vector<int> institutions;
    std::vector<int> people;                 // working at its institutions
    std::vector<std::pair<int, int>> travel; // (city, minutes) from the travel-time table
};

struct Institution
{
    QString name;
    QString shortName;
    QString kind;
    QString country;
    QString address;
    QString phone;
    QString email;
    QString website;
    QString notes;
    QString domain; // of its staff's e-mail addresses
    QString pl;     // the name in Polish, for a foreign institution that has one
    QString uk;     // the name in Ukrainian, for a Polish institution that has one
    int city = -1;
};

struct Person
{
    QString given;
    QString family;
    QString latinGiven;
    QString latinFamily;
    QString position;
    QString country;
    QString languages;
    QString email;
    QString phone;
    QString diet = u"none"_s;
    QString dietNote;
    QString accessibility;
    QString notes;
    int institution = -1;
    bool female = false;
    int busyUntil = 0;  // Julian day of the last day of the last visit taken part in
    int lastVisit = -1; // index of that visit
    int firstVisit = 0; // Julian day of the first visit taken part in, 0 for none
    int consentDay = 0; // Julian day, 0 for none
};

struct Project
{
    QString name;
    QString acronym;
    QString funder;
    QString agreement;
    QString currency;
    QString notes;
    QStringList focus;
    int firstDay = 0;
    int lastDay = 0;
    qint64 totalValue = 0;
    qint64 coFinancing = 0;
    std::vector<int> partners;
};

struct Group
{
    QString name;
    QString meetingPl;
    QString meetingUk;
    QString notes;
    QStringList countries;
    int intervalDays = 0;
    int fromDay = 0;
    std::vector<int> members;
    int lastMeeting = 0;
    int nextHost = 0;
};

struct Participant
{
    int id = 0;
    int person = -1;
    QString role;
    QString arrival;
    QString departure;
    QString accommodation;
    QString notes;
};

struct Visit
{
    int id = 0;
    QString title;
    QString titleUk;
    QString titleEn;
    QString kind;
    QString status;
    QString timeZone;
    QString sendingCountry;
    QString sendingRegion;
    QString workingLanguages;
    QString printLanguages;
    QString notes;
    int firstDay = 0; // Julian days
    int lastDay = 0;
    int host = -1;
    int sending = -1;
    int project = -1;
    int group = -1;
    int coordinator = -1;
    int city = -1;         // where the programme takes place
    QString guestLanguage; // what the guests speak (or the hosts, abroad), for interpretation
    QString venueLanguage; // what the sessions are held in
    QString hotel;         // for visits with nights
    bool ukTexts = false;  // Ukrainian titles for the visit and its sessions
    std::vector<Participant> participants;
    int sessions = 0;
};

/// One programme item, as written.
struct Session
{
    QString startsAt;
    QString endsAt;
    QString title;
    QString titleUk;
    QString description;
    QString descriptionUk;
    QString kind;
    QString room;
    QString address;
    QString city;
    QString language;
    QString interpretation;
    QString notes;
    int venue = -1;
    bool wholeDelegation = true;
    std::vector<std::pair<int, QString>> people; // (person, role)
    std::vector<int> audience;                   // participant ids
};

} // namespace

namespace {

int julian(const QDate& day)
{
    return int(day.toJulianDay());
}

/// A coordinator of the office, and the years they worked there.
struct Coordinator
{
    int person = -1;
    int fromYear = 0;
    int toYear = 0;
};

/// Plans the whole data set in memory, then writes it (see write()). All randomness is drawn here,
/// in a fixed order.
class Generator final
{
public:
    Generator(const BenchmarkScale& scale, quint32 seed) : m_scale(scale), m_random(seed) {}

    void plan();
    Status write(QSqlDatabase connection);

private:
    // Places
    void addCities();
    int cityIndex(QStringView name) const;
    QString address(const City& city);
    QString streetAndNumber(const City& city);
    QString phone(const City& city);

    // Institutions
    void planInstitutions();
    int addInstitution(Institution institution, int city);
    void finishInstitution(Institution& institution, const City& city);
    void addHomeInstitution();
    void addPolishCity(int city, int count);
    bool addPolishGroup(int city, int group);
    void addPolishTemplate(int city, int index);
    void addWarsawDistricts(int city, int& made, int count);
    void addUniversities(int city, int& made, int count);
    void addUkrainianCity(int city, int count);
    void addUkrainianTemplate(int city, int index);
    void addForeignCity(int city, int count);
    QString uniqueName(const QString& name, const City& city);
    void indexInstitutions();

    // People
    void planPeople();
    void addCoordinators(int count);
    Person makePerson(QStringView countryCode, bool female);
    QString position(QStringView countryCode, QStringView kind, bool female);
    void addContacts(Person& person, const QString& domain);
    void addDietAndNotes(Person& person);
    Person makeFreelancer();
    void indexPeople();

    // Projects and exchange groups
    void planProjects();
    void planGroups();
    std::vector<int> pickPartners(const QStringList& countries, int count, bool withHome);
    std::vector<int> regionalMembers(QStringView region, int count);

    // Visits (their participants, titles and status)
    void planVisits();
    std::vector<int> firstDays(int count);
    static int dayWeight(const QDate& day);
    QString chooseKind(const QDate& day);
    int chooseLength(QStringView kind);
    void planIncoming(Visit& visit, int index);
    void planOutgoing(Visit& visit, int index);
    bool planGroupMeeting(Visit& visit, int index);
    void planConference(Visit& visit, int index);
    void planWorkingMeeting(Visit& visit, int index);
    QString incomingCountry(const QDate& day);
    QString outgoingCountry(const QDate& day);
    int pickPolishHost();
    int pickPartner(QStringView countryCode);
    void setLanguages(Visit& visit, QStringView partnerCountry);
    void assignProject(Visit& visit, QStringView partnerCountry, int percent);
    void setStatus(Visit& visit);
    void assignCoordinator(Visit& visit);
    Topic topic(const QDate& day, bool ukrainian, const Visit& visit);
    bool colleagueTranslates(const QDate& day);
    void setCityAndZone(Visit& visit, int host);

    // Participants
    bool isFree(int person, const Visit& visit, int index) const;
    void book(int person, const Visit& visit, int index);
    int takeFree(const std::vector<int>& pool, const Visit& visit, int index, int count,
                 std::vector<int>& taken);
    void takeDelegation(const std::vector<const std::vector<int>*>& pools, const Visit& visit, int index,
                        int count, std::vector<int>& taken);
    void addParticipant(Visit& visit, int person, QStringView role, bool travels);
    void addInterpreters(Visit& visit, int index, int count);
    void addOrganiser(Visit& visit, int index, bool travels);
    void addGuide(Visit& visit, int index);
    QString hotelFor(const Visit& visit);
    void allocateSessions();
    void setConsentDates();

    // Writing
    Status writeInstitutions(QSqlDatabase& db);
    Status writePeople(QSqlDatabase& db);
    Status writeProjectsAndGroups(QSqlDatabase& db);
    Status writeVisits(QSqlDatabase& db);
    Status writeProgrammes(QSqlDatabase& db);
    Status writeSettings(QSqlDatabase& db);

    BenchmarkScale m_scale;
    Random m_random;

    std::vector<City> m_cities;
    std::vector<Institution> m_institutions;
    std::vector<Person> m_people;
    std::vector<Project> m_projects;
    std::vector<Group> m_groups;
    std::vector<Visit> m_visits;
    std::vector<Coordinator> m_coordinators;

    int m_home = -1; // the office's own institution
    QSet<QString> m_institutionNames;
    std::map<std::pair<int, int>, int> m_templateCounters; // (template, city) → how many so far
    std::vector<std::vector<int>> m_staff;                 // people by institution
    std::map<QString, std::vector<int>> m_peopleByCountry; // affiliated people
    std::map<QString, std::vector<int>> m_interpreters;    // by language
    std::vector<int> m_guides;
    std::vector<int> m_experts;
    std::map<QString, WeightedTable> m_partners; // institutions that send, host abroad or join networks
    WeightedTable m_polishHosts;
    WeightedTable m_staffedInstitutions;
    std::map<QString, std::vector<int>> m_positionIndex; // "PL/city_hall" → positions
    int m_nextParticipantId = 1;
};

// ---------------------------------------------------------------------------------------------
// Places

void Generator::addCities()
{
    for (const PolishCityData& data : polishCities) {
        City city;
        city.name = data.name.toString();
        city.country = u"PL"_s;
        city.in = data.in.toString();
        city.genitive = data.genitive.toString();
        city.from = fromPolishCity(data.genitive);
        city.uk = data.uk.toString();
        city.region = u"województwo "_s + data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        city.regionalCapital =
            std::any_of(std::begin(regionalCentres), std::end(regionalCentres),
                        [&](const RegionalCentreData& centre) { return centre.city == data.name; });
        m_cities.push_back(std::move(city));
    }
    for (const UkrainianCityData& data : ukrainianCities) {
        City city;
        city.name = data.pl.toString();
        city.country = u"UA"_s;
        city.in = data.inPl.toString();
        city.genitive = withoutPreposition(data.fromPl);
        city.from = data.fromPl.toString();
        city.uk = data.uk.toString();
        city.fromUk = data.fromUk.toString();
        city.stem = data.stem.toString();
        city.region = data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        city.regionalCapital = data.regionalCapital;
        m_cities.push_back(std::move(city));
    }
    for (const ForeignCityData& data : foreignCities) {
        City city;
        city.name = data.name.toString();
        city.country = data.country.toString();
        city.genitive = withoutPreposition(data.fromPl);
        city.from = data.fromPl.toString();
        city.uk = data.uk.toString();
        city.localGenitive = data.genitive.toString();
        city.hall = data.hall.toString();
        city.region = data.region.toString();
        city.postal = data.postal.toString();
        city.area = data.area.toString();
        city.size = data.size;
        m_cities.push_back(std::move(city));
    }
    for (const TravelData& pair : travelTimes) {
        const int a = cityIndex(pair.a);
        const int b = cityIndex(pair.b);
        if (a >= 0 && b >= 0) {
            m_cities[std::size_t(a)].travel.emplace_back(b, pair.minutes);
            m_cities[std::size_t(b)].travel.emplace_back(a, pair.minutes);
        }
    }
}

int Generator::cityIndex(QStringView name) const
{
    for (std::size_t i = 0; i < m_cities.size(); ++i) {
        if (m_cities[i].name == name) {
            return int(i);
        }
    }
    return -1;
}

QString Generator::streetAndNumber(const City& city)
{
    const QString number = QString::number(m_random.between(1, 120));
    if (city.country == u"PL") {
        return m_random.pick(streetsPl).toString() + u' ' + number;
    }
    if (city.country == u"UA") {
        return m_random.pick(streetsUk).toString() + u", "_s + number;
    }
    for (const StreetList& list : foreignStreets) {
        if (list.country == city.country) {
            return m_random.pick(list.streets).toString() + u' ' + number;
        }
    }
    return number;
}

QString Generator::address(const City& city)
{
    QString street = streetAndNumber(city);
    if (city.country == u"PL") {
        if (m_random.percent(15)) {
            street += u'/' + QString::number(m_random.between(1, 12));
        }
        return u"%1, %2-%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    if (city.country == u"UA") {
        return u"%1, %2, %3%4"_s.arg(street, city.uk, city.postal, digits(m_random, 3));
    }
    if (city.country == u"NO") {
        return u"%1, %2%3 %4"_s.arg(street, city.postal, digits(m_random, 2), city.name);
    }
    if (city.country == u"LT") {
        return u"%1, LT-%2%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    if (city.country == u"DE") {
        return u"%1, %2%3 %4"_s.arg(street, city.postal, digits(m_random, 3), city.name);
    }
    // Czech and Swedish codes: "755 01 Vsetín", "111 22 Stockholm"
    return u"%1, %2 %3 %4"_s.arg(street, city.postal, digits(m_random, 2), city.name);
}

QString Generator::phone(const City& city)
{
    // "000" in the middle: made-up numbers, as in the sample data
    return u"%1 %2 000 %3 %4"_s.arg(country(city.country).phonePrefix, city.area, digits(m_random, 2),
                                    digits(m_random, 2));
}

// ---------------------------------------------------------------------------------------------
// Institutions

void Generator::planInstitutions()
{
    const int total = m_scale.institutions;
    if (total <= 0) {
        return;
    }
    addHomeInstitution();

    // Shares of the foreign institutions, per mille; the rest are Polish.
    const std::pair<QStringView, int> shares[] = {
        {u"UA", 270}, {u"NO", 30}, {u"CZ", 30}, {u"LT", 20}, {u"DE", 20}, {u"SE", 10},
    };
    std::map<QString, int> counts;
    int foreign = 0;
    for (const auto& [code, share] : shares) {
        const int count = std::min((total - 1) * share / 1000, total - 1 - foreign);
        counts[code.toString()] = count;
        foreign += count;
    }
    counts[u"PL"_s] = total - 1 - foreign;

    for (const QString& code : {u"PL"_s, u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s}) {
        std::vector<int> cityIndexes;
        std::vector<int> weights;
        for (std::size_t i = 0; i < m_cities.size(); ++i) {
            const City& city = m_cities[i];
            if (city.country != code) {
                continue;
            }
            static constexpr int polishWeights[] = {140, 36, 16, 9, 5};
            static constexpr int otherWeights[] = {16, 16, 13, 10, 8};
            cityIndexes.push_back(int(i));
            weights.push_back(code == u"PL" ? polishWeights[city.size] : otherWeights[city.size]);
        }
        const std::vector<int> perCity = apportion(counts[code], weights);
        for (std::size_t i = 0; i < cityIndexes.size(); ++i) {
            if (code == u"PL") {
                addPolishCity(cityIndexes[i], perCity[i]);
            } else if (code == u"UA") {
                addUkrainianCity(cityIndexes[i], perCity[i]);
            } else {
                addForeignCity(cityIndexes[i], perCity[i]);
            }
        }
    }
    indexInstitutions();
}

int Generator::addInstitution(Institution institution, int city)
{
    institution.city = city;
    finishInstitution(institution, m_cities[std::size_t(city)]);
    m_institutionNames.insert(institution.name);
    m_institutions.push_back(std::move(institution));
    const int index = int(m_institutions.size()) - 1;
    m_cities[std::size_t(city)].institutions.push_back(index);
    return index;
}

void Generator::finishInstitution(Institution& institution, const City& city)
{
    institution.country = city.country;
    if (institution.address.isEmpty()) {
        institution.address = address(city);
    }
    if (m_random.percent(85)) {
        institution.phone = phone(city);
    }
    const QString slug =
        asciiSlug(institution.shortName.isEmpty() ? institution.name : institution.shortName);
    institution.domain = (slug.isEmpty() ? u"instytucja"_s : slug) + u".example"_s;
    if (m_random.percent(80)) {
        institution.email = country(city.country).mailbox.toString() + u'@' + institution.domain;
    }
    if (m_random.percent(55)) {
        institution.website = u"https://"_s + institution.domain;
    }
    if (m_random.percent(5)) {
        institution.notes = m_random.pick(institutionNotes).toString();
    }
}

/// Makes `name` unique among the institutions: the same foundation name in two cities gets its city.
QString Generator::uniqueName(const QString& name, const City& city)
{
    if (!m_institutionNames.contains(name)) {
        return name;
    }
    QString candidate = u"%1 (%2)"_s.arg(name, city.name);
    for (int n = 2; m_institutionNames.contains(candidate); ++n) {
        candidate = u"%1 (%2, %3)"_s.arg(name, city.name).arg(n);
    }
    return candidate;
}

void Generator::addHomeInstitution()
{
    const int warsaw = cityIndex(u"Warszawa");
    Institution home;
    home.name = u"Mazowieckie Centrum Polityki Społecznej"_s;
    home.shortName = u"MCPS"_s;
    home.uk = u"Мазовецький центр соціальної політики"_s;
    home.kind = u"regional_centre"_s;
    home.address = u"ul. Kolejowa 12, 00-844 Warszawa"_s;
    home.notes = u"Koordynator wizyt studyjnych; sala konferencyjna na 60 osób, sala szkoleniowa."_s;
    m_home = addInstitution(std::move(home), warsaw);
    Institution& added = m_institutions[std::size_t(m_home)];
    added.phone = u"+48 22 000 76 00"_s;
    added.email = u"sekretariat@mcps.example"_s;
    added.website = u"https://mcps.example"_s;
    added.domain = u"mcps.example"_s;
}

void Generator::addPolishCity(int city, int count)
{
    int made = 0;
    const City& place = m_cities[std::size_t(city)];
    for (int group = 1; group <= 17 && made < count; ++group) {
        if (group == 2 && place.size == 0) {
            addWarsawDistricts(city, made, count);
        }
        if (group == 3 && place.regionalCapital && made < count) {
            for (const RegionalCentreData& centre : regionalCentres) {
                if (centre.city == place.name) {
                    Institution institution;
                    institution.name = centre.name.toString();
                    institution.shortName = centre.shortName.toString();
                    institution.kind = u"regional_centre"_s;
                    addInstitution(std::move(institution), city);
                    ++made;
                }
            }
        }
        if (group == 9) {
            addUniversities(city, made, count);
        }
        if (made < count && addPolishGroup(city, group)) {
            ++made;
        }
    }
    // The rest: care homes, day centres, foundations, associations, schools...
    WeightedTable repeating;
    for (std::size_t i = 0; i < std::size(polishTemplates); ++i) {
        const PolishTemplate& t = polishTemplates[i];
        if (t.group == 0 && (t.sizes & (1 << place.size))) {
            repeating.add(int(i), t.weight);
        }
    }
    for (; made < count; ++made) {
        addPolishTemplate(city, repeating.pick(m_random));
    }
}

/// One of the alternatives of `group` that the city has, if it has one: true when added.
bool Generator::addPolishGroup(int city, int group)
{
    const int sizeBit = 1 << m_cities[std::size_t(city)].size;
    WeightedTable alternatives;
    for (std::size_t i = 0; i < std::size(polishTemplates); ++i) {
        const PolishTemplate& t = polishTemplates[i];
        if (t.group == group && (t.sizes & sizeBit)) {
            alternatives.add(int(i), t.weight);
        }
    }
    if (alternatives.isEmpty()) {
        return false;
    }
    const int chosen = alternatives.pick(m_random);
    if (!m_random.percent(polishTemplates[chosen].percent)) {
        return false;
    }
    addPolishTemplate(city, chosen);
    return true;
}

void Generator::addPolishTemplate(int city, int index)
{
    const PolishTemplate& t = polishTemplates[index];
    const City& place = m_cities[std::size_t(city)];
    QString name;
    QString shortName;
    QString uk;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int n = ++m_templateCounters[{index, city}];
        const QString brand = m_random.pick(brandsPl).toString();
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{city}", place.name},
            {u"{in}", place.in},
            {u"{gen}", place.genitive},
            {u"{uk}", place.uk},
            {u"{nr}", n == 1 ? QString() : u" nr "_s + QString::number(n)},
            {u"{n}", QString::number(n)},
            {u"{brand}", brand},
            {u"{patron}", m_random.pick(patronsDps).toString()},
            {u"{school}", m_random.pick(schoolPatrons).toString()},
            {u"{purpose}", m_random.pick(foundationPurposes).toString()},
            {u"{aim}", m_random.pick(associationAims).toString()},
        };
        name = fill(t.name, values);
        shortName = fill(t.shortName, values);
        uk = fill(t.uk, values);
        if (!m_institutionNames.contains(name)) {
            break;
        }
    }
    Institution institution;
    institution.name = uniqueName(name, place);
    institution.shortName = shortName;
    institution.kind = t.kind.toString();
    if (!uk.isEmpty() && m_random.percent(place.region == u"województwo mazowieckie" ? 20 : 10)) {
        institution.uk = uk;
    }
    addInstitution(std::move(institution), city);
}

void Generator::addWarsawDistricts(int city, int& made, int count)
{
    for (const QStringView district : warsawDistricts) {
        if (made >= count) {
            return;
        }
        Institution institution;
        const bool centre = district == u"Śródmieście";
        institution.name = u"%1 Dzielnicy %2 m.st. Warszawy"_s.arg(
            centre ? u"Centrum Pomocy Społecznej"_s : u"Ośrodek Pomocy Społecznej"_s, district);
        institution.shortName = (centre ? u"CPS "_s : u"OPS "_s) + district.toString();
        institution.kind = u"social_welfare_centre"_s;
        if (m_random.percent(25)) {
            institution.uk = u"Центр соціальної допомоги району %1 м. Варшави"_s.arg(district);
        }
        addInstitution(std::move(institution), city);
        ++made;
    }
}

void Generator::addUniversities(int city, int& made, int count)
{
    const City& place = m_cities[std::size_t(city)];
    const auto addFrom = [&](const auto& list) {
        for (const UniversityData& university : list) {
            if (made >= count || university.city != place.name) {
                continue;
            }
            Institution institution;
            institution.name = university.name.toString();
            institution.shortName = university.shortName.toString();
            institution.kind = u"school_university"_s;
            if (!university.pl.isEmpty() && m_random.percent(60)) {
                institution.pl = university.pl.toString();
            }
            addInstitution(std::move(institution), city);
            ++made;
        }
    };
    if (place.country == u"UA") {
        addFrom(ukrainianUniversities);
    } else {
        addFrom(polishUniversities);
    }
}

void Generator::indexInstitutions()
{
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        const Institution& institution = m_institutions[i];
        const QString& kind = institution.kind;
        const bool masovian = m_cities[std::size_t(institution.city)].region == u"województwo mazowieckie";
        if (institution.country == u"PL") {
            static const std::map<QString, int> hostWeights = {
                {u"social_welfare_centre"_s, 30},
                {u"regional_centre"_s, 20},
                {u"city_hall"_s, 20},
                {u"day_support_home"_s, 8},
                {u"ngo_foundation"_s, 6},
                {u"ngo_association"_s, 6},
                {u"care_home"_s, 5},
                {u"other"_s, 5},
                {u"library"_s, 3},
                {u"labour_office"_s, 3},
                {u"school_university"_s, 2},
                {u"police"_s, 2},
                {u"health"_s, 2},
                {u"court"_s, 1},
            };
            const auto weight = hostWeights.find(kind);
            if (int(i) != m_home && weight != hostWeights.end()) {
                m_polishHosts.add(int(i), qint64(weight->second) * (masovian ? 3 : 1));
            }
        }
        static const std::map<QString, int> partnerWeights = {
            {u"social_welfare_centre"_s, 5}, {u"regional_centre"_s, 4}, {u"city_hall"_s, 4},
            {u"ngo_foundation"_s, 2},        {u"ngo_association"_s, 2}, {u"day_support_home"_s, 1},
        };
        if (const auto weight = partnerWeights.find(kind);
            weight != partnerWeights.end() && int(i) != m_home) {
            m_partners[institution.country].add(int(i), weight->second);
        }
    }
}

void Generator::addUkrainianCity(int city, int count)
{
    int made = 0;
    const City& place = m_cities[std::size_t(city)];
    const int sizeBit = 1 << place.size;
    int uniques = 0;
    for (std::size_t i = 0; i < std::size(ukrainianTemplates) && made < count; ++i) {
        const UkrainianTemplate& t = ukrainianTemplates[i];
        const bool regional = t.sizes == 0;
        if (t.repeat || !((t.sizes & sizeBit) || (regional && place.regionalCapital))) {
            continue;
        }
        addUkrainianTemplate(city, int(i));
        ++made;
        if (++uniques == 4) {
            addUniversities(city, made, count);
        }
    }
    WeightedTable repeating;
    for (std::size_t i = 0; i < std::size(ukrainianTemplates); ++i) {
        const UkrainianTemplate& t = ukrainianTemplates[i];
        if (t.repeat && (t.sizes & sizeBit)) {
            repeating.add(int(i), t.weight);
        }
    }
    for (; made < count; ++made) {
        addUkrainianTemplate(city, repeating.pick(m_random));
    }
}

void Generator::addUkrainianTemplate(int city, int index)
{
    const UkrainianTemplate& t = ukrainianTemplates[index];
    const City& place = m_cities[std::size_t(city)];
    QString name;
    QString shortName;
    QString pl;
    for (int attempt = 0; attempt < 8; ++attempt) {
        const int n = ++m_templateCounters[{1000 + index, city}];
        const BrandPair& brand = m_random.pick(brandsUk);
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{stem}", place.stem},
            {u"{uk}", place.uk},
            {u"{in}", place.in},
            {u"{city}", place.name},
            {u"{n}", QString::number(n)},
            {u"{brand}", brand.uk.toString()},
            {u"{plbrand}", brand.pl.toString()},
        };
        name = fill(t.name, values);
        shortName = fill(t.shortName, values);
        pl = fill(t.pl, values);
        if (!m_institutionNames.contains(name)) {
            break;
        }
    }
    Institution institution;
    institution.name = uniqueName(name, place);
    institution.shortName = shortName;
    institution.kind = t.kind.toString();
    if (m_random.percent(33)) {
        institution.pl = pl;
    }
    addInstitution(std::move(institution), city);
}

void Generator::addForeignCity(int city, int count)
{
    const City& place = m_cities[std::size_t(city)];
    const auto make = [&](const ForeignTemplate& t, int n) {
        const std::initializer_list<std::pair<QStringView, QString>> values = {
            {u"{city}", place.name},
            {u"{gen}", place.localGenitive},
            {u"{hall}", place.hall},
            {u"{n}", QString::number(n)},
        };
        Institution institution;
        institution.name = uniqueName(fill(t.name, values), place);
        institution.shortName = fill(t.shortName, values);
        institution.kind = t.kind.toString();
        addInstitution(std::move(institution), city);
    };
    int made = 0;
    for (const ForeignTemplate& t : foreignTemplates) {
        if (made < count && t.country == place.country) {
            make(t, 1);
            ++made;
        }
    }
    for (const ForeignTemplate& t : foreignOverflow) {
        if (t.country == place.country) {
            for (int n = 2; made < count; ++n, ++made) {
                make(t, n);
            }
        }
    }
}

// ---------------------------------------------------------------------------------------------
// People

void Generator::planPeople()
{
    for (std::size_t i = 0; i < std::size(positions); ++i) {
        const PositionData& data = positions[i];
        m_positionIndex[data.country.toString() + u'/' + data.kind.toString()].push_back(int(i));
    }
    const int total = std::max(m_scale.people, 0);
    addCoordinators(std::min(10, m_home >= 0 ? total : 0));

    // Where people work: the larger offices have more staff.
    static const std::map<QString, int> staffWeights = {
        {u"social_welfare_centre"_s, 30},
        {u"regional_centre"_s, 25},
        {u"city_hall"_s, 25},
        {u"labour_office"_s, 12},
        {u"care_home"_s, 12},
        {u"day_support_home"_s, 10},
        {u"ngo_foundation"_s, 8},
        {u"ngo_association"_s, 8},
        {u"other"_s, 10},
        {u"police"_s, 8},
        {u"school_university"_s, 8},
        {u"health"_s, 8},
        {u"library"_s, 5},
        {u"court"_s, 5},
    };
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        m_staffedInstitutions.add(int(i), staffWeights.at(m_institutions[i].kind));
    }
    const int remaining = total - int(m_people.size());
    const int freelancers = m_institutions.empty() ? remaining : remaining / 10;
    for (int i = 0; i < remaining - freelancers; ++i) {
        const int at = m_staffedInstitutions.pick(m_random);
        const Institution& institution = m_institutions[std::size_t(at)];
        const int femalePercent = institution.country == u"PL" || institution.country == u"UA" ? 75 : 65;
        Person person = makePerson(institution.country, m_random.percent(femalePercent));
        person.institution = at;
        person.position = position(institution.country, institution.kind, person.female);
        addContacts(person, institution.domain);
        addDietAndNotes(person);
        m_people.push_back(std::move(person));
    }
    for (int i = 0; i < freelancers; ++i) {
        m_people.push_back(makeFreelancer());
    }
    indexPeople();
}

void Generator::addCoordinators(int count)
{
    static constexpr std::pair<int, int> years[] = {
        {2016, 2020}, {2016, 2023}, {2017, 2027}, {2018, 2022}, {2019, 2027},
        {2020, 2027}, {2021, 2027}, {2016, 2018}, {2022, 2027}, {2023, 2027},
    };
    static const NamePair titles[] = {
        {u"koordynator współpracy międzynarodowej", u"koordynatorka współpracy międzynarodowej"},
        {u"specjalista ds. współpracy zagranicznej", u"specjalistka ds. współpracy zagranicznej"},
        {u"główny specjalista ds. projektów", u"główna specjalistka ds. projektów"},
    };
    for (int i = 0; i < count; ++i) {
        Person person = makePerson(u"PL", m_random.percent(80));
        person.institution = m_home;
        const NamePair& title = m_random.pick(titles);
        person.position = (person.female ? title.woman : title.man).toString();
        person.languages = m_random.percent(50) ? u"pl,en,uk"_s : u"pl,en"_s;
        addContacts(person, m_institutions[std::size_t(m_home)].domain);
        person.email = u"%1.%2@mcps.example"_s.arg(asciiSlug(person.given), asciiSlug(person.family));
        m_coordinators.push_back({int(m_people.size()), years[i % 10].first, years[i % 10].second});
        m_people.push_back(std::move(person));
    }
}

Person Generator::makePerson(QStringView countryCode, bool female)
{
    Person person;
    person.female = female;
    person.country = countryCode.toString();
    if (countryCode == u"UA") {
        person.given = (female ? m_random.pick(ukrainianWomen) : m_random.pick(ukrainianMen)).toString();
        const QStringView family = m_random.pick(ukrainianFamilyNames);
        person.family = female ? feminineFamilyName(family, true) : family.toString();
        person.latinGiven = transliterated(person.given);
        person.latinFamily = transliterated(person.family);
        person.languages =
            m_random.pick({u"uk,pl"_s, u"uk,pl"_s, u"uk,en"_s, u"uk,en"_s, u"uk"_s, u"uk,pl,en"_s});
        return person;
    }
    if (countryCode == u"PL") {
        person.given = (female ? m_random.pick(polishWomen) : m_random.pick(polishMen)).toString();
        const QStringView family = m_random.pick(polishFamilyNames);
        person.family = female ? feminineFamilyName(family, false) : family.toString();
        const int languages = m_random.weighted({45, 35, 10, 5, 5});
        static const QStringView polishLanguages[] = {u"pl", u"pl,en", u"pl,uk", u"pl,en,de", u"pl,en,ru"};
        person.languages = polishLanguages[languages].toString();
        return person;
    }
    for (const ForeignNames& names : foreignNames) {
        if (names.country == countryCode) {
            person.given = (female ? m_random.pick(names.women) : m_random.pick(names.men)).toString();
            const NamePair& family = m_random.pick(names.family);
            person.family = (female ? family.woman : family.man).toString();
        }
    }
    const CountryData& data = country(countryCode);
    person.languages = (m_random.percent(60) ? data.languagesA : data.languagesB).toString();
    return person;
}

QString Generator::position(QStringView countryCode, QStringView kind, bool female)
{
    const auto specific = m_positionIndex.find(countryCode.toString() + u'/' + kind.toString());
    const auto general = m_positionIndex.find(countryCode.toString() + u'/');
    const std::vector<int>* candidates = nullptr;
    if (specific != m_positionIndex.end() && (general == m_positionIndex.end() || m_random.percent(50))) {
        candidates = &specific->second;
    } else if (general != m_positionIndex.end()) {
        candidates = &general->second;
    }
    if (!candidates) {
        return {};
    }
    const PositionData& data = positions[m_random.pick(*candidates)];
    return (female ? data.woman : data.man).toString();
}

void Generator::addContacts(Person& person, const QString& domain)
{
    const QString given = asciiSlug(person.latinGiven.isEmpty() ? person.given : person.latinGiven);
    const QString family = asciiSlug(person.latinFamily.isEmpty() ? person.family : person.latinFamily);
    if (m_random.percent(85)) {
        person.email = m_random.percent(70) ? u"%1.%2@%3"_s.arg(given, family, domain)
                                            : u"%1%2@%3"_s.arg(given.left(1), family, domain);
    }
    if (m_random.percent(70)) {
        // "000" in the middle: made-up numbers, as in the sample data
        for (const MobilePrefixes& mobile : mobilePrefixes) {
            if (mobile.country == person.country) {
                person.phone = u"%1 %2 000 %3"_s.arg(country(person.country).phonePrefix,
                                                     m_random.pick(mobile.prefixes), digits(m_random, 3));
            }
        }
    }
}

void Generator::addDietAndNotes(Person& person)
{
    int r = m_random.below(1000);
    for (const DietData& diet : diets) {
        if (r < diet.permille) {
            person.diet = diet.diet.toString();
            if (diet.diet == u"allergy") {
                person.dietNote = m_random.pick(allergyNotes).toString();
            } else if (diet.diet == u"other") {
                person.dietNote = m_random.pick(otherDietNotes).toString();
            }
            break;
        }
        r -= diet.permille;
    }
    if (m_random.permille(10)) {
        person.accessibility = m_random.pick(accessibilityNeeds).toString();
    }
    if (m_random.permille(20)) {
        person.notes = m_random.pick(personNotes).toString();
    }
}

/// Interpreters, guides and drivers, experts and others who belong to no institution.
Person Generator::makeFreelancer()
{
    const auto kind = Freelance(m_random.weighted({35, 10, 35, 20}));
    Person person;
    switch (kind) {
    case Freelance::Interpreter: {
        static const std::pair<QStringView, QStringView> languages[] = {
            {u"uk", u"ukraińskiego"}, {u"en", u"angielskiego"}, {u"de", u"niemieckiego"},
            {u"cs", u"czeskiego"},    {u"no", u"norweskiego"},  {u"lt", u"litewskiego"},
            {u"sv", u"szwedzkiego"},
        };
        const auto& [language, inPolish] = languages[m_random.weighted({55, 20, 7, 6, 5, 4, 3})];
        const bool ukrainian = language == u"uk" && m_random.percent(40);
        person = makePerson(ukrainian ? u"UA" : u"PL", m_random.percent(75));
        const bool sworn = m_random.percent(30);
        const QString title = person.female ? (sworn ? u"tłumaczka przysięgła"_s : u"tłumaczka"_s)
                                            : (sworn ? u"tłumacz przysięgły"_s : u"tłumacz"_s);
        person.position = u"%1 języka %2"_s.arg(title, inPolish);
        if (ukrainian) {
            person.languages = u"uk,pl,en"_s;
        } else if (language == u"en") {
            person.languages = u"pl,en"_s;
        } else {
            person.languages = u"pl,"_s + language.toString() + (m_random.percent(40) ? u",en"_s : QString());
        }
        addContacts(person, m_random.percent(50) ? u"tlumacze.example"_s : u"poczta.example"_s);
        break;
    }
    case Freelance::Guide: {
        person = makePerson(u"PL", m_random.percent(50));
        const NamePair& title = m_random.pick(freelanceGuides);
        if (title.man == u"kierowca autokaru") {
            person = makePerson(u"PL", m_random.percent(10));
        }
        person.position = (person.female ? title.woman : title.man).toString();
        addContacts(person, u"poczta.example"_s);
        break;
    }
    case Freelance::Expert: {
        const bool ukrainian = m_random.percent(15);
        person = makePerson(ukrainian ? u"UA" : u"PL", m_random.percent(65));
        if (ukrainian) {
            person.position = person.female ? u"незалежна експертка"_s : u"незалежний експерт"_s;
        } else {
            const NamePair& title = m_random.pick(freelanceExperts);
            person.position = (person.female ? title.woman : title.man).toString();
        }
        addContacts(person, u"poczta.example"_s);
        break;
    }
    case Freelance::Other: {
        person = makePerson(u"PL", m_random.percent(70));
        const NamePair& title = m_random.pick(freelanceOthers);
        person.position = (person.female ? title.woman : title.man).toString();
        addContacts(person, u"poczta.example"_s);
        break;
    }
    }
    addDietAndNotes(person);
    return person;
}

void Generator::indexPeople()
{
    m_staff.assign(m_institutions.size(), {});
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person& person = m_people[i];
        const int index = int(i);
        if (person.institution >= 0) {
            const Institution& institution = m_institutions[std::size_t(person.institution)];
            m_staff[std::size_t(person.institution)].push_back(index);
            m_cities[std::size_t(institution.city)].people.push_back(index);
            m_peopleByCountry[institution.country].push_back(index);
            continue;
        }
        if (person.position.contains(u"tłumacz")) {
            const QStringList spoken = person.languages.split(u',');
            const QString language = person.country == u"UA" ? u"uk"_s : spoken.value(1);
            m_interpreters[language].push_back(index);
        } else if (person.position.startsWith(u"przewodni") || person.position.startsWith(u"pilot") ||
                   person.position.startsWith(u"kierow")) {
            m_guides.push_back(index);
        } else if (person.position.contains(u"eksper") || person.position.contains(u"trener") ||
                   person.position.contains(u"superwizor") || person.position.contains(u"konsultant") ||
                   person.position.contains(u"mediator") || person.position.contains(u"експерт")) {
            m_experts.push_back(index);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Funding projects and exchange groups

std::vector<int> Generator::pickPartners(const QStringList& countries, int count, bool withHome)
{
    std::vector<int> partners;
    if (withHome && m_home >= 0) {
        partners.push_back(m_home);
    }
    for (int attempt = 0; attempt < count * 4 && int(partners.size()) < count; ++attempt) {
        const QString& code =
            countries.at(attempt < 2 ? attempt % countries.size() : m_random.below(int(countries.size())));
        const int partner = pickPartner(code);
        if (partner >= 0 && std::find(partners.begin(), partners.end(), partner) == partners.end()) {
            partners.push_back(partner);
        }
    }
    return partners;
}

/// The social-welfare centres of one voivodeship (its family-support centres first), and the office.
std::vector<int> Generator::regionalMembers(QStringView region, int count)
{
    std::vector<int> familyCentres;
    std::vector<int> others;
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        const Institution& institution = m_institutions[i];
        if (institution.kind == u"social_welfare_centre" && int(i) != m_home &&
            m_cities[std::size_t(institution.city)].region == region) {
            (institution.shortName.startsWith(u"PCPR") ? familyCentres : others).push_back(int(i));
        }
    }
    m_random.shuffle(familyCentres);
    m_random.shuffle(others);
    std::vector<int> members;
    if (m_home >= 0) {
        members.push_back(m_home);
    }
    for (const std::vector<int>* pool : {&familyCentres, &others}) {
        for (const int institution : *pool) {
            if (int(members.size()) < count) {
                members.push_back(institution);
            }
        }
    }
    return members;
}

void Generator::planProjects()
{
    const int count = std::clamp(m_scale.visits / 125, 8, 40);
    std::map<int, int> editions; // template → how many so far
    QSet<QString> names;
    for (int k = 0; k < count; ++k) {
        const int index = k % int(std::size(projects));
        const ProjectData& data = projects[index];
        const int year = m_random.between(data.fromYear, data.toYear);
        const QString yearText = QString::number(year);
        const QString yy = twoDigits(year % 100);
        Project project;
        project.name = fill(data.name, {{u"{year}", yearText}});
        project.acronym = fill(data.acronym, {{u"{year}", yearText}});
        const int edition = ++editions[index];
        if (names.contains(project.name) || (edition > 1 && !data.name.contains(u"{year}"))) {
            project.name += u" – edycja "_s + QString::number(edition);
            project.acronym += u'-' + QString::number(edition);
        }
        names.insert(project.name);
        project.funder = data.funder.toString();
        project.agreement =
            fill(data.agreement, {{u"{year}", yearText}, {u"{yy}", yy}, {u"{nnnn}", digits(m_random, 4)}});
        project.currency = data.currency.toString();
        project.notes = data.notes.toString();
        project.focus = data.focus.toString().split(u',');
        static constexpr int startMonths[] = {1, 3, 7, 9};
        const QDate first(year, m_random.pick(startMonths), 1);
        project.firstDay = julian(first);
        project.lastDay = julian(first.addYears(m_random.between(1, data.years)).addDays(-1));
        const int thousands =
            project.currency == u"EUR" ? m_random.between(60, 900) : m_random.between(150, 4000);
        project.totalValue = qint64(thousands) * 1000 * 100;
        project.coFinancing = project.totalValue * m_random.between(0, 20) / 100 / 100 * 100;
        project.partners = pickPartners(project.focus, m_random.between(2, 6), true);
        m_projects.push_back(std::move(project));
    }
}

void Generator::planGroups()
{
    const int count = std::min<int>(std::clamp(m_scale.visits / 330, 4, 15), int(std::size(groups)));
    for (int i = 0; i < count; ++i) {
        const GroupData& data = groups[i];
        Group group;
        group.name = data.name.toString();
        group.meetingPl = data.meetingPl.toString();
        group.meetingUk = data.meetingUk.toString();
        group.notes = data.notes.toString();
        group.intervalDays = data.intervalDays;
        group.countries = data.countries.toString().split(u',');
        group.fromDay =
            std::max(julian(periodStart), julian(QDate(data.fromYear, 1, 15)) + m_random.below(200));
        group.lastMeeting = group.fromDay - group.intervalDays;
        // At least two Polish members; the office itself in half of the groups.
        QStringList memberCountries = group.countries;
        memberCountries.prepend(u"PL"_s);
        if (data.region.isEmpty()) {
            group.members = pickPartners(memberCountries, m_random.between(4, 9), m_random.percent(50));
        } else {
            group.members = regionalMembers(data.region, m_random.between(4, 9));
        }
        m_groups.push_back(std::move(group));
    }
}

// ---------------------------------------------------------------------------------------------
// Visits

/// "2026-05-19T09:30" from a day's ISO text and minutes after midnight.
QString stamp(const QString& day, int minutes)
{
    return day + u'T' + twoDigits(minutes / 60) + u':' + twoDigits(minutes % 60);
}

QString isoDay(int julianDay)
{
    return QDate::fromJulianDay(julianDay).toString(Qt::ISODate);
}

void Generator::plan()
{
    addCities();
    planInstitutions();
    planPeople();
    planProjects();
    planGroups();
    planVisits();
    allocateSessions();
    setConsentDates();
}

void Generator::planVisits()
{
    const std::vector<int> days = firstDays(std::max(m_scale.visits, 0));
    m_visits.resize(days.size());
    for (std::size_t i = 0; i < days.size(); ++i) {
        Visit& visit = m_visits[i];
        const int index = int(i);
        visit.id = index + 1;
        visit.firstDay = days[i];
        visit.kind = chooseKind(QDate::fromJulianDay(visit.firstDay));
        visit.lastDay = visit.firstDay + chooseLength(visit.kind) - 1;
        assignCoordinator(visit);
        if (visit.kind == u"exchange_group_meeting" && !planGroupMeeting(visit, index)) {
            visit.kind = u"working_meeting"_s;
        }
        if (visit.kind == u"incoming_study_visit") {
            planIncoming(visit, index);
        } else if (visit.kind == u"outgoing_study_visit") {
            planOutgoing(visit, index);
        } else if (visit.kind == u"conference") {
            planConference(visit, index);
        } else if (visit.kind == u"working_meeting") {
            planWorkingMeeting(visit, index);
        }
        setStatus(visit);
    }
}

std::vector<int> Generator::firstDays(int count)
{
    WeightedTable table;
    for (int day = julian(periodStart); day <= julian(planningEnd); ++day) {
        table.add(day, dayWeight(QDate::fromJulianDay(day)));
    }
    std::vector<int> days;
    days.reserve(std::size_t(count));
    for (int i = 0; i < count; ++i) {
        days.push_back(table.pick(m_random));
    }
    std::sort(days.begin(), days.end());
    return days;
}

/// How likely a visit is to start on `day`: more each year, few in summer holidays, at Christmas,
/// at weekends and in the pandemic, fewer the further ahead of the day the data is taken.
int Generator::dayWeight(const QDate& day)
{
    qint64 weight = 1000;
    const int months = (day.year() - firstYear) * 12 + day.month() - 12;
    weight = weight * (100 + 9 * months / 12) / 100;
    switch (day.month()) {
    case 1:
        weight = weight * (day.day() <= 6 ? 10 : 75) / 100;
        break;
    case 7:
        weight = weight * 60 / 100;
        break;
    case 8:
        weight = weight * 40 / 100;
        break;
    case 12:
        weight = weight * (day.day() >= 20 ? 10 : 80) / 100;
        break;
    default:
        break;
    }
    static constexpr int weekdays[] = {0, 130, 130, 120, 100, 50, 8, 8}; // Monday is 1
    weight = weight * weekdays[day.dayOfWeek()] / 100;
    if (day >= pandemicStart && day < pandemicEased) {
        weight = weight * 5 / 100;
    } else if (day >= pandemicEased && day < pandemicOver) {
        weight = weight * 35 / 100;
    }
    if (day >= fullScaleWar && day < QDate(2022, 5, 1)) {
        weight = weight * 60 / 100;
    }
    if (day > dataTakenOn) {
        const qint64 span = dataTakenOn.daysTo(planningEnd);
        weight = weight * std::max<qint64>(day.daysTo(planningEnd), span / 20) / span;
    }
    return int(std::max<qint64>(weight, 1));
}

QString Generator::chooseKind(const QDate& day)
{
    static const QString kinds[] = {u"incoming_study_visit"_s, u"outgoing_study_visit"_s,
                                    u"exchange_group_meeting"_s, u"conference"_s, u"working_meeting"_s};
    const bool pandemic = day >= pandemicStart && day < pandemicOver;
    return kinds[pandemic ? m_random.weighted({30, 2, 12, 3, 13}) : m_random.weighted({55, 12, 12, 8, 13})];
}

int Generator::chooseLength(QStringView kind)
{
    if (kind == u"incoming_study_visit") {
        return 1 + m_random.weighted({15, 12, 15, 12, 18, 10, 18});
    }
    if (kind == u"outgoing_study_visit") {
        return 2 + m_random.weighted({10, 20, 25, 25, 10, 10});
    }
    if (kind == u"exchange_group_meeting") {
        return 1 + m_random.weighted({30, 60, 10});
    }
    if (kind == u"conference") {
        return 1 + m_random.weighted({60, 35, 5});
    }
    return 1 + m_random.weighted({70, 25, 5});
}

QString Generator::incomingCountry(const QDate& day)
{
    static const QString codes[] = {u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s, u"PL"_s};
    return codes[day < fullScaleWar ? m_random.weighted({50, 9, 9, 7, 7, 5, 13})
                                    : m_random.weighted({72, 7, 6, 4, 4, 2, 5})];
}

QString Generator::outgoingCountry(const QDate& day)
{
    static const QString codes[] = {u"UA"_s, u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s};
    if (day < fullScaleWar) {
        return codes[m_random.weighted({30, 22, 15, 10, 13, 10})];
    }
    const int ukraine = day < QDate(2023, 1, 1) ? 0 : 12;
    return codes[m_random.weighted({ukraine, 28, 18, 14, 16, 12})];
}

int Generator::pickPolishHost()
{
    return m_polishHosts.isEmpty() ? m_home : m_polishHosts.pick(m_random);
}

int Generator::pickPartner(QStringView countryCode)
{
    const auto found = m_partners.find(countryCode.toString());
    return found == m_partners.end() ? -1 : found->second.pick(m_random);
}

void Generator::setCityAndZone(Visit& visit, int host)
{
    visit.host = host;
    visit.city = host >= 0 ? m_institutions[std::size_t(host)].city : -1;
    const QString code = visit.city >= 0 ? m_cities[std::size_t(visit.city)].country : u"PL"_s;
    visit.timeZone = country(code).timeZone.toString();
    visit.venueLanguage = country(code).interpreting.toString();
    if (code == u"PL") {
        visit.venueLanguage = u"pl"_s;
    }
    visit.hotel = hotelFor(visit);
}

QString Generator::hotelFor(const Visit& visit)
{
    if (visit.lastDay == visit.firstDay || visit.city < 0) {
        return {};
    }
    const City& city = m_cities[std::size_t(visit.city)];
    return u"%1, %2, %3"_s.arg(m_random.pick(hotels), streetAndNumber(city), city.name);
}

void Generator::setLanguages(Visit& visit, QStringView partnerCountry)
{
    if (partnerCountry == u"UA") {
        visit.workingLanguages = u"pl,uk"_s;
        visit.printLanguages = m_random.pick({u"pl,uk"_s, u"pl,uk"_s, u"pl,uk"_s, u"uk,pl"_s, u"pl"_s});
        visit.guestLanguage = u"uk"_s;
    } else if (partnerCountry == u"NO" || partnerCountry == u"SE") {
        visit.workingLanguages = u"pl,en"_s;
        visit.printLanguages = m_random.pick({u"pl,en"_s, u"pl"_s});
        visit.guestLanguage = partnerCountry == u"NO" && m_random.percent(30) ? u"no"_s : u"en"_s;
    } else if (partnerCountry == u"CZ") {
        visit.workingLanguages = u"pl,cs"_s;
        visit.printLanguages = m_random.pick({u"pl,cs"_s, u"cs,pl"_s, u"pl"_s});
        visit.guestLanguage = u"cs"_s;
    } else if (partnerCountry == u"LT") {
        const bool lithuanian = m_random.percent(50);
        visit.workingLanguages = lithuanian ? u"pl,lt"_s : u"pl,en"_s;
        visit.printLanguages = m_random.percent(60) ? u"pl"_s : visit.workingLanguages;
        visit.guestLanguage = lithuanian ? u"lt"_s : u"en"_s;
    } else if (partnerCountry == u"DE") {
        visit.workingLanguages = u"pl,de"_s;
        visit.printLanguages = m_random.pick({u"pl,de"_s, u"pl"_s});
        visit.guestLanguage = u"de"_s;
    } else {
        visit.workingLanguages = u"pl"_s;
        visit.printLanguages = u"pl"_s;
        visit.guestLanguage.clear();
    }
}

void Generator::assignProject(Visit& visit, QStringView partnerCountry, int percent)
{
    std::vector<int> candidates;
    for (std::size_t i = 0; i < m_projects.size(); ++i) {
        const Project& project = m_projects[i];
        if (project.firstDay <= visit.firstDay && visit.firstDay <= project.lastDay &&
            (partnerCountry.isEmpty() || project.focus.contains(partnerCountry))) {
            candidates.push_back(int(i));
        }
    }
    if (!candidates.empty() && m_random.percent(percent)) {
        visit.project = m_random.pick(candidates);
    }
}

void Generator::assignCoordinator(Visit& visit)
{
    const int year = QDate::fromJulianDay(visit.firstDay).year();
    std::vector<int> active;
    for (const Coordinator& coordinator : m_coordinators) {
        if (coordinator.fromYear <= year && year <= coordinator.toYear) {
            active.push_back(coordinator.person);
        }
    }
    if (active.empty()) {
        for (const Coordinator& coordinator : m_coordinators) {
            active.push_back(coordinator.person);
        }
    }
    visit.coordinator = active.empty() ? -1 : m_random.pick(active);
}

void Generator::setStatus(Visit& visit)
{
    const int today = julian(dataTakenOn);
    const QDate first = QDate::fromJulianDay(visit.firstDay);
    const bool ukrainian = visit.sendingCountry == u"UA" || visit.guestLanguage == u"uk" ||
                           (visit.city >= 0 && m_cities[std::size_t(visit.city)].country == u"UA");
    if (visit.lastDay < today) {
        int cancelPercent = 3;
        QString reason = m_random.pick(cancellationNotes).toString();
        if (first >= pandemicStart && first < pandemicOver) {
            cancelPercent = first < pandemicEased ? 85 : 25;
            reason = u"Odwołana z powodu pandemii COVID-19."_s;
        } else if (ukrainian && first >= fullScaleWar && first < QDate(2022, 4, 1)) {
            cancelPercent = 70;
            reason = u"Odwołana: pełnoskalowa inwazja Rosji na Ukrainę (24 lutego 2022 r.)."_s;
        }
        if (m_random.percent(cancelPercent)) {
            visit.status = u"cancelled"_s;
            visit.notes = reason;
        } else {
            // Now and then a visit nobody closed in the application.
            visit.status = m_random.permille(5) ? u"confirmed"_s : u"completed"_s;
        }
    } else if (visit.firstDay <= today) {
        visit.status = u"in_progress"_s;
    } else {
        static const QString statuses[] = {u"confirmed"_s, u"planned"_s, u"draft"_s, u"cancelled"_s};
        const int ahead = visit.firstDay - today;
        const int chosen = ahead <= 30   ? m_random.weighted({70, 25, 0, 5})
                           : ahead <= 90 ? m_random.weighted({40, 45, 10, 5})
                                         : m_random.weighted({10, 45, 40, 5});
        visit.status = statuses[chosen];
        if (visit.status == u"cancelled") {
            visit.notes = m_random.pick(cancellationNotes).toString();
        }
    }
    if (visit.notes.isEmpty() && m_random.percent(20)) {
        visit.notes = m_random.pick(visitNotes).toString();
    }
}

/// Whether a visit without Ukrainian guests gets Ukrainian titles all the same: the office has
/// Ukrainian-speaking colleagues who use the application in Ukrainian, more of them since 2022.
bool Generator::colleagueTranslates(const QDate& day)
{
    return m_random.percent(day < fullScaleWar ? 20 : 45);
}

Topic Generator::topic(const QDate& day, bool ukrainian, const Visit& visit)
{
    if (ukrainian && day >= fullScaleWar && m_random.percent(40)) {
        return m_random.pick(warTopics);
    }
    // The last one, the Masovian model, only for visits to Masovia.
    const bool masovia =
        visit.city >= 0 && m_cities[std::size_t(visit.city)].region == u"województwo mazowieckie";
    return visitTopics[m_random.below(int(std::size(visitTopics)) - (masovia ? 0 : 1))];
}

// ---------------------------------------------------------------------------------------------
// Participants

bool Generator::isFree(int person, const Visit& visit, int index) const
{
    const Person& p = m_people[std::size_t(person)];
    return p.lastVisit != index && p.busyUntil < visit.firstDay;
}

void Generator::book(int person, const Visit& visit, int index)
{
    Person& p = m_people[std::size_t(person)];
    p.busyUntil = std::max(p.busyUntil, visit.lastDay);
    p.lastVisit = index;
    if (p.firstVisit == 0) {
        p.firstVisit = visit.firstDay;
    }
}

/// Adds up to `count` people from `pool` who are free on the visit's days to `taken`, booking them.
int Generator::takeFree(const std::vector<int>& pool, const Visit& visit, int index, int count,
                        std::vector<int>& taken)
{
    const int size = int(pool.size());
    int found = 0;
    if (size == 0 || count <= 0) {
        return 0;
    }
    const auto take = [&](int person) {
        if (isFree(person, visit, index)) {
            book(person, visit, index);
            taken.push_back(person);
            ++found;
        }
    };
    if (size <= 64) {
        const int start = m_random.below(size);
        for (int k = 0; k < size && found < count; ++k) {
            take(pool[std::size_t((start + k) % size)]);
        }
    } else {
        for (int attempt = 0; attempt < count * 6 && found < count; ++attempt) {
            take(m_random.pick(pool));
        }
    }
    return found;
}

/// A delegation: from its institution first, then its city, then its country.
void Generator::takeDelegation(const std::vector<const std::vector<int>*>& pools, const Visit& visit,
                               int index, int count, std::vector<int>& taken)
{
    for (const std::vector<int>* pool : pools) {
        const int missing = count - int(taken.size());
        if (missing <= 0) {
            return;
        }
        // From its own institution most, but not all: delegations come from several.
        takeFree(*pool, visit, index,
                 pool == pools.front() ? (missing + 1) / 2 + m_random.below(missing / 2 + 1) : missing,
                 taken);
    }
}

void Generator::addParticipant(Visit& visit, int person, QStringView role, bool travels)
{
    Participant participant;
    participant.id = m_nextParticipantId++;
    participant.person = person;
    participant.role = role.toString();
    const bool nights = visit.lastDay > visit.firstDay;
    if (travels && m_random.percent(92)) {
        if (nights && m_random.percent(60)) {
            participant.arrival =
                stamp(isoDay(visit.firstDay - 1), m_random.between(60, 86) * 15); // 15:00–21:30
        } else {
            participant.arrival = stamp(isoDay(visit.firstDay), m_random.between(26, 32) * 15); // 06:30–08:00
        }
        if (m_random.percent(2)) {
            participant.arrival = stamp(isoDay(visit.firstDay), 11 * 60); // misses the morning: a warning
        }
        if (nights && m_random.percent(50)) {
            participant.departure =
                stamp(isoDay(visit.lastDay + 1), m_random.between(32, 48) * 15); // 08:00–12:00
        } else {
            participant.departure =
                stamp(isoDay(visit.lastDay), m_random.between(87, 90) * 15); // 21:45–22:30
        }
        if (nights && !visit.hotel.isEmpty()) {
            participant.accommodation = visit.hotel;
            if (m_random.percent(15)) {
                participant.accommodation += u"; pokój jednoosobowy"_s;
            }
        }
    }
    if (m_random.percent(3)) {
        participant.notes = m_random.pick(participantNotes).toString();
    }
    visit.participants.push_back(std::move(participant));
}

void Generator::addInterpreters(Visit& visit, int index, int count)
{
    const QString language = visit.venueLanguage != u"pl" ? visit.venueLanguage : visit.guestLanguage;
    auto pool = m_interpreters.find(language);
    if (pool == m_interpreters.end() || pool->second.empty()) {
        pool = m_interpreters.find(u"en"_s);
    }
    if (pool == m_interpreters.end()) {
        return;
    }
    std::vector<int> taken;
    takeFree(pool->second, visit, index, count, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"interpreter", true);
    }
}

void Generator::addOrganiser(Visit& visit, int index, bool travels)
{
    if (visit.coordinator >= 0 && isFree(visit.coordinator, visit, index)) {
        book(visit.coordinator, visit, index);
        addParticipant(visit, visit.coordinator, u"organiser", travels);
    }
}

void Generator::addGuide(Visit& visit, int index)
{
    std::vector<int> taken;
    takeFree(m_guides, visit, index, 1, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"guide_driver", true);
    }
}

/// Makes the first participant who is not a host the delegation's leader (the one per visit).
void promoteLeader(Visit& visit)
{
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_leader") {
            return;
        }
    }
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_member") {
            participant.role = u"delegation_leader"_s;
            return;
        }
    }
}

void Generator::planIncoming(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    QString from = incomingCountry(day);
    int sending = pickPartner(from);
    if (sending < 0) {
        from = u"PL"_s;
        sending = pickPartner(from);
    }
    setCityAndZone(visit, m_home >= 0 && m_random.percent(8) ? m_home : pickPolishHost());
    visit.sending = sending;
    const City* origin =
        sending >= 0 ? &m_cities[std::size_t(m_institutions[std::size_t(sending)].city)] : nullptr;
    visit.sendingCountry = origin ? from : QString();
    visit.sendingRegion = origin ? origin->region : QString();
    setLanguages(visit, from);
    assignProject(visit, from, 60);

    std::vector<int> delegation;
    if (origin) {
        takeDelegation({&m_staff[std::size_t(sending)], &origin->people, &m_peopleByCountry[from]}, visit,
                       index, m_random.between(7, 12), delegation);
    }
    for (std::size_t k = 0; k < delegation.size(); ++k) {
        addParticipant(visit, delegation[k], k == 0 ? u"delegation_leader" : u"delegation_member", true);
    }
    std::vector<int> locals;
    if (visit.host >= 0) {
        takeFree(m_staff[std::size_t(visit.host)], visit, index, m_random.between(1, 2), locals);
    }
    for (const int person : locals) {
        addParticipant(visit, person, u"host", false);
    }
    locals.clear();
    if (visit.city >= 0) {
        takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 3), locals);
    }
    for (const int person : locals) {
        addParticipant(visit, person, u"presenter", false);
    }
    const int days = visit.lastDay - visit.firstDay + 1;
    if (!visit.guestLanguage.isEmpty() && m_random.percent(85)) {
        addInterpreters(visit, index, days >= 5 && m_random.percent(40) ? 2 : 1);
    }
    if (m_random.percent(50)) {
        addOrganiser(visit, index, visit.city >= 0 && m_cities[std::size_t(visit.city)].name != u"Warszawa");
    }
    if (days > 1 && m_random.percent(30)) {
        addGuide(visit, index);
    }

    // The title, and the delegation's own
    const bool ukrainian = from == u"UA";
    const Topic subject = topic(day, ukrainian, visit);
    const QString fromPl = origin ? origin->from : u"z zagranicy"_s;
    visit.ukTexts = ukrainian ? m_random.percent(92) : colleagueTranslates(day);
    if (ukrainian && origin) {
        const QString hostIn = visit.city >= 0 ? m_cities[std::size_t(visit.city)].in : QString();
        const int pattern = m_random.weighted({35, 25, 20, hostIn.isEmpty() ? 0 : 20});
        const QString genitive = withoutPreposition(origin->from);
        const QString genitiveUk = withoutPreposition(origin->fromUk);
        switch (pattern) {
        case 0:
            visit.title = u"Wizyta studyjna delegacji %1: %2"_s.arg(fromPl, subject.pl);
            visit.titleUk = u"Навчальний візит делегації %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        case 1:
            visit.title = u"%1 – doświadczenia dla %2"_s.arg(capitalized(subject.pl), genitive);
            visit.titleUk = u"%1 – досвід для %2"_s.arg(capitalized(subject.uk), genitiveUk);
            break;
        case 2:
            visit.title = u"Goście %1: %2"_s.arg(fromPl, subject.pl);
            visit.titleUk = u"Гості %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        default:
            visit.title = u"Samorządowcy %1 %2: %3"_s.arg(fromPl, hostIn, subject.pl);
            visit.titleUk = u"Представники громади %1: %2"_s.arg(origin->fromUk, subject.uk);
            break;
        }
    } else {
        const bool guests = m_random.percent(40);
        visit.title = (guests ? u"Goście %1: %2"_s : u"Wizyta studyjna %1: %2"_s).arg(fromPl, subject.pl);
        if (origin) {
            visit.titleUk = (from == u"PL" ? u"Навчальний візит гостей з міста %1: %2"_s
                                           : u"Навчальний візит делегації з міста %1: %2"_s)
                                .arg(origin->uk, subject.uk);
        }
        if (from != u"PL" && origin && m_random.percent(50)) {
            visit.titleEn = u"Study visit of a delegation from %1: %2"_s.arg(origin->name, subject.en);
        }
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
}

void Generator::planOutgoing(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    QString to = outgoingCountry(day);
    int host = pickPartner(to);
    for (const QString& fallback : {u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s, u"UA"_s}) {
        if (host < 0) {
            to = fallback;
            host = pickPartner(to);
        }
    }
    if (host < 0) {
        visit.kind = u"incoming_study_visit"_s;
        planIncoming(visit, index);
        return;
    }
    setCityAndZone(visit, host);
    const int sending = m_home >= 0 && m_random.percent(70) ? m_home : pickPolishHost();
    visit.sending = sending;
    visit.sendingCountry = u"PL"_s;
    const City* home =
        sending >= 0 ? &m_cities[std::size_t(m_institutions[std::size_t(sending)].city)] : nullptr;
    visit.sendingRegion = home ? home->region : QString();
    setLanguages(visit, to);
    assignProject(visit, to, 70);

    std::vector<int> delegation;
    if (home) {
        takeDelegation({&m_staff[std::size_t(sending)], &home->people, &m_peopleByCountry[u"PL"_s]}, visit,
                       index, m_random.between(6, 12), delegation);
    }
    for (std::size_t k = 0; k < delegation.size(); ++k) {
        addParticipant(visit, delegation[k], k == 0 ? u"delegation_leader" : u"delegation_member", true);
    }
    std::vector<int> locals;
    takeFree(m_staff[std::size_t(host)], visit, index, m_random.between(1, 3), locals);
    for (const int person : locals) {
        addParticipant(visit, person, u"host", false);
    }
    locals.clear();
    takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 2), locals);
    for (const int person : locals) {
        addParticipant(visit, person, u"presenter", false);
    }
    if (m_random.percent(80)) {
        addInterpreters(visit, index, 1);
    }
    if (m_random.percent(70)) {
        addOrganiser(visit, index, true);
    }

    const City& city = m_cities[std::size_t(visit.city)];
    const bool ukrainian = to == u"UA";
    const Topic subject = topic(day, ukrainian, visit);
    visit.title = u"Wyjazd studyjny do %1: %2"_s.arg(city.genitive, subject.pl);
    visit.ukTexts = ukrainian ? m_random.percent(75) : colleagueTranslates(day);
    if (visit.ukTexts) {
        visit.titleUk =
            ukrainian ? u"Навчальний візит польської делегації до %1: %2"_s.arg(
                            withoutPreposition(city.fromUk), subject.uk)
                      : u"Навчальний візит польської делегації до міста %1: %2"_s.arg(city.uk, subject.uk);
    }
    if (!ukrainian && m_random.percent(50)) {
        visit.titleEn = u"Study visit to %1: %2"_s.arg(city.name, subject.en);
    }
}

bool Generator::planGroupMeeting(Visit& visit, int index)
{
    // The group whose next meeting is most overdue.
    int chosen = -1;
    qint64 mostOverdue = -1;
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        const Group& group = m_groups[i];
        if (group.fromDay > visit.firstDay || group.members.size() < 2) {
            continue;
        }
        const qint64 overdue = qint64(visit.firstDay - group.lastMeeting) * 1000 / group.intervalDays;
        if (overdue > mostOverdue) {
            mostOverdue = overdue;
            chosen = int(i);
        }
    }
    if (chosen < 0) {
        return false;
    }
    Group& group = m_groups[std::size_t(chosen)];
    group.lastMeeting = visit.firstDay;
    visit.group = chosen;
    const int host = group.members[std::size_t(group.nextHost++) % group.members.size()];
    setCityAndZone(visit, host);
    QString partner = u"PL"_s;
    for (const QString& code : group.countries) {
        if (code != u"PL") {
            partner = code;
            break;
        }
    }
    setLanguages(visit, partner);
    assignProject(visit, partner, 35);

    std::vector<int> taken;
    takeFree(m_staff[std::size_t(host)], visit, index, 2, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"host", false);
    }
    for (const int member : group.members) {
        if (member == host || visit.participants.size() >= 17) {
            continue;
        }
        taken.clear();
        takeFree(m_staff[std::size_t(member)], visit, index, m_random.between(1, 2), taken);
        const bool sameCity = m_institutions[std::size_t(member)].city == visit.city;
        for (const int person : taken) {
            addParticipant(visit, person, u"delegation_member", !sameCity);
        }
    }
    // The office's own people lead when it is a member and not the host.
    for (Participant& participant : visit.participants) {
        if (participant.role == u"delegation_member" &&
            m_people[std::size_t(participant.person)].institution == m_home) {
            participant.role = u"delegation_leader"_s;
            break;
        }
    }
    promoteLeader(visit);
    taken.clear();
    takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(1, 2), taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"presenter", false);
    }
    if (partner != u"PL" && m_random.percent(70)) {
        addInterpreters(visit, index, 1);
    }

    const City& city = m_cities[std::size_t(visit.city)];
    visit.title = u"%1 – %2"_s.arg(group.meetingPl, city.name);
    visit.ukTexts = group.countries.contains(u"UA"_s)
                        ? m_random.percent(85)
                        : colleagueTranslates(QDate::fromJulianDay(visit.firstDay));
    if (visit.ukTexts) {
        visit.titleUk = u"%1 – %2"_s.arg(group.meetingUk, city.uk);
    }
    return true;
}

void Generator::planConference(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    // A city hall or a regional or welfare centre organises a conference.
    int host = m_home;
    if (m_home < 0 || !m_random.percent(25)) {
        host = pickPolishHost();
        for (int attempt = 0; attempt < 12 && host >= 0; ++attempt) {
            const QString& kind = m_institutions[std::size_t(host)].kind;
            if (kind == u"city_hall" || kind == u"regional_centre" || kind == u"social_welfare_centre") {
                break;
            }
            host = pickPolishHost();
        }
    }
    setCityAndZone(visit, host);
    QString partner = u"PL"_s;
    int guestInstitution = -1;
    if (m_random.percent(35)) {
        static const QString others[] = {u"NO"_s, u"CZ"_s, u"LT"_s, u"DE"_s, u"SE"_s};
        partner = m_random.percent(day >= fullScaleWar ? 65 : 40) ? u"UA"_s : m_random.pick(others);
        guestInstitution = pickPartner(partner);
        if (guestInstitution < 0) {
            partner = u"PL"_s;
        }
    }
    setLanguages(visit, partner);
    assignProject(visit, partner, 40);

    if (guestInstitution >= 0) {
        const City& origin = m_cities[std::size_t(m_institutions[std::size_t(guestInstitution)].city)];
        std::vector<int> guests;
        takeDelegation({&m_staff[std::size_t(guestInstitution)], &origin.people}, visit, index,
                       m_random.between(3, 4), guests);
        for (std::size_t k = 0; k < guests.size(); ++k) {
            addParticipant(visit, guests[k], k == 0 ? u"delegation_leader" : u"delegation_member", true);
        }
        addInterpreters(visit, index, 2);
    }
    std::vector<int> taken;
    takeFree(m_peopleByCountry[u"PL"_s], visit, index, m_random.between(6, 10), taken);
    for (const int person : taken) {
        const bool sameCity =
            m_institutions[std::size_t(m_people[std::size_t(person)].institution)].city == visit.city;
        addParticipant(visit, person, u"delegation_member", !sameCity);
    }
    promoteLeader(visit);
    taken.clear();
    takeFree(m_experts, visit, index, m_random.between(1, 2), taken);
    if (visit.city >= 0) {
        takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(2, 3), taken);
    }
    for (const int person : taken) {
        addParticipant(visit, person, u"presenter", false);
    }
    taken.clear();
    takeFree(m_experts, visit, index, 1, taken);
    for (const int person : taken) {
        addParticipant(visit, person, u"moderator", false);
    }
    if (m_random.percent(80)) {
        addOrganiser(visit, index, false);
    }

    const City* city = visit.city >= 0 ? &m_cities[std::size_t(visit.city)] : nullptr;
    const QString cityName = city ? city->name : u"Warszawa"_s;
    const QString cityUk = city ? city->uk : u"Варшава"_s;
    const QString year = QString::number(day.year());
    visit.ukTexts = partner == u"UA" ? m_random.percent(90) : colleagueTranslates(day);
    if (m_random.percent(70)) {
        const Topic& theme = m_random.pick(conferenceThemes);
        visit.title = u"Konferencja „%1” – %2 %3"_s.arg(theme.pl, cityName, year);
        visit.titleUk = u"Конференція «%1» – %2 %3"_s.arg(theme.uk, cityUk, year);
        visit.titleEn = u"Conference “%1” – %2 %3"_s.arg(theme.en, cityName, year);
    } else {
        visit.title = u"Doroczna konferencja współpracy – %1 %2"_s.arg(cityName, year);
        visit.titleUk = u"Щорічна конференція співпраці – %1 %2"_s.arg(cityUk, year);
        visit.titleEn = u"Annual cooperation conference – %1 %2"_s.arg(cityName, year);
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
    if (partner == u"PL" || partner == u"UA" || m_random.percent(50)) {
        visit.titleEn.clear();
    }
}

void Generator::planWorkingMeeting(Visit& visit, int index)
{
    const QDate day = QDate::fromJulianDay(visit.firstDay);
    assignProject(visit, {}, 80);
    const Project* project = visit.project >= 0 ? &m_projects[std::size_t(visit.project)] : nullptr;
    int host = m_home;
    if (project && m_random.percent(50)) {
        for (const int partner : project->partners) {
            if (m_institutions[std::size_t(partner)].country == u"PL") {
                host = partner;
            }
        }
    } else if (m_random.percent(50) || m_home < 0) {
        host = pickPolishHost();
    }
    setCityAndZone(visit, host);
    QString partnerCountry = u"PL"_s;
    if (project) {
        for (const QString& code : project->focus) {
            if (code != u"PL") {
                partnerCountry = code;
                break;
            }
        }
    }
    setLanguages(visit, partnerCountry);

    std::vector<int> taken;
    if (host >= 0) {
        takeFree(m_staff[std::size_t(host)], visit, index, m_random.between(1, 2), taken);
    }
    for (const int person : taken) {
        addParticipant(visit, person, u"host", false);
    }
    bool foreigners = false;
    if (project) {
        for (const int partner : project->partners) {
            if (partner == host) {
                continue;
            }
            taken.clear();
            takeFree(m_staff[std::size_t(partner)], visit, index, m_random.between(1, 2), taken);
            const Institution& institution = m_institutions[std::size_t(partner)];
            foreigners = foreigners || (!taken.empty() && institution.country != u"PL");
            for (const int person : taken) {
                addParticipant(visit, person, u"delegation_member", institution.city != visit.city);
            }
        }
    }
    if (visit.participants.size() < 6) {
        taken.clear();
        if (visit.city >= 0) {
            takeFree(m_cities[std::size_t(visit.city)].people, visit, index, m_random.between(2, 4), taken);
        }
        takeFree(m_peopleByCountry[u"PL"_s], visit, index, m_random.between(2, 4), taken);
        for (const int person : taken) {
            addParticipant(visit, person, u"delegation_member", false);
        }
    }
    promoteLeader(visit);
    if (foreigners && m_random.percent(60)) {
        addInterpreters(visit, index, 1);
    }
    if (m_random.percent(40)) {
        addOrganiser(visit, index, false);
    }

    const bool ukrainian = partnerCountry == u"UA";
    visit.ukTexts = ukrainian ? m_random.percent(85) : colleagueTranslates(day);
    const Topic subject = topic(day, ukrainian, visit);
    const int pattern = m_random.weighted({project ? 60 : 0, 30, 10});
    if (pattern == 0) {
        visit.title = u"Spotkanie robocze partnerów projektu %1"_s.arg(project->acronym);
        visit.titleUk = u"Робоча зустріч партнерів проєкту %1"_s.arg(project->acronym);
        visit.titleEn = u"Project partners’ working meeting – %1"_s.arg(project->acronym);
    } else if (pattern == 1) {
        visit.title = u"Spotkanie robocze: %1"_s.arg(subject.pl);
        visit.titleUk = u"Робоча зустріч: %1"_s.arg(subject.uk);
        visit.titleEn = u"Working meeting: %1"_s.arg(subject.en);
    } else {
        const QString next = QString::number(day.year() + 1);
        visit.title = u"Planowanie wizyt studyjnych na rok %1"_s.arg(next);
        visit.titleUk = u"Планування навчальних візитів на %1 рік"_s.arg(next);
        visit.titleEn = u"Planning study visits for %1"_s.arg(next);
    }
    if (!visit.ukTexts) {
        visit.titleUk.clear();
    }
    if (partnerCountry == u"PL" || ukrainian || m_random.percent(50)) {
        visit.titleEn.clear();
    }
}

/// Sessions in proportion to the visits' days (conferences are denser), summing exactly to the scale.
void Generator::allocateSessions()
{
    std::vector<int> weights;
    weights.reserve(m_visits.size());
    for (const Visit& visit : m_visits) {
        const int days = visit.lastDay - visit.firstDay + 1;
        weights.push_back(days * (visit.kind == u"conference" ? 16 : 10) * m_random.between(8, 12));
    }
    const std::vector<int> counts = apportion(std::max(m_scale.sessions, 0), weights);
    for (std::size_t i = 0; i < m_visits.size(); ++i) {
        m_visits[i].sessions = counts[i];
    }
}

/// Consent is given before someone's first visit; most others gave it when they were entered.
void Generator::setConsentDates()
{
    const int earliest = julian(QDate(2016, 6, 1));
    const int latest = julian(dataTakenOn) - 5;
    for (Person& person : m_people) {
        if (person.firstVisit != 0) {
            if (m_random.percent(95)) {
                person.consentDay = person.firstVisit - m_random.between(3, 45);
            }
        } else if (m_random.percent(80)) {
            person.consentDay = m_random.between(earliest, latest);
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Programmes

enum class Slot {
    Briefing,
    Morning,
    LateMorning,
    Lunch,
    Transfer,
    Afternoon,
    LateAfternoon,
    Evening,
    Dinner,
    Opening,
    Talk,
    Coffee,
    Panel,
    Workshop,
    Closing,
    TransferOut,
    TransferBack,
    Generic,
};

struct TimedSlot
{
    int start; // minutes after midnight
    int end;
    Slot slot;
};

// A day of a study visit. The first three are always there; the rest are chosen by weight. A
// quarter of an hour between any two, so a group gets from one place to the next in one city, and
// no session longer than 90 minutes, so an interpreter always has a break after one.
constexpr TimedSlot normalDay[] = {
    {540, 630, Slot::Morning},     {750, 810, Slot::Lunch},     {870, 960, Slot::Afternoon},
    {645, 735, Slot::LateMorning}, {1140, 1260, Slot::Dinner},  {975, 1050, Slot::LateAfternoon},
    {825, 855, Slot::Transfer},    {1065, 1125, Slot::Evening}, {495, 525, Slot::Briefing},
};
constexpr int optionalWeights[] = {10, 7, 6, 4, 3, 2}; // of normalDay[3…8]

// A conference day, in the order its items are added: many short talks in one hall.
constexpr TimedSlot conferenceDay[] = {
    {540, 570, Slot::Opening}, {575, 595, Slot::Talk},      {600, 620, Slot::Talk},
    {840, 900, Slot::Lunch},   {755, 835, Slot::Panel},     {625, 645, Slot::Talk},
    {650, 670, Slot::Coffee},  {675, 695, Slot::Talk},      {1060, 1080, Slot::Closing},
    {700, 720, Slot::Talk},    {910, 1000, Slot::Workshop}, {725, 745, Slot::Talk},
    {1010, 1030, Slot::Talk},  {1035, 1055, Slot::Talk},    {1140, 1260, Slot::Dinner},
};

bool byStart(const TimedSlot& a, const TimedSlot& b)
{
    return a.start < b.start;
}

/// The day's time slots for `count` sessions; a day in another city when `awayMinutes` > 0 and the count
/// fits one (`away` tells).
std::vector<TimedSlot> daySlots(Random& random, int count, bool conference, int awayMinutes, bool& away)
{
    std::vector<TimedSlot> timed;
    away = false;
    if (count <= 0) {
        return timed;
    }
    if (conference && count <= int(std::size(conferenceDay))) {
        timed.assign(std::begin(conferenceDay), std::begin(conferenceDay) + count);
    } else if (awayMinutes > 0 && count >= 3) {
        // A coach there in the morning and back in the evening, the sessions between.
        const int there = 450 + awayMinutes;
        const int back = 1065 + awayMinutes;
        const TimedSlot candidates[] = {
            {450, there, Slot::TransferOut}, {1065, back, Slot::TransferBack},
            {750, 810, Slot::Lunch},         {870, 960, Slot::Afternoon},
            {645, 735, Slot::LateMorning},   {975, 1050, Slot::LateAfternoon},
            {540, 630, Slot::Morning},       {1140, 1260, Slot::Dinner},
        };
        for (const TimedSlot& slot : candidates) {
            const bool moving = slot.slot == Slot::TransferOut || slot.slot == Slot::TransferBack;
            const bool fits =
                moving || (slot.slot == Slot::Dinner ? back + 15 <= slot.start : slot.start >= there + 15);
            if (fits && int(timed.size()) < count) {
                timed.push_back(slot);
            }
        }
        away = int(timed.size()) == count;
        if (!away) {
            timed.clear();
        }
    }
    if (timed.empty() && count <= 9 && !conference) {
        timed.assign(std::begin(normalDay), std::begin(normalDay) + std::min(count, 3));
        std::vector<int> optional = {3, 4, 5, 6, 7, 8};
        std::vector<int> weights(std::begin(optionalWeights), std::end(optionalWeights));
        for (int added = 3; added < count; ++added) {
            WeightedTable table;
            for (std::size_t i = 0; i < optional.size(); ++i) {
                table.add(int(i), weights[i]);
            }
            const auto chosen = std::size_t(table.pick(random));
            timed.push_back(normalDay[optional[chosen]]);
            optional.erase(optional.begin() + std::ptrdiff_t(chosen));
            weights.erase(weights.begin() + std::ptrdiff_t(chosen));
        }
    } else if (timed.empty() && count <= 13 && !conference) {
        // A full day, and some long sessions split in two
        timed.assign(std::begin(normalDay), std::end(normalDay));
        const Slot splittable[] = {Slot::Morning, Slot::Afternoon, Slot::LateMorning, Slot::LateAfternoon};
        for (int k = 0; k < count - 9; ++k) {
            for (TimedSlot& slot : timed) {
                if (slot.slot == splittable[k]) {
                    const int half = (slot.end - slot.start - 5) / 2;
                    timed.push_back({slot.end - half, slot.end, slot.slot});
                    slot.end = slot.start + half;
                    break;
                }
            }
        }
    } else if (timed.empty()) {
        // More than any day holds: short items one after another.
        const int step = std::clamp(780 / count, 10, 60);
        for (int i = 0; i < count; ++i) {
            const int start = 480 + (i * step) % (900 - step);
            timed.push_back({start, start + step - 5, Slot::Generic});
        }
    }
    std::stable_sort(timed.begin(), timed.end(), byStart);
    return timed;
}

/// Who in a visit does what, for the sessions' people.
struct VisitRoles
{
    std::vector<int> speakers;     // people: presenters and hosts
    std::vector<int> hosts;        // people
    std::vector<int> moderators;   // people
    std::vector<int> interpreters; // people
    std::vector<int> participantIds;
    int leader = -1; // person
    int turn = 0;    // the next interpreter
};

VisitRoles rolesOf(const Visit& visit)
{
    VisitRoles roles;
    for (const Participant& participant : visit.participants) {
        roles.participantIds.push_back(participant.id);
        if (participant.role == u"presenter" || participant.role == u"host") {
            roles.speakers.push_back(participant.person);
        }
        if (participant.role == u"host") {
            roles.hosts.push_back(participant.person);
        }
        if (participant.role == u"moderator") {
            roles.moderators.push_back(participant.person);
        }
        if (participant.role == u"interpreter") {
            roles.interpreters.push_back(participant.person);
        }
        if (participant.role == u"delegation_leader") {
            roles.leader = participant.person;
        }
    }
    return roles;
}

/// What a day of a programme needs to know while its sessions are made.
struct ProgrammeDay
{
    QString iso;
    int city = -1;
    int fromCity = -1; // for a day elsewhere: where the coach comes from
    int travelMinutes = 0;
    bool first = false;
    bool last = false;
    bool conference = false;
    int venue = -1; // the last institution visited
    QString hall;   // a conference's room
};

void addPerson(Session& session, int person, QStringView role)
{
    if (person < 0) {
        return;
    }
    for (const auto& [who, what] : session.people) {
        if (who == person && what == role) {
            return;
        }
    }
    session.people.emplace_back(person, role.toString());
}

class ProgrammeWriter final
{
public:
    ProgrammeWriter(Random& random, const std::vector<City>& cities,
                    const std::vector<Institution>& institutions, const std::vector<Person>& people,
                    const std::vector<std::vector<int>>& staff)
        : m_random(random), m_cities(cities), m_institutions(institutions), m_people(people), m_staff(staff)
    {}

    std::vector<Session> programme(const Visit& visit);

private:
    Session make(const Visit& visit, ProgrammeDay& day, const TimedSlot& slot, int jitter);
    void fillNormal(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot);
    void fillConference(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot);
    void presentation(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void siteVisit(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void workshop(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue);
    void panel(Session& s, const Visit& visit, ProgrammeDay& day);
    void meeting(Session& s, const Visit& visit, ProgrammeDay& day, const SessionText& text, int venue);
    void meal(Session& s, const Visit& visit, ProgrammeDay& day, bool dinner);
    void cultural(Session& s, const Visit& visit, const ProgrammeDay& day);
    void transfer(Session& s, const Visit& visit, int from, int to, int minutes);
    void texts(Session& s, const Visit& visit, const QString& pl, const QString& uk,
               QStringView descriptionPl, QStringView descriptionUk);
    void at(Session& s, int venue, bool withRoom);
    void atAddress(Session& s, const QString& address, int city);
    int venueIn(int city, bool siteVisit, int avoid);
    int presenterFor(int venue);
    void interpret(Session& s, const Visit& visit, bool conference);
    void chooseAudience(Session& s);
    QString streetIn(int city);

    Random& m_random;
    const std::vector<City>& m_cities;
    const std::vector<Institution>& m_institutions;
    const std::vector<Person>& m_people;
    const std::vector<std::vector<int>>& m_staff;
    VisitRoles m_roles;
};

std::vector<Session> ProgrammeWriter::programme(const Visit& visit)
{
    std::vector<Session> sessions;
    if (visit.sessions <= 0) {
        return sessions;
    }
    sessions.reserve(std::size_t(visit.sessions));
    m_roles = rolesOf(visit);
    const int days = visit.lastDay - visit.firstDay + 1;
    const bool conference = visit.kind == u"conference";

    // Arrival and departure days are lighter.
    std::vector<int> weights(std::size_t(days), 10);
    if (days > 1) {
        weights.front() = 8;
        weights.back() = 8;
    }
    const std::vector<int> perDay = apportion(visit.sessions, weights);

    // Now and then a day in a nearby city the coordinator has timed the trip to.
    int awayDay = -1;
    int awayCity = -1;
    int awayMinutes = 0;
    if (days >= 3 && visit.city >= 0 && !conference && m_random.percent(35)) {
        std::vector<std::pair<int, int>> reachable;
        for (const auto& [city, minutes] : m_cities[std::size_t(visit.city)].travel) {
            if (!m_cities[std::size_t(city)].institutions.empty() && minutes <= 180) {
                reachable.emplace_back(city, minutes);
            }
        }
        if (!reachable.empty()) {
            std::tie(awayCity, awayMinutes) = m_random.pick(reachable);
            awayDay = m_random.between(1, days - 2);
        }
    }

    for (int d = 0; d < days; ++d) {
        bool away = false;
        const std::vector<TimedSlot> timed =
            daySlots(m_random, perDay[std::size_t(d)], conference, d == awayDay ? awayMinutes : 0, away);
        ProgrammeDay day;
        day.iso = isoDay(visit.firstDay + d);
        day.city = away ? awayCity : visit.city;
        day.fromCity = visit.city;
        day.travelMinutes = awayMinutes;
        day.first = d == 0;
        day.last = d == days - 1;
        day.conference = conference;
        day.hall = m_random.pick({u"aula"_s, u"sala konferencyjna"_s, u"sala widowiskowa"_s});
        static constexpr int jitters[] = {0, 0, 0, 15, 30};
        const int jitter = away || conference ? 0 : m_random.pick(jitters);
        for (const TimedSlot& slot : timed) {
            sessions.push_back(make(visit, day, slot, slot.slot == Slot::TransferOut ? 0 : jitter));
        }
    }
    return sessions;
}

Session ProgrammeWriter::make(const Visit& visit, ProgrammeDay& day, const TimedSlot& slot, int jitter)
{
    Session s;
    s.startsAt = stamp(day.iso, slot.start + jitter);
    s.endsAt = stamp(day.iso, slot.end + jitter);
    s.language = visit.venueLanguage.isEmpty() ? u"pl"_s : visit.venueLanguage;
    if (day.conference) {
        fillConference(s, visit, day, slot.slot);
    } else {
        fillNormal(s, visit, day, slot.slot);
    }
    if (s.wholeDelegation && (s.kind == u"site_visit" || s.kind == u"workshop" || s.kind == u"meeting")) {
        chooseAudience(s);
    }
    if (m_random.percent(3)) {
        s.notes = m_random.pick(sessionNotes).toString();
    }
    return s;
}

void ProgrammeWriter::fillNormal(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot)
{
    const bool hostHere = visit.host >= 0 && m_institutions[std::size_t(visit.host)].city == day.city;
    switch (slot) {
    case Slot::Briefing:
        meeting(s, visit, day, {u"Odprawa organizacyjna", u"Організаційна нарада", u"", u""}, -1);
        if (!visit.hotel.isEmpty()) {
            s.venue = -1;
            s.room.clear();
            atAddress(s, visit.hotel, day.city);
        }
        break;
    case Slot::Morning:
        if (day.first && hostHere) {
            static const SessionText welcomeDelegation = {
                u"Powitanie delegacji i przedstawienie programu wizyty",
                u"Привітання делегації та представлення програми візиту",
                u"Powitanie gości przez dyrekcję, przedstawienie uczestników i programu.",
                u"Привітання гостей керівництвом, знайомство учасників і представлення програми."};
            static const SessionText welcomeMeeting = {
                u"Powitanie uczestników i przedstawienie programu spotkania",
                u"Привітання учасників та представлення програми зустрічі", u"", u""};
            const bool studyVisit = visit.kind.endsWith(u"study_visit");
            meeting(s, visit, day, studyVisit ? welcomeDelegation : welcomeMeeting, visit.host);
            addPerson(s, m_roles.hosts.empty() ? presenterFor(visit.host) : m_roles.hosts.front(),
                      u"presenter");
            interpret(s, visit, false);
            break;
        }
        switch (m_random.weighted({50, 20, 15, 15})) {
        case 0:
            presentation(s, visit, day, false);
            break;
        case 1:
            siteVisit(s, visit, day, false);
            break;
        case 2: {
            const int venue = venueIn(day.city, false, -1);
            const QString name = venue >= 0 ? m_institutions[std::size_t(venue)].shortName : QString();
            if (venue >= 0) {
                meeting(s, visit, day, {u"", u"", u"", u""}, venue);
                texts(s, visit, u"Spotkanie z dyrekcją: "_s + name, u"Зустріч з керівництвом: "_s + name, u"",
                      u"");
                addPerson(s, presenterFor(venue), u"presenter");
                interpret(s, visit, false);
            } else {
                presentation(s, visit, day, false);
            }
            break;
        }
        default:
            panel(s, visit, day);
            break;
        }
        break;
    case Slot::LateMorning:
        switch (m_random.weighted({45, 35, 20})) {
        case 0:
            siteVisit(s, visit, day, m_random.percent(40));
            break;
        case 1:
            presentation(s, visit, day, m_random.percent(40));
            break;
        default:
            workshop(s, visit, day, m_random.percent(40));
            break;
        }
        break;
    case Slot::Lunch:
        meal(s, visit, day, false);
        break;
    case Slot::Transfer:
        transfer(s, visit, -1, -1, 0);
        break;
    case Slot::Afternoon:
        if (day.first && visit.kind == u"incoming_study_visit" && !visit.guestLanguage.isEmpty() &&
            m_roles.leader >= 0 && m_random.percent(50)) {
            // The guests present their own work, in their language.
            const bool ukrainian = visit.guestLanguage == u"uk";
            at(s, hostHere ? visit.host : venueIn(day.city, false, -1), true);
            s.kind = u"presentation"_s;
            texts(s, visit,
                  ukrainian ? u"Prezentacja strony ukraińskiej: usługi socjalne w hromadzie"_s
                            : u"Prezentacja delegacji gości: system usług społecznych u partnera"_s,
                  ukrainian ? u"Презентація української сторони: соціальні послуги в громаді"_s
                            : u"Презентація делегації гостей"_s,
                  u"", u"");
            s.language = visit.guestLanguage;
            addPerson(s, m_roles.leader, u"presenter");
            if (!m_roles.interpreters.empty()) {
                addPerson(s, m_roles.interpreters[std::size_t(m_roles.turn++) % m_roles.interpreters.size()],
                          u"interpreter");
                s.interpretation = u"%1→pl, tłumaczenie konsekutywne"_s.arg(visit.guestLanguage);
            }
            break;
        }
        switch (m_random.weighted({45, 30, 25})) {
        case 0:
            workshop(s, visit, day, false);
            break;
        case 1:
            siteVisit(s, visit, day, false);
            break;
        default:
            presentation(s, visit, day, false);
            break;
        }
        break;
    case Slot::LateAfternoon:
        if (day.last && !day.first && m_random.percent(70)) {
            meeting(s, visit, day,
                    {u"Podsumowanie wizyty i ewaluacja", u"Підсумки візиту та оцінювання",
                     u"Wnioski uczestników, ankieta ewaluacyjna, wręczenie zaświadczeń.",
                     u"Висновки учасників, анкета оцінювання, вручення сертифікатів."},
                    day.venue >= 0 ? day.venue : (hostHere ? visit.host : -1));
            break;
        }
        switch (m_random.weighted({35, 35, 15, 15})) {
        case 0:
            meeting(s, visit, day, m_random.pick(meetings), day.venue);
            break;
        case 1:
            siteVisit(s, visit, day, m_random.percent(50));
            break;
        case 2:
            panel(s, visit, day);
            break;
        default:
            presentation(s, visit, day, m_random.percent(50));
            break;
        }
        break;
    case Slot::Evening:
        if (m_random.percent(60)) {
            cultural(s, visit, day);
        } else {
            s.kind = u"free_time"_s;
            texts(s, visit, u"Czas wolny"_s, u"Вільний час"_s, u"", u"");
        }
        break;
    case Slot::Dinner:
        if (m_random.percent(75)) {
            meal(s, visit, day, true);
        } else {
            cultural(s, visit, day);
        }
        break;
    case Slot::TransferOut:
        transfer(s, visit, day.fromCity, day.city, day.travelMinutes);
        break;
    case Slot::TransferBack:
        transfer(s, visit, day.city, day.fromCity, day.travelMinutes);
        break;
    default:
        presentation(s, visit, day, true);
        break;
    }
}

void ProgrammeWriter::fillConference(Session& s, const Visit& visit, ProgrammeDay& day, Slot slot)
{
    const int venue = visit.host;
    const auto inHall = [&] {
        at(s, venue, false);
        s.room = day.hall;
        if (venue < 0) {
            atAddress(s, u"Centrum Konferencyjne, "_s + streetIn(day.city), day.city);
        }
    };
    switch (slot) {
    case Slot::Opening:
        s.kind = u"meeting"_s;
        inHall();
        texts(s, visit, day.first ? u"Otwarcie konferencji"_s : u"Otwarcie drugiego dnia konferencji"_s,
              day.first ? u"Відкриття конференції"_s : u"Відкриття другого дня конференції"_s, u"", u"");
        addPerson(s, m_roles.hosts.empty() ? presenterFor(venue) : m_roles.hosts.front(), u"presenter");
        addPerson(s, m_roles.moderators.empty() ? -1 : m_roles.moderators.front(), u"moderator");
        interpret(s, visit, true);
        break;
    case Slot::Talk:
    case Slot::Generic: {
        const SessionText& text = m_random.pick(presentations);
        s.kind = u"presentation"_s;
        inHall();
        texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
        addPerson(s, presenterFor(-1), u"presenter");
        if (m_random.percent(30)) {
            addPerson(s, presenterFor(-1), u"presenter"); // two institutions, one talk
        }
        interpret(s, visit, true);
        break;
    }
    case Slot::Coffee:
        s.kind = u"meal"_s;
        inHall();
        texts(s, visit, u"Przerwa kawowa"_s, u"Перерва на каву"_s, u"", u"");
        break;
    case Slot::Panel:
        panel(s, visit, day);
        inHall();
        break;
    case Slot::Workshop:
        workshop(s, visit, day, true);
        inHall();
        s.room = u"sala warsztatowa"_s;
        break;
    case Slot::Closing:
        s.kind = u"meeting"_s;
        inHall();
        texts(s, visit, u"Podsumowanie i zamknięcie konferencji"_s, u"Підсумки та закриття конференції"_s,
              u"", u"");
        addPerson(s, m_roles.moderators.empty() ? presenterFor(venue) : m_roles.moderators.front(),
                  u"moderator");
        interpret(s, visit, true);
        break;
    case Slot::Lunch:
        s.kind = u"meal"_s;
        inHall();
        s.room = u"foyer"_s;
        texts(s, visit, u"Obiad"_s, u"Обід"_s, u"Bufet; dania wegetariańskie i bezglutenowe według zgłoszeń.",
              u"Шведський стіл; вегетаріанські та безглютенові страви за заявками.");
        break;
    default:
        meal(s, visit, day, true);
        break;
    }
}

void ProgrammeWriter::presentation(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const SessionText& text = m_random.pick(presentations);
    s.kind = u"presentation"_s;
    at(s, sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, false, day.venue), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
    if (m_random.percent(95)) {
        addPerson(s, presenterFor(s.venue), u"presenter");
    }
    interpret(s, visit, false);
}

void ProgrammeWriter::siteVisit(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const int venue = sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, true, day.venue);
    if (venue < 0) {
        presentation(s, visit, day, false);
        return;
    }
    s.kind = u"site_visit"_s;
    at(s, venue, m_random.percent(30));
    day.venue = venue;
    const Institution& place = m_institutions[std::size_t(venue)];
    const QString& shown = place.uk.isEmpty() ? place.name : place.uk;
    static const SessionText descriptions[] = {
        {u"", u"", u"Zwiedzanie placówki, rozmowa z kadrą i uczestnikami zajęć.",
         u"Огляд закладу, розмова з персоналом та учасниками занять."},
        {u"", u"", u"Prezentacja oferty placówki i jej miejsca w lokalnym systemie wsparcia.",
         u"Презентація послуг закладу та його місця в місцевій системі підтримки."},
    };
    const SessionText& description = m_random.pick(descriptions);
    if (m_random.percent(50)) {
        texts(s, visit, u"Wizyta w placówce: "_s + place.name, u"Відвідування закладу: "_s + shown,
              description.descriptionPl, description.descriptionUk);
    } else {
        texts(s, visit, place.name + u": zwiedzanie i rozmowa z kadrą"_s,
              shown + u": огляд і розмова з персоналом"_s, description.descriptionPl,
              description.descriptionUk);
    }
    if (m_random.percent(55)) {
        addPerson(s, presenterFor(venue), u"presenter");
    }
    interpret(s, visit, false);
}

void ProgrammeWriter::workshop(Session& s, const Visit& visit, ProgrammeDay& day, bool sameVenue)
{
    const SessionText& text = m_random.pick(workshops);
    s.kind = u"workshop"_s;
    at(s, sameVenue && day.venue >= 0 ? day.venue : venueIn(day.city, false, day.venue), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    s.room = m_random.percent(50) ? u"sala warsztatowa"_s : s.room;
    texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
    if (m_random.percent(85)) {
        addPerson(s, presenterFor(s.venue), u"presenter");
    }
    interpret(s, visit, false);
}

void ProgrammeWriter::panel(Session& s, const Visit& visit, ProgrammeDay& day)
{
    const SessionText& text = m_random.pick(panels);
    s.kind = u"panel_discussion"_s;
    at(s, day.venue >= 0 && m_random.percent(50) ? day.venue : venueIn(day.city, false, -1), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    texts(s, visit, text.pl.toString(), text.uk.toString(),
          u"Goście panelu odpowiadają na pytania uczestników.",
          u"Учасники панелі відповідають на запитання аудиторії.");
    addPerson(s, presenterFor(s.venue), u"presenter");
    addPerson(s, presenterFor(-1), u"presenter");
    const int moderator = !m_roles.moderators.empty() ? m_roles.moderators.front()
                          : !m_roles.hosts.empty()    ? m_random.pick(m_roles.hosts)
                                                      : -1;
    addPerson(s, moderator, u"moderator");
    interpret(s, visit, false);
}

void ProgrammeWriter::meeting(Session& s, const Visit& visit, ProgrammeDay& day, const SessionText& text,
                              int venue)
{
    s.kind = u"meeting"_s;
    if (venue < 0 && visit.host >= 0 && m_institutions[std::size_t(visit.host)].city == day.city) {
        venue = visit.host;
    }
    at(s, venue >= 0 ? venue : venueIn(day.city, false, -1), true);
    day.venue = s.venue >= 0 ? s.venue : day.venue;
    if (!text.pl.isEmpty()) {
        texts(s, visit, text.pl.toString(), text.uk.toString(), text.descriptionPl, text.descriptionUk);
        if (m_random.percent(35)) {
            addPerson(s, presenterFor(s.venue), u"presenter");
        }
        interpret(s, visit, false);
    }
}

void ProgrammeWriter::meal(Session& s, const Visit& visit, ProgrammeDay& day, bool dinner)
{
    s.kind = u"meal"_s;
    if (!dinner && day.venue >= 0 && m_random.percent(35)) {
        at(s, day.venue, false);
        s.room = u"stołówka"_s;
    } else {
        atAddress(s, m_random.pick(restaurants).toString() + u", "_s + streetIn(day.city), day.city);
    }
    QString title = dinner ? u"Kolacja"_s : u"Obiad"_s;
    QString uk = dinner ? u"Вечеря"_s : u"Обід"_s;
    if (dinner && day.first) {
        title = u"Kolacja powitalna"_s;
        uk = u"Вітальна вечеря"_s;
    } else if (dinner && day.last) {
        title = u"Kolacja pożegnalna"_s;
        uk = u"Прощальна вечеря"_s;
    } else if (!dinner && m_random.percent(20)) {
        title = u"Lunch roboczy"_s;
        uk = u"Робочий обід"_s;
    }
    texts(s, visit, title, uk, u"Dania wegetariańskie i bezglutenowe według listy uczestników.",
          u"Вегетаріанські та безглютенові страви згідно зі списком учасників.");
}

void ProgrammeWriter::cultural(Session& s, const Visit& visit, const ProgrammeDay& day)
{
    s.kind = u"cultural_programme"_s;
    const City* city = day.city >= 0 ? &m_cities[std::size_t(day.city)] : nullptr;
    if (city && m_random.percent(40)) {
        atAddress(s, u"Stare Miasto – zbiórka przy ratuszu"_s, day.city);
        texts(s, visit, u"Zwiedzanie %1 z przewodnikiem"_s.arg(city->genitive),
              u"Екскурсія містом %1"_s.arg(city->uk), u"Spacer z przewodnikiem; wygodne obuwie.",
              u"Прогулянка з екскурсоводом; зручне взуття.");
        return;
    }
    const SessionText& text = m_random.pick(culture);
    atAddress(s, m_random.pick(culturalPlaces).toString() + u", "_s + streetIn(day.city), day.city);
    texts(s, visit, text.pl.toString(), text.uk.toString(), u"", u"");
}

void ProgrammeWriter::transfer(Session& s, const Visit& visit, int from, int to, int minutes)
{
    s.kind = u"transfer"_s;
    if (from >= 0 && to >= 0) {
        const City& a = m_cities[std::size_t(from)];
        const City& b = m_cities[std::size_t(to)];
        texts(s, visit, u"Przejazd autokarem %1 → %2"_s.arg(a.name, b.name),
              u"Переїзд автобусом %1 → %2"_s.arg(a.uk, b.uk), u"Czas przejazdu ok. %1 min."_s.arg(minutes),
              u"Час у дорозі – близько %1 хв."_s.arg(minutes));
        return;
    }
    texts(s, visit, u"Przejazd autokarem na kolejne spotkanie"_s, u"Переїзд автобусом на наступну зустріч"_s,
          u"Autokar czeka przed budynkiem.", u"Автобус чекає перед будівлею.");
}

/// The title in Polish, and for a visit with Ukrainian texts mostly in Ukrainian too; a description
/// for about half.
void ProgrammeWriter::texts(Session& s, const Visit& visit, const QString& pl, const QString& uk,
                            QStringView descriptionPl, QStringView descriptionUk)
{
    s.title = pl;
    const bool translated = visit.ukTexts && !uk.isEmpty() && m_random.percent(78);
    if (translated) {
        s.titleUk = uk;
    }
    if (!descriptionPl.isEmpty() && m_random.percent(72)) {
        s.description = descriptionPl.toString();
        if (translated && !descriptionUk.isEmpty() && m_random.percent(45)) {
            s.descriptionUk = descriptionUk.toString();
        }
    }
}

void ProgrammeWriter::at(Session& s, int venue, bool withRoom)
{
    s.venue = venue;
    if (venue < 0) {
        return;
    }
    s.city = m_cities[std::size_t(m_institutions[std::size_t(venue)].city)].name;
    if (withRoom) {
        s.room = m_random.pick(rooms).toString();
    }
}

void ProgrammeWriter::atAddress(Session& s, const QString& address, int city)
{
    s.venue = -1;
    s.address = address;
    s.city = city >= 0 ? m_cities[std::size_t(city)].name : QString();
}

QString ProgrammeWriter::streetIn(int city)
{
    if (city < 0) {
        return m_random.pick(streetsPl).toString() + u' ' + QString::number(m_random.between(1, 60));
    }
    const City& place = m_cities[std::size_t(city)];
    if (place.country == u"UA") {
        return m_random.pick(streetsUk).toString() + u", "_s + QString::number(m_random.between(1, 60));
    }
    for (const StreetList& list : foreignStreets) {
        if (list.country == place.country) {
            return m_random.pick(list.streets).toString() + u' ' + QString::number(m_random.between(1, 60));
        }
    }
    return m_random.pick(streetsPl).toString() + u' ' + QString::number(m_random.between(1, 60));
}

/// An institution in the city, preferring the kinds a group visits (day centres, care homes,
/// NGOs) or the kinds that present (offices, centres), and another than the last one.
int ProgrammeWriter::venueIn(int city, bool siteVisit, int avoid)
{
    if (city < 0 || m_cities[std::size_t(city)].institutions.empty()) {
        return -1;
    }
    const std::vector<int>& pool = m_cities[std::size_t(city)].institutions;
    int venue = m_random.pick(pool);
    for (int attempt = 0; attempt < 4; ++attempt) {
        const QString& kind = m_institutions[std::size_t(venue)].kind;
        const bool visitable = kind == u"day_support_home" || kind == u"care_home" ||
                               kind.startsWith(u"ngo") || kind == u"other" || kind == u"school_university" ||
                               kind == u"library";
        if (venue != avoid && visitable == siteVisit) {
            break;
        }
        venue = m_random.pick(pool);
    }
    return venue;
}

/// Someone of the visit's presenters and hosts, best of the venue's own staff; now and then one of
/// the venue's staff who is not on the participant list.
int ProgrammeWriter::presenterFor(int venue)
{
    if (!m_roles.speakers.empty() && m_random.percent(80)) {
        const int start = m_random.below(int(m_roles.speakers.size()));
        for (std::size_t k = 0; k < m_roles.speakers.size(); ++k) {
            const int person = m_roles.speakers[(std::size_t(start) + k) % m_roles.speakers.size()];
            if (venue >= 0 && m_people[std::size_t(person)].institution == venue) {
                return person;
            }
        }
        return m_roles.speakers[std::size_t(start)];
    }
    if (venue >= 0 && !m_staff[std::size_t(venue)].empty()) {
        return m_random.pick(m_staff[std::size_t(venue)]);
    }
    return m_roles.speakers.empty() ? -1 : m_random.pick(m_roles.speakers);
}

/// An interpreter of the visit for most sessions, taking turns when there are two.
void ProgrammeWriter::interpret(Session& s, const Visit& visit, bool conference)
{
    if (m_roles.interpreters.empty() || !m_random.percent(conference ? 90 : 75)) {
        return;
    }
    addPerson(s, m_roles.interpreters[std::size_t(m_roles.turn++) % m_roles.interpreters.size()],
              u"interpreter");
    const QString into = visit.venueLanguage != u"pl"    ? u"pl"_s
                         : visit.guestLanguage.isEmpty() ? u"en"_s
                                                         : visit.guestLanguage;
    const QString mode =
        conference ? u"tłumaczenie symultaniczne (kabina)"_s : m_random.pick(interpretationModes).toString();
    s.interpretation = u"%1%2%3, %4"_s.arg(s.language, s.kind == u"meeting" ? u"↔"_s : u"→"_s, into, mode);
}

/// A session for some of the participants only: a smaller group goes.
void ProgrammeWriter::chooseAudience(Session& s)
{
    const std::vector<int>& ids = m_roles.participantIds;
    if (ids.size() < 6 || !m_random.percent(6)) {
        return;
    }
    std::vector<int> chosen = ids;
    m_random.shuffle(chosen);
    chosen.resize(std::size_t(m_random.between(3, std::min(8, int(ids.size()) - 2))));
    std::sort(chosen.begin(), chosen.end());
    s.wholeDelegation = false;
    s.audience = std::move(chosen);
}

// ---------------------------------------------------------------------------------------------
// Writing
//
// Raw prepared statements on the database's connection, in one transaction: the repositories
// validate, check references and open a savepoint per record, which for some 400,000 rows is
// needlessly slow for a file the generator knows to be consistent. Ids are given explicitly
// (index + 1), so that rows can refer to each other without reading anything back.

/// A prepared INSERT; text that is null is written as '' (text columns hold '' for "nothing").
class Statement final
{
public:
    Statement(const QSqlDatabase& db, const QString& sql, QString what) : m_query(db), m_what(std::move(what))
    {
        m_query.setForwardOnly(true);
        m_prepared = m_query.prepare(sql);
    }

    Status run(std::initializer_list<QVariant> values)
    {
        static const QString empty = QString(QLatin1String(""));
        int position = 0;
        for (const QVariant& value : values) {
            const bool nullText = value.typeId() == QMetaType::QString && value.toString().isNull();
            m_query.bindValue(position++, nullText ? QVariant(empty) : value);
        }
        if (!m_prepared || !m_query.exec()) {
            return Error::fromSql(m_query.lastError(), m_what);
        }
        return success();
    }

private:
    QSqlQuery m_query;
    QString m_what;
    bool m_prepared = false;
};

/// The row id of the item at `index`, or NULL for none (-1).
QVariant rowId(int index)
{
    return index >= 0 ? QVariant(index + 1) : QVariant();
}

QVariant textOrNull(const QString& text)
{
    return text.isEmpty() ? QVariant() : QVariant(text);
}

QVariant dayOrNull(int julianDay)
{
    return julianDay > 0 ? QVariant(isoDay(julianDay)) : QVariant();
}

#define WIZYTA_TRY(expression)                                                                               \
    if (Status done = (expression); !done) {                                                                 \
        return done;                                                                                         \
    }

Status Generator::write(QSqlDatabase connection)
{
    WIZYTA_TRY(writeInstitutions(connection));
    WIZYTA_TRY(writePeople(connection));
    WIZYTA_TRY(writeProjectsAndGroups(connection));
    WIZYTA_TRY(writeVisits(connection));
    WIZYTA_TRY(writeProgrammes(connection));
    return writeSettings(connection);
}

Status Generator::writeInstitutions(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO institution (id, name, short_name, kind, country, city, address, phone, email, "
        "website, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the institutions"_s);
    Statement text(
        db,
        u"INSERT INTO institution_text (institution_id, field, language, text) VALUES (?, 'name', ?, ?)"_s,
        u"Writing the institutions' names"_s);
    for (std::size_t i = 0; i < m_institutions.size(); ++i) {
        const Institution& institution = m_institutions[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(
            insert.run({id, institution.name, institution.shortName, institution.kind, institution.country,
                        m_cities[std::size_t(institution.city)].name, institution.address, institution.phone,
                        institution.email, institution.website, institution.notes}));
        if (!institution.pl.isEmpty()) {
            WIZYTA_TRY(text.run({id, u"pl"_s, institution.pl}));
        }
        if (!institution.uk.isEmpty()) {
            WIZYTA_TRY(text.run({id, u"uk"_s, institution.uk}));
        }
    }
    return success();
}

Status Generator::writePeople(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO person (id, given_name, family_name, latin_given_name, latin_family_name, "
        "institution_id, position, country, languages, email, phone, diet, diet_note, "
        "accessibility_needs, consent_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the people"_s);
    for (std::size_t i = 0; i < m_people.size(); ++i) {
        const Person& p = m_people[i];
        WIZYTA_TRY(insert.run({rowId(int(i)), p.given, p.family, p.latinGiven, p.latinFamily,
                               rowId(p.institution), p.position, p.country, p.languages, p.email, p.phone,
                               p.diet, p.dietNote, p.accessibility, dayOrNull(p.consentDay), p.notes}));
    }
    return success();
}

Status Generator::writeProjectsAndGroups(QSqlDatabase& db)
{
    Statement project(
        db,
        u"INSERT INTO funding_project (id, name, acronym, funder, agreement_number, first_day, last_day, "
        "total_value, co_financing, currency, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the funding projects"_s);
    Statement partner(db, u"INSERT INTO funding_project_partner (project_id, institution_id) VALUES (?, ?)"_s,
                      u"Writing the project partners"_s);
    for (std::size_t i = 0; i < m_projects.size(); ++i) {
        const Project& p = m_projects[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(project.run({id, p.name, p.acronym, p.funder, p.agreement, dayOrNull(p.firstDay),
                                dayOrNull(p.lastDay), p.totalValue, p.coFinancing, p.currency, p.notes}));
        for (const int institution : p.partners) {
            WIZYTA_TRY(partner.run({id, rowId(institution)}));
        }
    }
    Statement group(
        db, u"INSERT INTO exchange_group (id, name, meeting_interval_days, notes) VALUES (?, ?, ?, ?)"_s,
        u"Writing the exchange groups"_s);
    Statement member(db, u"INSERT INTO exchange_group_member (group_id, institution_id) VALUES (?, ?)"_s,
                     u"Writing the exchange groups' members"_s);
    for (std::size_t i = 0; i < m_groups.size(); ++i) {
        const Group& g = m_groups[i];
        const QVariant id = rowId(int(i));
        WIZYTA_TRY(group.run({id, g.name, g.intervalDays, g.notes}));
        for (const int institution : g.members) {
            WIZYTA_TRY(member.run({id, rowId(institution)}));
        }
    }
    return success();
}

Status Generator::writeVisits(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO visit (id, title, kind, status, first_day, last_day, time_zone, "
        "host_institution_id, sending_institution_id, sending_country, sending_region, "
        "funding_project_id, exchange_group_id, working_languages, print_languages, coordinator_id, "
        "notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the visits"_s);
    Statement text(db,
                   u"INSERT INTO visit_text (visit_id, field, language, text) VALUES (?, 'title', ?, ?)"_s,
                   u"Writing the visits' titles"_s);
    Statement participant(
        db,
        u"INSERT INTO visit_participant (id, visit_id, person_id, role, arrival, departure, "
        "accommodation, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the participants"_s);
    for (const Visit& v : m_visits) {
        WIZYTA_TRY(insert.run({v.id, v.title, v.kind, v.status, isoDay(v.firstDay), isoDay(v.lastDay),
                               v.timeZone, rowId(v.host), rowId(v.sending), v.sendingCountry, v.sendingRegion,
                               rowId(v.project), rowId(v.group), v.workingLanguages, v.printLanguages,
                               rowId(v.coordinator), v.notes}));
        if (!v.titleUk.isEmpty()) {
            WIZYTA_TRY(text.run({v.id, u"uk"_s, v.titleUk}));
        }
        if (!v.titleEn.isEmpty()) {
            WIZYTA_TRY(text.run({v.id, u"en"_s, v.titleEn}));
        }
        for (const Participant& p : v.participants) {
            WIZYTA_TRY(participant.run({p.id, v.id, rowId(p.person), p.role, textOrNull(p.arrival),
                                        textOrNull(p.departure), p.accommodation, p.notes}));
        }
    }
    return success();
}

Status Generator::writeProgrammes(QSqlDatabase& db)
{
    Statement insert(
        db,
        u"INSERT INTO agenda_session (id, visit_id, starts_at, ends_at, title, description, kind, "
        "venue_institution_id, room, address, city, language, interpretation, whole_delegation, notes) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"_s,
        u"Writing the sessions"_s);
    Statement text(
        db, u"INSERT INTO agenda_session_text (session_id, field, language, text) VALUES (?, ?, 'uk', ?)"_s,
        u"Writing the sessions' translations"_s);
    Statement person(db, u"INSERT INTO session_person (session_id, person_id, role) VALUES (?, ?, ?)"_s,
                     u"Writing the sessions' people"_s);
    Statement audience(db, u"INSERT INTO session_audience (session_id, participant_id) VALUES (?, ?)"_s,
                       u"Writing the sessions' audiences"_s);
    const QString title = u"title"_s;
    const QString description = u"description"_s;
    ProgrammeWriter writer(m_random, m_cities, m_institutions, m_people, m_staff);
    int nextId = 1;
    for (const Visit& v : m_visits) {
        for (const Session& s : writer.programme(v)) {
            const int id = nextId++;
            WIZYTA_TRY(insert.run({id, v.id, s.startsAt, s.endsAt, s.title, s.description, s.kind,
                                   rowId(s.venue), s.room, s.address, s.city, s.language, s.interpretation,
                                   s.wholeDelegation ? 1 : 0, s.notes}));
            if (!s.titleUk.isEmpty()) {
                WIZYTA_TRY(text.run({id, title, s.titleUk}));
            }
            if (!s.descriptionUk.isEmpty()) {
                WIZYTA_TRY(text.run({id, description, s.descriptionUk}));
            }
            for (const auto& [who, role] : s.people) {
                WIZYTA_TRY(person.run({id, rowId(who), role}));
            }
            for (const int participantId : s.audience) {
                WIZYTA_TRY(audience.run({id, participantId}));
            }
        }
    }
    return success();
}

/// The travel-time table and the settings a new database holds after the sample data.
Status Generator::writeSettings(QSqlDatabase& db)
{
    Statement travel(db, u"INSERT INTO travel_time (city_a, city_b, minutes) VALUES (?, ?, ?)"_s,
                     u"Writing the travel times"_s);
    for (const TravelData& pair : travelTimes) {
        QString a = pair.a.toString();
        QString b = pair.b.toString();
        // In the order SQLite compares text (UTF-8 bytes), as the table's CHECK (city_a < city_b) wants.
        if (b.toUtf8() < a.toUtf8()) {
            std::swap(a, b);
        }
        WIZYTA_TRY(travel.run({a, b, pair.minutes}));
    }
    Statement setting(db,
                      u"INSERT INTO setting (key, value) VALUES (?, ?) "
                      "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s,
                      u"Writing the settings"_s);
    WIZYTA_TRY(setting.run({u"content_language"_s, u"pl"_s}));
    WIZYTA_TRY(setting.run({u"travel_minutes_same_city"_s, u"15"_s}));
    WIZYTA_TRY(setting.run({u"travel_minutes_other_city"_s, u"60"_s}));
    return setting.run({u"interpreter_max_minutes"_s, u"90"_s});
}

#undef WIZYTA_TRY

Status checkEmpty(Database& database)
{
    QSqlQuery query(database.connection());
    const bool read =
        query.exec(u"SELECT (SELECT count(*) FROM institution) + (SELECT count(*) FROM person) + "
                   "(SELECT count(*) FROM visit) + (SELECT count(*) FROM travel_time)"_s) &&
        query.next();
    if (!read) {
        return Error::fromSql(query.lastError(), u"Reading the database"_s);
    }
    if (query.value(0).toLongLong() != 0) {
        return Error(
            Error::Kind::Validation,
            u"The database %1 is not empty; the benchmark data goes into a new file."_s.arg(database.path()));
    }
    return success();
}

} // namespace

BenchmarkScale BenchmarkScale::tenYears()
{
    return {5'000, 100'000, 50'000, 3'000};
}

BenchmarkScale BenchmarkScale::small()
{
    return {100, 2'000, 1'000, 60};
}

Status generateBenchmarkData(Database& database, const BenchmarkScale& scale, quint32 seed)
{
    if (scale.visits < 0 || scale.sessions < 0 || scale.people < 0 || scale.institutions < 0) {
        return Error(Error::Kind::Validation, u"The benchmark scale cannot have negative counts."_s);
    }
    if (Status empty = checkEmpty(database); !empty) {
        return empty;
    }
    Generator generator(scale, seed);
    generator.plan();

    QSqlDatabase connection = database.connection();
    const QString what = u"Writing the benchmark data"_s;
    if (!connection.transaction()) {
        return Error::fromSql(connection.lastError(), what);
    }
    if (Status written = generator.write(connection); !written) {
        connection.rollback();
        return written;
    }
    if (!connection.commit()) {
        const Error error = Error::fromSql(connection.lastError(), what);
        connection.rollback();
        return error;
    }
    return success();
}
