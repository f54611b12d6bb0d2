<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
    <context>
        <name>AgendaRepository</name>
        <message>
            <source>Saving the session</source>
            <translation>Zapisywanie punktu programu</translation>
        </message>
        <message>
            <source>Session %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Punkt programu %1</translation>
        </message>
        <message>
            <source>Deleting the session</source>
            <translation>Usuwanie punktu programu</translation>
        </message>
        <message>
            <source>Moving the session</source>
            <translation>Przenoszenie punktu programu</translation>
        </message>
        <message>
            <source>Reading the programme</source>
            <translation>Odczytywanie programu wizyty</translation>
        </message>
        <message>
            <source>Visit %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Wizyta %1</translation>
        </message>
        <message>
            <source>Venue: the institution chosen does not exist (any more).</source>
            <translation>Miejsce: wybrana instytucja nie istnieje (już).</translation>
        </message>
        <message>
            <source>People: a person chosen does not exist (any more).</source>
            <translation>Osoby: jedna z wybranych osób nie istnieje (już).</translation>
        </message>
        <message>
            <source>Audience: a participant chosen is not in this visit (any more).</source>
            <translation>Uczestnicy: jeden z wybranych uczestników nie bierze (już) udziału w tej wizycie.</translation>
        </message>
    </context>
    <context>
        <name>AgendaSessionValidator</name>
        <message>
            <source>Start: enter when the session starts.</source>
            <translation>Początek: podaj, kiedy zaczyna się ten punkt programu.</translation>
        </message>
        <message>
            <source>Title: a session needs a title.</source>
            <translation>Tytuł: punkt programu musi mieć tytuł.</translation>
        </message>
        <message>
            <source>Title: "%1" is not a two-letter language code such as uk.</source>
            <extracomment>%1 is what was entered as a language code</extracomment>
            <translation>Tytuł: „%1” nie jest dwuliterowym kodem języka, takim jak uk.</translation>
        </message>
        <message>
            <source>Description: "%1" is not a two-letter language code such as uk.</source>
            <extracomment>%1 is what was entered as a language code</extracomment>
            <translation>Opis: „%1” nie jest dwuliterowym kodem języka, takim jak uk.</translation>
        </message>
        <message>
            <source>End: enter when the session ends.</source>
            <translation>Koniec: podaj, kiedy kończy się ten punkt programu.</translation>
        </message>
        <message>
            <source>End: the session ends at %1, before or when it starts (%2).</source>
            <extracomment>%1 and %2 are times of day, with the dates when the days differ</extracomment>
            <translation>Koniec: punkt programu kończy się o %1, czyli nie później niż się zaczyna (%2).</translation>
        </message>
        <message>
            <source>End: a session lasts at most 24 hours; this one starts at %1 and ends at %2.</source>
            <extracomment>%1 and %2 are dates with times of day</extracomment>
            <translation>Koniec: punkt programu może trwać najwyżej 24 godziny; ten zaczyna się %1, a kończy %2.</translation>
        </message>
        <message>
            <source>Language: use the two-letter language code, for example pl or uk.</source>
            <translation>Język: użyj dwuliterowego kodu języka, np. pl lub uk.</translation>
        </message>
        <message>
            <source>People: choose a person for each role.</source>
            <translation>Osoby: wybierz osobę do każdej roli.</translation>
        </message>
        <message>
            <source>People: the same person is listed twice in the same role.</source>
            <translation>Osoby: ta sama osoba występuje dwukrotnie w tej samej roli.</translation>
        </message>
        <message>
            <source>Audience: choose each participant once.</source>
            <translation>Uczestnicy: wybierz każdego uczestnika tylko raz.</translation>
        </message>
    </context>
    <context>
        <name>CommandLine</name>
        <message>
            <source>Use the database FILE.</source>
            <translation>Użyj bazy danych z pliku FILE.</translation>
        </message>
        <message>
            <source>FILE</source>
            <translation>FILE</translation>
        </message>
        <message>
            <source>Interface language: pl, uk or en.</source>
            <translation>Język interfejsu: pl, uk lub en.</translation>
        </message>
        <message>
            <source>CODE</source>
            <translation>KOD</translation>
        </message>
        <message>
            <source>Print the version and exit.</source>
            <translation>Wypisz wersję i zakończ.</translation>
        </message>
        <message>
            <source>Print this help and exit.</source>
            <translation>Wypisz tę pomoc i zakończ.</translation>
        </message>
        <message>
            <source>Unknown language "%1"; use pl, uk or en.</source>
            <extracomment>%1 is what the user typed after --language</extracomment>
            <translation>Nieznany język „%1”; użyj pl, uk lub en.</translation>
        </message>
        <message>
            <source>--database needs a file name.</source>
            <translation>Po --database podaj nazwę pliku.</translation>
        </message>
        <message>
            <source>Options such as --%1 belong to a command; see wizyta --help.</source>
            <translation>Opcje takie jak --%1 podaje się po poleceniu; zob. wizyta --help.</translation>
        </message>
        <message>
            <source>Usage:
  wizyta [--database FILE] [--language pl|uk|en]   start the window
  wizyta --version | --help
  wizyta [--database FILE] check                   check the file's integrity
  wizyta [--database FILE] list visits             id, days, status and title of each visit
  wizyta [--database FILE] add visit --title T --first-day D --last-day D [--country CC]
                                                   add a visit, print its id

Days are written as 2026-05-19 or 19.05.2026. Without --database, the default database in your data folder is used.
Exit status: 0 done, 1 could not be done (disk full, file in use), 2 wrong command line, 3 bad input or data.
</source>
            <extracomment>The command names, option names and placeholders (FILE, ID, D...) stay as they are; translate the rest.</extracomment>
            <translation>Użycie:
  wizyta [--database FILE] [--language pl|uk|en]   otwórz okno programu
  wizyta --version | --help
  wizyta [--database FILE] check                   sprawdź spójność pliku
  wizyta [--database FILE] list visits             numer, dni, status i tytuł każdej wizyty
  wizyta [--database FILE] add visit --title T --first-day D --last-day D [--country CC]
                                                   dodaj wizytę i wypisz jej numer

Dni zapisuje się jako 2026-05-19 lub 19.05.2026. Bez --database używana jest domyślna baza w folderze danych użytkownika.
Kod wyjścia: 0 wykonano, 1 nie udało się wykonać (pełny dysk, plik w użyciu), 2 błędne wywołanie, 3 błędne dane wejściowe.
</translation>
        </message>
    </context>
    <context>
        <name>CommandRunner</name>
        <message>
            <source>Unknown command "%1"; see wizyta --help.</source>
            <extracomment>%1 is the command the user typed</extracomment>
            <translation>Nieznane polecenie „%1”; zob. wizyta --help.</translation>
        </message>
        <message>
            <source>%1: no problems found.</source>
            <translation>%1: nie znaleziono żadnych problemów.</translation>
        </message>
        <message>
            <source>add visit needs --%1.</source>
            <extracomment>%1 is an option name such as --title</extracomment>
            <translation>Polecenie add visit wymaga opcji --%1.</translation>
        </message>
        <message>
            <source>--%1: "%2" is not a day; write it as 2026-05-19.</source>
            <extracomment>%1 is an option name, %2 what the user typed</extracomment>
            <translation>--%1: „%2” to nie jest data; zapisz ją jako 2026-05-19.</translation>
        </message>
    </context>
    <context>
        <name>Database</name>
        <message>
            <source>the folder %1 cannot be created</source>
            <translation>nie można utworzyć folderu %1</translation>
        </message>
        <message>
            <source>No database file was given.</source>
            <translation>Nie podano pliku bazy danych.</translation>
        </message>
        <message>
            <source>The database %1 does not exist.</source>
            <translation>Baza danych %1 nie istnieje.</translation>
        </message>
        <message>
            <source>The database %1 cannot be created: %2.</source>
            <translation>Nie można utworzyć bazy danych %1: %2.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read: %2.</source>
            <translation>Nie można odczytać pliku %1: %2.</translation>
        </message>
        <message>
            <source>The file %1 is not a Wizyta database (it is not an SQLite database file).</source>
            <translation>Plik %1 nie jest bazą danych programu Wizyta (to nie jest plik bazy danych SQLite).</translation>
        </message>
        <message>
            <source>The file %1 is not a Wizyta database (it is a database of another program).</source>
            <translation>Plik %1 nie jest bazą danych programu Wizyta (to baza danych innego programu).</translation>
        </message>
        <message>
            <source>The database %1 was written by a newer version of Wizyta (schema %2; this version reads up to %3). It was left unchanged; open it with the newer version.</source>
            <translation>Baza danych %1 została zapisana przez nowszą wersję programu Wizyta (schemat %2; ta wersja odczytuje schematy do %3). Plik pozostawiono bez zmian; otwórz go w nowszej wersji.</translation>
        </message>
        <message>
            <source>The database %1 cannot be written: the file or its folder is read-only.</source>
            <translation>Nie można zapisać bazy danych %1: plik lub jego folder jest tylko do odczytu.</translation>
        </message>
        <message>
            <source>The database %1 must be upgraded before use, and it is open read-only.</source>
            <translation>Bazę danych %1 trzeba przed użyciem zaktualizować, a jest otwarta tylko do odczytu.</translation>
        </message>
        <message>
            <source>The database %1 cannot be opened: %2.</source>
            <translation>Nie można otworzyć bazy danych %1: %2.</translation>
        </message>
        <message>
            <source>Opening the database</source>
            <translation>Otwieranie bazy danych</translation>
        </message>
        <message>
            <source>Upgrading the database to version %1</source>
            <extracomment>%1 is the schema version number</extracomment>
            <translation>Aktualizowanie bazy danych do wersji %1</translation>
        </message>
        <message>
            <source>Checking the database</source>
            <translation>Sprawdzanie bazy danych</translation>
        </message>
        <message>
            <source>Table %1, row %2 refers to a missing row in %3.</source>
            <extracomment>%1 table, %2 row id, %3 referenced table</extracomment>
            <translation>Tabela %1, wiersz %2 odwołuje się do nieistniejącego wiersza w tabeli %3.</translation>
        </message>
        <message>
            <source>%1 failed: the database %2 is open read-only.</source>
            <extracomment>%1 names the action, e.g. "Saving the visit"; %2 is the file</extracomment>
            <translation>%1 nie powiodło się: baza danych %2 jest otwarta tylko do odczytu.</translation>
        </message>
    </context>
    <context>
        <name>DietCategory</name>
        <message>
            <source>No special diet</source>
            <translation>Bez specjalnej diety</translation>
        </message>
        <message>
            <source>Vegetarian</source>
            <translation>Wegetariańska</translation>
        </message>
        <message>
            <source>Vegan</source>
            <translation>Wegańska</translation>
        </message>
        <message>
            <source>Gluten-free</source>
            <translation>Bezglutenowa</translation>
        </message>
        <message>
            <source>Lactose-free</source>
            <translation>Bez laktozy</translation>
        </message>
        <message>
            <source>Halal</source>
            <translation>Halal</translation>
        </message>
        <message>
            <source>Kosher</source>
            <translation>Koszerna</translation>
        </message>
        <message>
            <source>Food allergy</source>
            <translation>Alergia pokarmowa</translation>
        </message>
        <message>
            <source>Other diet</source>
            <translation>Inna dieta</translation>
        </message>
    </context>
    <context>
        <name>EditHistory</name>
        <message>
            <source>Preparing undo</source>
            <translation>Przygotowywanie cofania zmian</translation>
        </message>
        <message>
            <source>Saving the change</source>
            <translation>Zapisywanie zmiany</translation>
        </message>
        <message>
            <source>Undoing the change</source>
            <translation>Cofanie zmiany</translation>
        </message>
        <message>
            <source>Redoing the change</source>
            <translation>Ponawianie zmiany</translation>
        </message>
        <message>
            <source>%1 failed: changes cannot be recorded for undo.</source>
            <extracomment>%1 names the action, e.g. "Saving the change"</extracomment>
            <translation>%1 nie powiodło się: nie można zapamiętać zmian do cofnięcia.</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>%1 failed: %2</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
            <translation>%1 nie powiodło się: %2</translation>
        </message>
        <message>
            <source>%1 failed: the database is in use by another program. Try again in a moment.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 nie powiodło się: baza danych jest używana przez inny program. Spróbuj ponownie za chwilę.</translation>
        </message>
        <message>
            <source>%1 failed: the database is open read-only.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 nie powiodło się: baza danych jest otwarta tylko do odczytu.</translation>
        </message>
        <message>
            <source>%1 failed: the database file cannot be read or written (%2).</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
            <translation>%1 nie powiodło się: nie można odczytać ani zapisać pliku bazy danych (%2).</translation>
        </message>
        <message>
            <source>%1 failed: the database file is damaged. Restore it from a backup.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 nie powiodło się: plik bazy danych jest uszkodzony. Przywróć go z kopii zapasowej.</translation>
        </message>
        <message>
            <source>%1 failed: the disk is full. Nothing was changed; free some space and try again.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 nie powiodło się: dysk jest pełny. Niczego nie zmieniono; zwolnij trochę miejsca i spróbuj ponownie.</translation>
        </message>
        <message>
            <source>The file is not a Wizyta database.</source>
            <translation>Plik nie jest bazą danych programu Wizyta.</translation>
        </message>
        <message>
            <source>%1 does not exist (any more).</source>
            <extracomment>%1 names a record, e.g. "Visit 12".</extracomment>
            <translation>Nie znaleziono: %1.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeGroupRepository</name>
        <message>
            <source>Saving the exchange group</source>
            <translation>Zapisywanie grupy wymiany</translation>
        </message>
        <message>
            <source>Reading the exchange group</source>
            <translation>Odczytywanie grupy wymiany</translation>
        </message>
        <message>
            <source>Exchange group %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Grupa wymiany %1</translation>
        </message>
        <message>
            <source>Deleting the exchange group</source>
            <translation>Usuwanie grupy wymiany</translation>
        </message>
        <message>
            <source>Reading the exchange groups</source>
            <translation>Odczytywanie grup wymiany</translation>
        </message>
        <message>
            <source>Reading the meetings of the exchange group</source>
            <translation>Odczytywanie spotkań grupy wymiany</translation>
        </message>
    </context>
    <context>
        <name>ExchangeGroupValidator</name>
        <message>
            <source>Name: an exchange group needs a name.</source>
            <translation>Nazwa: grupa wymiany musi mieć nazwę.</translation>
        </message>
        <message>
            <source>Meets every: enter a number of days greater than zero, or leave it empty.</source>
            <translation>Spotkania co: podaj liczbę dni większą od zera albo zostaw puste pole.</translation>
        </message>
    </context>
    <context>
        <name>FundingProjectRepository</name>
        <message>
            <source>Saving the funding project</source>
            <translation>Zapisywanie projektu</translation>
        </message>
        <message>
            <source>Reading the funding project</source>
            <translation>Odczytywanie projektu</translation>
        </message>
        <message>
            <source>Funding project %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Projekt %1</translation>
        </message>
        <message>
            <source>Deleting the funding project</source>
            <translation>Usuwanie projektu</translation>
        </message>
        <message>
            <source>Reading the funding projects</source>
            <translation>Odczytywanie projektów</translation>
        </message>
        <message>
            <source>Reading the visits of the funding project</source>
            <translation>Odczytywanie wizyt finansowanych z projektu</translation>
        </message>
    </context>
    <context>
        <name>FundingProjectValidator</name>
        <message>
            <source>Name: a funding project needs a name.</source>
            <translation>Nazwa: projekt musi mieć nazwę.</translation>
        </message>
        <message>
            <source>Last day: %1 is before the first day, %2.</source>
            <extracomment>%1 and %2 are dates</extracomment>
            <translation>Ostatni dzień: %1 przypada przed pierwszym dniem, %2.</translation>
        </message>
        <message>
            <source>Currency: "%1" is not a three-letter currency code (for example PLN or EUR).</source>
            <extracomment>%1 is what was entered as the currency</extracomment>
            <translation>Waluta: „%1” nie jest trzyliterowym kodem waluty (np. PLN lub EUR).</translation>
        </message>
        <message>
            <source>Total value: enter an amount of zero or more.</source>
            <translation>Wartość całkowita: podaj kwotę równą zero lub większą.</translation>
        </message>
        <message>
            <source>Co-financing: enter an amount of zero or more.</source>
            <translation>Współfinansowanie: podaj kwotę równą zero lub większą.</translation>
        </message>
        <message>
            <source>Co-financing: it cannot be more than the project's total value.</source>
            <translation>Współfinansowanie: nie może przekraczać całkowitej wartości projektu.</translation>
        </message>
    </context>
    <context>
        <name>HtmlBuilder</name>
        <message numerus="yes">
            <source>… and %n more</source>
            <extracomment>the end of a shortened list</extracomment>
            <translation>
                <numerusform>… i jeszcze %n</numerusform>
                <numerusform>… i jeszcze %n</numerusform>
                <numerusform>… i jeszcze %n</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InstitutionDialog</name>
        <message>
            <source>Edit Institution</source>
            <translation>Edycja instytucji</translation>
        </message>
        <message>
            <source>New Institution</source>
            <translation>Nowa instytucja</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nazwa:</translation>
        </message>
        <message>
            <source>S&amp;hort name:</source>
            <translation>Nazwa &amp;skrócona:</translation>
        </message>
        <message>
            <source>&amp;Kind:</source>
            <translation>&amp;Rodzaj:</translation>
        </message>
        <message>
            <source>&amp;City:</source>
            <translation>&amp;Miejscowość:</translation>
        </message>
        <message>
            <source>C&amp;ountry:</source>
            <translation>&amp;Kraj:</translation>
        </message>
        <message>
            <source>&amp;Address:</source>
            <translation>&amp;Adres:</translation>
        </message>
        <message>
            <source>&amp;Phone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>&amp;E-mail:</source>
            <translation>&amp;E-mail:</translation>
        </message>
        <message>
            <source>&amp;Website:</source>
            <translation>&amp;Strona internetowa:</translation>
        </message>
        <message>
            <source>No&amp;tes:</source>
            <translation>&amp;Uwagi:</translation>
        </message>
        <message>
            <source>e.g. MOPR Kraków</source>
            <translation>np. MOPR Kraków</translation>
        </message>
        <message>
            <source>two letters, e.g. PL</source>
            <translation>dwie litery, np. PL</translation>
        </message>
    </context>
    <context>
        <name>InstitutionKind</name>
        <message>
            <source>Social welfare centre</source>
            <comment>MOPS/MOPR/GOPS</comment>
            <translation>Ośrodek pomocy społecznej</translation>
        </message>
        <message>
            <source>Regional social policy centre</source>
            <comment>ROPS</comment>
            <translation>Regionalny ośrodek polityki społecznej</translation>
        </message>
        <message>
            <source>Day-support home</source>
            <comment>e.g. środowiskowy dom samopomocy</comment>
            <translation>Środowiskowy dom samopomocy</translation>
        </message>
        <message>
            <source>Care home</source>
            <comment>dom pomocy społecznej</comment>
            <translation>Dom pomocy społecznej</translation>
        </message>
        <message>
            <source>Foundation (NGO)</source>
            <translation>Fundacja</translation>
        </message>
        <message>
            <source>Association (NGO)</source>
            <translation>Stowarzyszenie</translation>
        </message>
        <message>
            <source>City hall</source>
            <translation>Urząd miasta</translation>
        </message>
        <message>
            <source>Labour office</source>
            <translation>Urząd pracy</translation>
        </message>
        <message>
            <source>Police</source>
            <translation>Policja</translation>
        </message>
        <message>
            <source>Court</source>
            <translation>Sąd</translation>
        </message>
        <message>
            <source>Library</source>
            <translation>Biblioteka</translation>
        </message>
        <message>
            <source>School or university</source>
            <translation>Szkoła lub uczelnia</translation>
        </message>
        <message>
            <source>Health care</source>
            <translation>Ochrona zdrowia</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>kind of institution</comment>
            <translation>Inna</translation>
        </message>
    </context>
    <context>
        <name>InstitutionListModel</name>
        <message>
            <source>Name</source>
            <translation>Nazwa</translation>
        </message>
        <message>
            <source>Short name</source>
            <translation>Nazwa skrócona</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Miejscowość</translation>
        </message>
        <message>
            <source>Country</source>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
    </context>
    <context>
        <name>InstitutionRepository</name>
        <message>
            <source>Saving the institution</source>
            <translation>Zapisywanie instytucji</translation>
        </message>
        <message>
            <source>Reading the institution</source>
            <translation>Odczytywanie instytucji</translation>
        </message>
        <message>
            <source>Institution %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Instytucja %1</translation>
        </message>
        <message>
            <source>Deleting the institution</source>
            <translation>Usuwanie instytucji</translation>
        </message>
        <message>
            <source>Reading the institutions</source>
            <translation>Odczytywanie instytucji</translation>
        </message>
        <message>
            <source>Reading where the institution is used</source>
            <translation>Sprawdzanie, gdzie występuje instytucja</translation>
        </message>
        <message>
            <source>Reading the sessions held at the institution</source>
            <translation>Odczytywanie punktów programu w instytucji</translation>
        </message>
    </context>
    <context>
        <name>InstitutionValidator</name>
        <message>
            <source>Name: an institution needs a name.</source>
            <translation>Nazwa: instytucja musi mieć nazwę.</translation>
        </message>
        <message>
            <source>Country: use the two-letter country code, for example PL or UA.</source>
            <translation>Kraj: użyj dwuliterowego kodu kraju, np. PL lub UA.</translation>
        </message>
        <message>
            <source>E-mail: "%1" does not look like an e-mail address (for example sekretariat@mops.example.pl).</source>
            <extracomment>%1 is what was entered as an e-mail address</extracomment>
            <translation>E-mail: „%1” nie wygląda na adres e-mail (np. sekretariat@mops.example.pl).</translation>
        </message>
    </context>
    <context>
        <name>InstitutionsPage</name>
        <message>
            <source>Search institutions by name, short name, city or country</source>
            <translation>Szukaj instytucji według nazwy, skrótu, miejscowości lub kraju</translation>
        </message>
        <message>
            <source>Search institutions</source>
            <translation>Szukaj instytucji</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translation>Instytucje</translation>
        </message>
        <message>
            <source>&amp;Add Institution…</source>
            <translation>&amp;Dodaj instytucję…</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>&amp;Otwórz</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>&amp;Usuń</translation>
        </message>
        <message>
            <source>No institutions yet</source>
            <translation>Nie ma jeszcze żadnych instytucji</translation>
        </message>
        <message>
            <source>Add the welfare centres, NGOs, city halls and other institutions that host or send visits. Their people and the sessions they host will be shown beside them.</source>
            <translation>Dodaj ośrodki pomocy społecznej, organizacje pozarządowe, urzędy miast i inne instytucje, które przyjmują lub wysyłają wizyty. Obok każdej z nich zobaczysz jej pracowników i punkty programu, które się w niej odbywają.</translation>
        </message>
        <message numerus="yes">
            <source>%n institution(s)</source>
            <translation>
                <numerusform>%n instytucja</numerusform>
                <numerusform>%n instytucje</numerusform>
                <numerusform>%n instytucji</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n institution(s)</source>
            <extracomment>%1 institutions are shown out of all %n</extracomment>
            <translation>
                <numerusform>%1 z %n instytucji</numerusform>
                <numerusform>%1 z %n instytucji</numerusform>
                <numerusform>%1 z %n instytucji</numerusform>
            </translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>No one from this institution is recorded yet.</source>
            <translation>Nie zapisano jeszcze nikogo z tej instytucji.</translation>
        </message>
        <message>
            <source>Sessions held here</source>
            <translation>Punkty programu w tej instytucji</translation>
        </message>
        <message>
            <source>%1 — %2 (%3)</source>
            <extracomment>%1 date and time, %2 session title, %3 visit title</extracomment>
            <translation>%1 — %2 (%3)</translation>
        </message>
        <message>
            <source>No session has been held here yet.</source>
            <translation>Nie odbył się tu jeszcze żaden punkt programu.</translation>
        </message>
        <message>
            <source>Add institution ‘%1’</source>
            <translation>Dodanie instytucji „%1”</translation>
        </message>
        <message>
            <source>Edit institution ‘%1’</source>
            <translation>Edycja instytucji „%1”</translation>
        </message>
        <message>
            <source>Delete Institution</source>
            <translation>Usuwanie instytucji</translation>
        </message>
        <message numerus="yes">
            <source>%n person(s) from it will stay, without an institution.</source>
            <translation>
                <numerusform>%n osoba z tej instytucji pozostanie, bez przypisanej instytucji.</numerusform>
                <numerusform>%n osoby z tej instytucji pozostaną, bez przypisanej instytucji.</numerusform>
                <numerusform>%n osób z tej instytucji pozostanie, bez przypisanej instytucji.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It is the venue of %n session(s); they will stay, without a venue.</source>
            <translation>
                <numerusform>Odbywa się w niej %n punkt programu; pozostanie on, bez miejsca.</numerusform>
                <numerusform>Odbywają się w niej %n punkty programu; pozostaną one, bez miejsca.</numerusform>
                <numerusform>Odbywa się w niej %n punktów programu; pozostaną one, bez miejsca.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) name it as host or sender; they will stay, without it.</source>
            <translation>
                <numerusform>%n wizyta wskazuje ją jako gospodarza lub instytucję wysyłającą; wizyta pozostanie, bez niej.</numerusform>
                <numerusform>%n wizyty wskazują ją jako gospodarza lub instytucję wysyłającą; wizyty pozostaną, bez niej.</numerusform>
                <numerusform>%n wizyt wskazuje ją jako gospodarza lub instytucję wysyłającą; wizyty pozostaną, bez niej.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the institution ‘%1’?</source>
            <translation>Usunąć instytucję „%1”?</translation>
        </message>
        <message>
            <source>Edit › Undo brings it all back.</source>
            <translation>Polecenie Edycja › Cofnij przywróci wszystko.</translation>
        </message>
        <message>
            <source>Delete institution ‘%1’</source>
            <translation>Usunięcie instytucji „%1”</translation>
        </message>
        <message numerus="yes">
            <source>It will no longer be a partner in %n funding project(s).</source>
            <translation>
                <numerusform>Przestanie być partnerem %n projektu.</numerusform>
                <numerusform>Przestanie być partnerem %n projektów.</numerusform>
                <numerusform>Przestanie być partnerem %n projektów.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>It will no longer be a member of %n exchange group(s).</source>
            <translation>
                <numerusform>Przestanie być członkiem %n grupy wymiany.</numerusform>
                <numerusform>Przestanie być członkiem %n grup wymiany.</numerusform>
                <numerusform>Przestanie być członkiem %n grup wymiany.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalendarz</translation>
        </message>
        <message>
            <source>Institutions</source>
            <translation>Instytucje</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>Funding projects</source>
            <translation>Projekty finansujące</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Plik</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>&amp;Nowa baza danych…</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>&amp;Otwórz bazę danych…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Otwórz &amp;ostatnie</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Za&amp;kończ</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Język</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Pomo&amp;c</translation>
        </message>
        <message>
            <source>&amp;About Wizyta</source>
            <translation>&amp;O programie Wizyta</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Sekcje</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>Brak ostatnio używanych baz</translation>
        </message>
        <message>
            <source>Wizyta</source>
            <translation>Wizyta</translation>
        </message>
        <message>
            <source>%1 (read-only) — Wizyta</source>
            <extracomment>%1 is the database file name</extracomment>
            <translation>%1 (tylko do odczytu) — Wizyta</translation>
        </message>
        <message>
            <source>%1 — Wizyta</source>
            <translation>%1 — Wizyta</translation>
        </message>
        <message>
            <source>Cannot open the database</source>
            <translation>Nie można otworzyć bazy danych</translation>
        </message>
        <message>
            <source>New Database</source>
            <translation>Nowa baza danych</translation>
        </message>
        <message>
            <source>Wizyta databases (*.wizyta)</source>
            <translation>Bazy danych programu Wizyta (*.wizyta)</translation>
        </message>
        <message>
            <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
            <translation>%1 już istnieje. Wybierz inną nazwę albo otwórz ten plik poleceniem Plik › Otwórz bazę danych.</translation>
        </message>
        <message>
            <source>Open Database</source>
            <translation>Otwórz bazę danych</translation>
        </message>
        <message>
            <source>Wizyta databases (*.wizyta *.sqlite);;All files (*)</source>
            <translation>Bazy danych programu Wizyta (*.wizyta *.sqlite);;Wszystkie pliki (*)</translation>
        </message>
        <message>
            <source>About Wizyta</source>
            <translation>O programie Wizyta</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Wizyta %1&lt;/h3&gt;&lt;p&gt;Plans study visits in social services: programmes, participants, conflicts, printed documents.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Wizyta %1&lt;/h3&gt;&lt;p&gt;Planowanie wizyt studyjnych w pomocy społecznej: programy wizyt, uczestnicy, konflikty terminów, dokumenty do druku.&lt;/p&gt;&lt;p&gt;Wolne oprogramowanie na licencji GNU General Public License w wersji 3 lub późniejszej.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>&amp;Edycja</translation>
        </message>
        <message>
            <source>&amp;Undo %1</source>
            <extracomment>%1 names the edit, e.g. "Delete institution ‘MOPS Płock’"</extracomment>
            <translation>&amp;Cofnij: %1</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Cofnij</translation>
        </message>
        <message>
            <source>&amp;Redo %1</source>
            <extracomment>%1 names the edit, e.g. "Delete institution ‘MOPS Płock’"</extracomment>
            <translation>&amp;Ponów: %1</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Ponów</translation>
        </message>
        <message>
            <source>The change could not be made</source>
            <translation>Nie udało się wprowadzić zmiany</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRepository</name>
        <message>
            <source>Saving the participant</source>
            <translation>Zapisywanie uczestnika</translation>
        </message>
        <message>
            <source>Reading the participant</source>
            <translation>Odczytywanie uczestnika</translation>
        </message>
        <message>
            <source>Participant %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Uczestnik %1</translation>
        </message>
        <message>
            <source>Deleting the participant</source>
            <translation>Usuwanie uczestnika</translation>
        </message>
        <message>
            <source>Reading the participants</source>
            <translation>Odczytywanie listy uczestników</translation>
        </message>
        <message>
            <source>Visit %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Wizyta %1</translation>
        </message>
        <message>
            <source>Person %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Osoba %1</translation>
        </message>
        <message>
            <source>Person: %1 is already a participant of this visit.</source>
            <extracomment>%1 is a person's name</extracomment>
            <translation>Osoba: %1 jest już uczestnikiem tej wizyty.</translation>
        </message>
    </context>
    <context>
        <name>ParticipantRole</name>
        <message>
            <source>Delegation leader</source>
            <translation>Przewodniczący delegacji</translation>
        </message>
        <message>
            <source>Delegation member</source>
            <translation>Członek delegacji</translation>
        </message>
        <message>
            <source>Host</source>
            <comment>a person from the hosting institution</comment>
            <translation>Gospodarz</translation>
        </message>
        <message>
            <source>Presenter</source>
            <translation>Prelegent</translation>
        </message>
        <message>
            <source>Moderator</source>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <translation>Tłumacz</translation>
        </message>
        <message>
            <source>Guide or driver</source>
            <translation>Przewodnik lub kierowca</translation>
        </message>
        <message>
            <source>Organiser</source>
            <translation>Organizator</translation>
        </message>
    </context>
    <context>
        <name>PersonRepository</name>
        <message>
            <source>Saving the person</source>
            <translation>Zapisywanie osoby</translation>
        </message>
        <message>
            <source>Reading the person</source>
            <translation>Odczytywanie osoby</translation>
        </message>
        <message>
            <source>Person %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Osoba %1</translation>
        </message>
        <message>
            <source>Deleting the person</source>
            <translation>Usuwanie osoby</translation>
        </message>
        <message>
            <source>Reading the people</source>
            <translation>Odczytywanie listy osób</translation>
        </message>
        <message>
            <source>Reading the person's visits</source>
            <translation>Odczytywanie wizyt osoby</translation>
        </message>
        <message>
            <source>Reading where the person is named</source>
            <translation>Sprawdzanie, gdzie występuje osoba</translation>
        </message>
    </context>
    <context>
        <name>PersonValidator</name>
        <message>
            <source>Family name: a person needs a family name.</source>
            <translation>Nazwisko: osoba musi mieć nazwisko.</translation>
        </message>
        <message>
            <source>Country: use the two-letter country code, for example PL or UA.</source>
            <translation>Kraj: użyj dwuliterowego kodu kraju, np. PL lub UA.</translation>
        </message>
        <message>
            <source>E-mail: "%1" does not look like an e-mail address (for example olena.kovalenko@example.org).</source>
            <extracomment>%1 is what was entered as an e-mail address</extracomment>
            <translation>E-mail: „%1” nie wygląda na adres e-mail (np. olena.kovalenko@example.org).</translation>
        </message>
        <message>
            <source>Languages: "%1" is not a two-letter language code in lower case (for example pl, uk, en).</source>
            <extracomment>%1 is what was entered as a language code</extracomment>
            <translation>Języki: „%1” nie jest dwuliterowym kodem języka zapisanym małymi literami (np. pl, uk, en).</translation>
        </message>
    </context>
    <context>
        <name>PlaceholderPage</name>
        <message>
            <source>No database is open</source>
            <translation>Nie otwarto żadnej bazy danych</translation>
        </message>
        <message>
            <source>Create a database with File › New Database, or open one with File › Open Database.</source>
            <translation>Utwórz bazę danych poleceniem Plik › Nowa baza danych albo otwórz istniejącą poleceniem Plik › Otwórz bazę danych.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Kalendarz</translation>
        </message>
        <message>
            <source>The year at a glance: every visit as a bar across its days, month by month. This view is being built.</source>
            <translation>Cały rok w jednym widoku: każda wizyta jako pasek przez jej dni, miesiąc po miesiącu. Ten widok jest w przygotowaniu.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Osoby</translation>
        </message>
        <message>
            <source>Delegates, hosts, presenters and interpreters, with their languages, diets and needs. This view is being built.</source>
            <translation>Członkowie delegacji, gospodarze, prelegenci i tłumacze, z ich językami, dietami i potrzebami. Ten widok jest w przygotowaniu.</translation>
        </message>
        <message>
            <source>Funding projects</source>
            <translation>Projekty finansujące</translation>
        </message>
        <message>
            <source>The projects that pay for visits, with their budgets and partners. This view is being built.</source>
            <translation>Projekty, z których finansowane są wizyty, z ich budżetami i partnerami. Ten widok jest w przygotowaniu.</translation>
        </message>
    </context>
    <context>
        <name>SessionKind</name>
        <message>
            <source>Presentation</source>
            <translation>Prezentacja</translation>
        </message>
        <message>
            <source>Panel discussion</source>
            <translation>Panel dyskusyjny</translation>
        </message>
        <message>
            <source>Workshop</source>
            <translation>Warsztaty</translation>
        </message>
        <message>
            <source>Site visit</source>
            <comment>visiting an institution</comment>
            <translation>Wizyta w instytucji</translation>
        </message>
        <message>
            <source>Meeting</source>
            <translation>Spotkanie</translation>
        </message>
        <message>
            <source>Meal</source>
            <translation>Posiłek</translation>
        </message>
        <message>
            <source>Transfer</source>
            <comment>travel between places</comment>
            <translation>Przejazd</translation>
        </message>
        <message>
            <source>Cultural programme</source>
            <translation>Program kulturalny</translation>
        </message>
        <message>
            <source>Free time</source>
            <translation>Czas wolny</translation>
        </message>
        <message>
            <source>Other</source>
            <comment>kind of session</comment>
            <translation>Inne</translation>
        </message>
    </context>
    <context>
        <name>SessionRole</name>
        <message>
            <source>Presenter</source>
            <comment>role in a session</comment>
            <translation>Prelegent</translation>
        </message>
        <message>
            <source>Moderator</source>
            <comment>role in a session</comment>
            <translation>Moderator</translation>
        </message>
        <message>
            <source>Interpreter</source>
            <comment>role in a session</comment>
            <translation>Tłumacz</translation>
        </message>
    </context>
    <context>
        <name>SettingsRepository</name>
        <message>
            <source>Reading the settings</source>
            <translation>Odczytywanie ustawień</translation>
        </message>
        <message>
            <source>Content language: "%1" is not a two-letter language code (for example pl, uk or en).</source>
            <extracomment>%1 is what was entered as a language code</extracomment>
            <translation>Język treści: „%1” nie jest dwuliterowym kodem języka (np. pl, uk lub en).</translation>
        </message>
        <message>
            <source>Travel within a city: enter zero or more minutes.</source>
            <translation>Przejazd w obrębie miasta: podaj liczbę minut, zero lub więcej.</translation>
        </message>
        <message>
            <source>Travel between cities: enter zero or more minutes.</source>
            <translation>Przejazd między miastami: podaj liczbę minut, zero lub więcej.</translation>
        </message>
        <message>
            <source>Interpreter works at most: enter more than zero minutes.</source>
            <translation>Tłumacz pracuje najwyżej: podaj liczbę minut większą od zera.</translation>
        </message>
        <message>
            <source>Reading the travel times</source>
            <translation>Odczytywanie czasów przejazdu</translation>
        </message>
        <message>
            <source>First city: enter the name of a city.</source>
            <translation>Pierwsze miasto: podaj nazwę miasta.</translation>
        </message>
        <message>
            <source>Second city: enter the name of a city.</source>
            <translation>Drugie miasto: podaj nazwę miasta.</translation>
        </message>
        <message>
            <source>Second city: it is the same as the first; travel within a city takes the same-city time.</source>
            <translation>Drugie miasto: to samo co pierwsze; dla przejazdów w obrębie miasta obowiązuje czas przejazdu w mieście.</translation>
        </message>
        <message>
            <source>Minutes: enter zero or more minutes.</source>
            <translation>Minuty: podaj liczbę minut, zero lub więcej.</translation>
        </message>
        <message>
            <source>Saving the travel time</source>
            <translation>Zapisywanie czasu przejazdu</translation>
        </message>
        <message>
            <source>Deleting the travel time</source>
            <translation>Usuwanie czasu przejazdu</translation>
        </message>
        <message>
            <source>The travel time between %1 and %2</source>
            <extracomment>%1 and %2 are city names</extracomment>
            <translation>Czas przejazdu między miastami %1 i %2</translation>
        </message>
        <message>
            <source>Saving the settings</source>
            <translation>Zapisywanie ustawień</translation>
        </message>
    </context>
    <context>
        <name>VisitKind</name>
        <message>
            <source>Incoming study visit</source>
            <comment>a delegation comes to us</comment>
            <translation>Wizyta studyjna u nas</translation>
        </message>
        <message>
            <source>Outgoing study visit</source>
            <comment>our staff go abroad</comment>
            <translation>Wyjazd studyjny</translation>
        </message>
        <message>
            <source>Exchange group meeting</source>
            <translation>Spotkanie grupy wymiany</translation>
        </message>
        <message>
            <source>Conference</source>
            <translation>Konferencja</translation>
        </message>
        <message>
            <source>Working meeting</source>
            <translation>Spotkanie robocze</translation>
        </message>
    </context>
    <context>
        <name>VisitListModel</name>
        <message>
            <source>Title</source>
            <translation>Tytuł</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Dni</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>Rodzaj</translation>
        </message>
        <message>
            <source>Host</source>
            <translation>Gospodarz</translation>
        </message>
        <message>
            <source>Country</source>
            <extracomment>the country a delegation comes from</extracomment>
            <translation>Kraj</translation>
        </message>
        <message>
            <source>Participants</source>
            <translation>Uczestnicy</translation>
        </message>
    </context>
    <context>
        <name>VisitParticipantValidator</name>
        <message>
            <source>Visit: choose the visit.</source>
            <translation>Wizyta: wybierz wizytę.</translation>
        </message>
        <message>
            <source>Person: choose a person.</source>
            <translation>Osoba: wybierz osobę.</translation>
        </message>
        <message>
            <source>Departure: %1 is before the arrival, %2.</source>
            <extracomment>%1 and %2 are a date with a time of day</extracomment>
            <translation>Wyjazd: %1 przypada przed przyjazdem, %2.</translation>
        </message>
    </context>
    <context>
        <name>VisitRepository</name>
        <message>
            <source>Saving the visit</source>
            <translation>Zapisywanie wizyty</translation>
        </message>
        <message>
            <source>Reading the visit</source>
            <translation>Odczytywanie wizyty</translation>
        </message>
        <message>
            <source>Visit %1</source>
            <extracomment>%1 is a number</extracomment>
            <translation>Wizyta %1</translation>
        </message>
        <message>
            <source>Deleting the visit</source>
            <translation>Usuwanie wizyty</translation>
        </message>
        <message>
            <source>Reading the visits</source>
            <translation>Odczytywanie wizyt</translation>
        </message>
    </context>
    <context>
        <name>VisitStatus</name>
        <message>
            <source>Draft</source>
            <comment>status of a visit</comment>
            <translation>Szkic</translation>
        </message>
        <message>
            <source>Planned</source>
            <comment>status of a visit</comment>
            <translation>Planowana</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <comment>status of a visit</comment>
            <translation>Potwierdzona</translation>
        </message>
        <message>
            <source>In progress</source>
            <comment>status of a visit</comment>
            <translation>W trakcie</translation>
        </message>
        <message>
            <source>Completed</source>
            <comment>status of a visit</comment>
            <translation>Zakończona</translation>
        </message>
        <message>
            <source>Cancelled</source>
            <comment>status of a visit</comment>
            <translation>Odwołana</translation>
        </message>
    </context>
    <context>
        <name>VisitValidator</name>
        <message>
            <source>Title: a visit needs a title.</source>
            <translation>Tytuł: wizyta musi mieć tytuł.</translation>
        </message>
        <message>
            <source>First day: enter the day the visit starts.</source>
            <translation>Pierwszy dzień: podaj dzień rozpoczęcia wizyty.</translation>
        </message>
        <message>
            <source>Last day: enter the day the visit ends.</source>
            <translation>Ostatni dzień: podaj dzień zakończenia wizyty.</translation>
        </message>
        <message>
            <source>Last day: %1 is before the first day, %2.</source>
            <extracomment>%1 and %2 are dates</extracomment>
            <translation>Ostatni dzień: %1 przypada przed pierwszym dniem, %2.</translation>
        </message>
        <message>
            <source>Time zone: "%1" is not a known time zone (for example Europe/Warsaw).</source>
            <extracomment>%1 is a time zone name such as Europe/Warsaw</extracomment>
            <translation>Strefa czasowa: „%1” nie jest znaną strefą czasową (np. Europe/Warsaw).</translation>
        </message>
        <message>
            <source>Country: use the two-letter country code, for example UA or CZ.</source>
            <translation>Kraj: użyj dwuliterowego kodu kraju, np. UA lub CZ.</translation>
        </message>
    </context>
    <context>
        <name>VisitsPage</name>
        <message>
            <source>Search visits by title, host or country</source>
            <translation>Szukaj wizyt według tytułu, gospodarza lub kraju</translation>
        </message>
        <message>
            <source>Search visits</source>
            <translation>Szukaj wizyt</translation>
        </message>
        <message>
            <source>Visits</source>
            <translation>Wizyty</translation>
        </message>
        <message>
            <source>No visits yet</source>
            <translation>Nie ma jeszcze żadnych wizyt</translation>
        </message>
        <message>
            <source>Every study visit, exchange-group meeting and conference you plan will be listed here with its days, status and host.</source>
            <translation>Tu pojawi się każda planowana wizyta studyjna, spotkanie grupy wymiany i konferencja — z terminem, statusem i gospodarzem.</translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s)</source>
            <translation>
                <numerusform>%n wizyta</numerusform>
                <numerusform>%n wizyty</numerusform>
                <numerusform>%n wizyt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%1 of %n visit(s)</source>
            <extracomment>%1 visits are shown out of all %n</extracomment>
            <translation>
                <numerusform>%1 z %n wizyty</numerusform>
                <numerusform>%1 z %n wizyt</numerusform>
                <numerusform>%1 z %n wizyt</numerusform>
            </translation>
        </message>
    </context>
</TS>
