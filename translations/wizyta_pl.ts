<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl" sourcelanguage="en">
<context>
    <name>AddVisitCommand</name>
    <message>
        <source>Adds a visit and prints its id.</source>
        <translation>Dodaje wizytę i wypisuje jej numer.</translation>
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
    <name>AttendanceSheetDocument</name>
    <message>
        <source>Attendance list</source>
        <extracomment>above the visit's title; the sheet participants sign each day</extracomment>
        <translation>Lista obecności</translation>
    </message>
    <message>
        <source>No participants are there this day.</source>
        <extracomment>a day without participants present</extracomment>
        <translation>Tego dnia nie ma żadnego uczestnika.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>a column of the attendance list: the number of a row</extracomment>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>a column of the attendance list</extracomment>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Institution</source>
        <extracomment>a column of the attendance list</extracomment>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>a column of the attendance list where each participant signs</extracomment>
        <translation>Podpis</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a checked copy of the database to a new file.</source>
        <translation>Zapisuje sprawdzoną kopię bazy danych do nowego pliku.</translation>
    </message>
    <message>
        <source>backup needs --output FILE.</source>
        <extracomment>"backup" and "--output FILE" stay as they are</extracomment>
        <translation>backup wymaga --output FILE.</translation>
    </message>
    <message>
        <source>%1 exists already; a backup is written to a new file.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Plik %1 już istnieje; kopia zapasowa zapisywana jest do nowego pliku.</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Kopię zapasową zapisano w pliku %1 i sprawdzono.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można zapisać kopii zapasowej %1: %2</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>Zapisywanie kopii zapasowej %1</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was not kept: %2</source>
        <extracomment>%1 is a file, %2 what the check found</extracomment>
        <translation>Kopia zapasowa %1 nie przeszła sprawdzenia i nie została zachowana: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: it cannot be renamed into place.</source>
        <translation>Nie można zapisać kopii zapasowej %1: nie da się nadać jej docelowej nazwy.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Nie można utworzyć folderu kopii zapasowych %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: it failed its check (%2).</source>
        <extracomment>%1 is a file, %2 what the check found</extracomment>
        <translation>Nie można przywrócić kopii zapasowej %1: nie przeszła sprawdzenia (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Nie można przywrócić bazy %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: the copy cannot be renamed into place.</source>
        <translation>Nie można przywrócić bazy %1: nie da się nadać kopii docelowej nazwy.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Dziś</translation>
    </message>
    <message>
        <source>Show the month of today (%1 in the calendar)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Pokaż bieżący miesiąc (%1 w kalendarzu)</translation>
    </message>
    <message>
        <source>Previous year (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Poprzedni rok (%1)</translation>
    </message>
    <message>
        <source>Previous month (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Poprzedni miesiąc (%1)</translation>
    </message>
    <message>
        <source>Next month (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Następny miesiąc (%1)</translation>
    </message>
    <message>
        <source>Next year (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Następny rok (%1)</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Poprzedni rok</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Poprzedni miesiąc</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Następny miesiąc</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Następny rok</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Selected visit</source>
        <translation>Wybrana wizyta</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Dni:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Gospodarz:</translation>
    </message>
    <message>
        <source>Click a visit to see it here; double-click or press Enter to open it.</source>
        <translation>Kliknij wizytę, aby zobaczyć ją tutaj; kliknij dwukrotnie lub naciśnij Enter, aby ją otworzyć.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown when a visit has no host institution</extracomment>
        <translation>brak</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>A button beside "Year": the calendar shows one month at a time</extracomment>
        <translation>Miesiąc</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>A button beside "Month": the calendar shows the twelve months of a year</extracomment>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Show one month at a time</source>
        <translation>Pokaż jeden miesiąc</translation>
    </message>
    <message>
        <source>Show the twelve months of the year at a glance</source>
        <translation>Pokaż cały rok – dwanaście miesięcy naraz</translation>
    </message>
    <message>
        <source>Show the year of today (%1 in the calendar)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Pokaż bieżący rok (%1 w kalendarzu)</translation>
    </message>
</context>
<context>
    <name>CateringSummaryDocument</name>
    <message>
        <source>Catering summary</source>
        <extracomment>above the visit's title: the meals and portions for the caterer</extracomment>
        <translation>Zestawienie cateringowe</translation>
    </message>
    <message>
        <source>The programme has no meals yet: sessions of the kind Meal are counted here.</source>
        <extracomment>a programme without meals</extracomment>
        <translation>W programie nie ma jeszcze posiłków: zliczane są tu punkty programu rodzaju „Posiłek”.</translation>
    </message>
    <message>
        <source>Meal</source>
        <extracomment>a column of the catering summary: the meal's time, name and place</extracomment>
        <translation>Posiłek</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>a column of the catering summary: how many portions in all</extracomment>
        <translation>Razem</translation>
    </message>
    <message>
        <source>Standard</source>
        <extracomment>a column of the catering summary: portions without a special diet</extracomment>
        <translation>Standardowa</translation>
    </message>
    <message>
        <source>Special diets</source>
        <extracomment>a heading of the catering summary, over the list of people with a special diet</extracomment>
        <translation>Diety specjalne</translation>
    </message>
    <message>
        <source>No participant has a special diet.</source>
        <extracomment>under "Special diets" when nobody has one</extracomment>
        <translation>Nikt z uczestników nie ma diety specjalnej.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>a column of the list of special diets</extracomment>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Diet</source>
        <extracomment>a column of the list of special diets</extracomment>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>a column of the list of special diets: e.g. "no nuts"</extracomment>
        <translation>Szczegóły</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>Certificates of participation</source>
        <extracomment>the name of the printed document holding a certificate for each participant</extracomment>
        <translation>Zaświadczenia o udziale</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <extracomment>the title printed at the top of each certificate, above the participant's name (in capitals)</extracomment>
        <translation>Zaświadczenie o udziale</translation>
    </message>
    <message>
        <source>for taking part in the study visit “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for an incoming study visit; %1 is the visit's title, %2 its days, e.g. "19–25 May 2026" or "19 May 2026" (a Ukrainian date ends in "р.": no period after it)</extracomment>
        <translation>za udział w wizycie studyjnej „%1” w terminie %2</translation>
    </message>
    <message>
        <source>for taking part in the study trip “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for an outgoing study visit (staff visiting a partner abroad); %1 is the visit's title, %2 its days, e.g. "19–25 May 2026" or "19 May 2026"</extracomment>
        <translation>za udział w wyjeździe studyjnym „%1” w terminie %2</translation>
    </message>
    <message>
        <source>for taking part in the exchange group meeting “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for a meeting of an exchange group of partner cities; %1 is the meeting's title, %2 its days, e.g. "29–30 April 2026" or "29 April 2026"</extracomment>
        <translation>za udział w spotkaniu grupy wymiany „%1” w terminie %2</translation>
    </message>
    <message>
        <source>for taking part in the conference “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for a conference; %1 is its title, %2 its days, e.g. "19–20 May 2026" or "19 May 2026"</extracomment>
        <translation>za udział w konferencji „%1” w terminie %2</translation>
    </message>
    <message>
        <source>for taking part in the working meeting “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for a working meeting; %1 is its title, %2 its days, e.g. "19–20 May 2026" or "19 May 2026"</extracomment>
        <translation>za udział w spotkaniu roboczym „%1” w terminie %2</translation>
    </message>
    <message>
        <source>Hosted by %1</source>
        <extracomment>on a certificate, a line of its own under what the participant took part in; %1 is the name of the institution that hosted the visit</extracomment>
        <translation>Gospodarz: %1</translation>
    </message>
    <message>
        <source>Funded by the project “%1”</source>
        <extracomment>on a certificate, a line of its own under the host; %1 is the name of the project that paid for the visit</extracomment>
        <translation>Finansowanie: projekt „%1”</translation>
    </message>
    <message>
        <source>Hours of programme attended: %1</source>
        <extracomment>on a certificate; %1 is a number of hours, whole or with a fraction: "12", "7.5", "0.75". Meals, transfers, free time and the cultural programme are not counted.</extracomment>
        <translation>Liczba godzin udziału w programie: %1</translation>
    </message>
    <message>
        <source>Days attended: %1 (%2)</source>
        <extracomment>on a certificate; %1 is a number of days, %2 those days, e.g. "3 (19–21 May 2026)" or "2 (19 May 2026 and 21 May 2026)"; a Ukrainian date ends in "р.": no period after it</extracomment>
        <translation>Liczba dni udziału: %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>where and when a certificate is issued, at its foot: %1 is a city, %2 a day, e.g. "Warszawa, 25 May 2026"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Visit coordinator</source>
        <extracomment>under the signature line of a certificate, below the name of the person who signs it</extracomment>
        <translation>Koordynator wizyty</translation>
    </message>
    <message>
        <source>No certificates: no member of the delegation is entered yet, and no one was chosen.</source>
        <extracomment>on the only page of certificates when nobody is to get one</extracomment>
        <translation>Brak zaświadczeń: nie wpisano jeszcze żadnego członka delegacji ani nikogo nie wybrano.</translation>
    </message>
</context>
<context>
    <name>CertificateRecipientsDialog</name>
    <message>
        <source>Certificates of Participation</source>
        <translation>Zaświadczenia o udziale</translation>
    </message>
    <message>
        <source>&amp;Tick who gets a certificate of participation, with the hours of programme they attended:</source>
        <translation>&amp;Zaznacz, kto otrzyma zaświadczenie o udziale z liczbą godzin udziału w programie:</translation>
    </message>
    <message>
        <source>Participants who get a certificate</source>
        <translation>Uczestnicy, którzy otrzymają zaświadczenie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a participant in the list of those who may get a certificate: %1 is a name, %2 a role</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only the &amp;Delegation</source>
        <translation>Tylko &amp;delegacja</translation>
    </message>
    <message>
        <source>Tick the delegation's leaders and members, and no one else</source>
        <translation>Zaznacz tylko kierownictwo i członków delegacji</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Wszyscy</translation>
    </message>
    <message>
        <source>Tick every participant of the visit</source>
        <translation>Zaznacz wszystkich uczestników wizyty</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the file's integrity and its links between records.</source>
        <translation>Sprawdza spójność pliku i powiązania między rekordami.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: nie znaleziono żadnych problemów.</translation>
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
        <source>Usage:</source>
        <translation>Użycie:</translation>
    </message>
    <message>
        <source>Starts the window.</source>
        <translation>Otwiera okno programu.</translation>
    </message>
    <message>
        <source>Prints the version or this help.</source>
        <translation>Wypisuje wersję albo tę pomoc.</translation>
    </message>
    <message>
        <source>Days are written as 2026-05-19 or 19.05.2026. Without --database, the default database in your data folder is used.</source>
        <extracomment>the end of --help; "--database" stays as it is</extracomment>
        <translation>Dni zapisuje się jako 2026-05-19 lub 19.05.2026. Bez --database używana jest domyślna baza w folderze danych użytkownika.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 could not be done (disk full, file in use), 2 wrong command line, 3 bad input or data.</source>
        <extracomment>the end of --help</extracomment>
        <translation>Kod wyjścia: 0 wykonano, 1 nie udało się wykonać (pełny dysk, plik w użyciu), 2 błędne wywołanie, 3 błędne dane wejściowe.</translation>
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
        <source>--visit: "%1" is not a visit id; list visits shows the ids.</source>
        <extracomment>%1 is what the user typed after --visit</extracomment>
        <translation>--visit: „%1” nie jest numerem wizyty; numery wizyt pokazuje list visits.</translation>
    </message>
    <message>
        <source>%1 needs --visit ID; list visits shows the ids.</source>
        <extracomment>%1 is the command, e.g. "export agenda"; "--visit ID" and "list visits" stay as they are</extracomment>
        <translation>%1 wymaga --visit ID; numery wizyt pokazuje list visits.</translation>
    </message>
</context>
<context>
    <name>ConflictChecker</name>
    <message>
        <source>%1, %2</source>
        <comment>day and time</comment>
        <extracomment>%1 is a day, %2 a time of day</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1, %2–%3</source>
        <extracomment>%1 is a day, %2 and %3 times of day</extracomment>
        <translation>%1, %2–%3</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>%1 and %2 are a day with a time of day each</extracomment>
        <translation>%1 – %2</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minuta</numerusform>
            <numerusform>%n minuty</numerusform>
            <numerusform>%n minut</numerusform>
        </translation>
    </message>
    <message>
        <source>‘%1’</source>
        <extracomment>%1 is a session's title; use the language's quotation marks</extracomment>
        <translation>„%1”</translation>
    </message>
    <message>
        <source>‘%1’ (visit ‘%2’)</source>
        <extracomment>%1 is a session's title, %2 the title of the other visit it belongs to</extracomment>
        <translation>„%1” (wizyta „%2”)</translation>
    </message>
    <message>
        <source>%1 (%2) is not within the visit's days (%3).</source>
        <extracomment>%1 is a session's title in quotation marks, %2 its day and times, %3 the visit's days</extracomment>
        <translation>%1 (%2) wypada poza dniami wizyty (%3).</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 at the same time (%4).</source>
        <extracomment>%1 is a person, %2 and %3 sessions' titles in quotation marks, %4 a day and times</extracomment>
        <translation>%1 jest jednocześnie w punktach %2 i %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) are in %2 and %3 at the same time (%4).</source>
        <extracomment>%1 is a person, %2 and %3 sessions' titles in quotation marks, %4 a day and times</extracomment>
        <translation>
            <numerusform>%1 i %n inny uczestnik są jednocześnie w punktach %2 i %3 (%4).</numerusform>
            <numerusform>%1 i %n innych uczestników są jednocześnie w punktach %2 i %3 (%4).</numerusform>
            <numerusform>%1 i %n innych uczestników są jednocześnie w punktach %2 i %3 (%4).</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <comment>venue and room</comment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 holds %2 and %3 at the same time (%4).</source>
        <extracomment>%1 is a venue, %2 and %3 sessions' titles in quotation marks, %4 a day and times</extracomment>
        <translation>W miejscu %1 odbywają się jednocześnie %2 i %3 (%4).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <comment>place and city</comment>
        <extracomment>%1 is a place (an institution or an address), %2 its city</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only %1 to get from %2 at %3 to %4 at %5 (%6); the trip takes %7.</source>
        <extracomment>%1 is a number of minutes, %2 and %4 sessions' titles in quotation marks, %3 and %5 places with their cities, %6 a day and times, %7 a number of minutes</extracomment>
        <translation>Tylko %1 na przejazd z punktu %2 (%3) na %4 (%5) (%6); przejazd trwa %7.</translation>
    </message>
    <message>
        <source>%1 interprets for %2 without a break (limit: %3) in %4, %5.</source>
        <extracomment>%1 is a person, %2 and %3 numbers of minutes, %4 a session's title in quotation marks, %5 a day and times</extracomment>
        <translation>%1 tłumaczy przez %2 bez przerwy (limit: %3) w punkcie %4, %5.</translation>
    </message>
    <message>
        <source>%1 interprets for %2 without a break (limit: %3) from %4 to %5, %6.</source>
        <extracomment>%1 is a person, %2 and %3 numbers of minutes, %4 and %5 sessions' titles in quotation marks, %6 a day and times</extracomment>
        <translation>%1 tłumaczy przez %2 bez przerwy (limit: %3) od punktu %4 do %5, %6.</translation>
    </message>
    <message>
        <source>%1 attends %2 (%3) before arriving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time the person arrives</extracomment>
        <translation>%1 bierze udział w punkcie %2 (%3) przed przyjazdem (%4).</translation>
    </message>
    <message>
        <source>%1 attends %2 (%3) after leaving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time the person leaves</extracomment>
        <translation>%1 bierze udział w punkcie %2 (%3) po wyjeździe (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) attend %2 (%3) before arriving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time they all arrive</extracomment>
        <translation>
            <numerusform>%1 i %n inny uczestnik biorą udział w punkcie %2 (%3) przed przyjazdem (%4).</numerusform>
            <numerusform>%1 i %n innych uczestników biorą udział w punkcie %2 (%3) przed przyjazdem (%4).</numerusform>
            <numerusform>%1 i %n innych uczestników biorą udział w punkcie %2 (%3) przed przyjazdem (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) attend %2 (%3) after leaving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time they all leave</extracomment>
        <translation>
            <numerusform>%1 i %n inny uczestnik biorą udział w punkcie %2 (%3) po wyjeździe (%4).</numerusform>
            <numerusform>%1 i %n innych uczestników biorą udział w punkcie %2 (%3) po wyjeździe (%4).</numerusform>
            <numerusform>%1 i %n innych uczestników biorą udział w punkcie %2 (%3) po wyjeździe (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>Prints the visit's conflict warnings, one a line.</source>
        <translation>Wypisuje ostrzeżenia o konfliktach w programie wizyty, po jednym w wierszu.</translation>
    </message>
</context>
<context>
    <name>CopySessionsDialog</name>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the days of a visit, %2 its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Sessions: tick a day or the sessions to copy.</source>
        <translation>Punkty programu: zaznacz dzień albo punkty do skopiowania.</translation>
    </message>
    <message>
        <source>Copy Sessions</source>
        <translation>Kopiowanie punktów programu</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n session(s)</source>
        <translation>
            <numerusform>Skopiowanie %n punktu programu</numerusform>
            <numerusform>Skopiowanie %n punktów programu</numerusform>
            <numerusform>Skopiowanie %n punktów programu</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick a whole day or single sessions.</source>
        <translation>Zaznacz cały dzień albo pojedyncze punkty programu.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) copied to %1.</source>
        <extracomment>%1 the days the copied sessions land on</extracomment>
        <translation>
            <numerusform>%n punkt programu zostanie skopiowany na %1.</numerusform>
            <numerusform>%n punkty programu zostaną skopiowane na %1.</numerusform>
            <numerusform>%n punktów programu zostanie skopiowanych na %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some fall outside the visit's days: they are copied all the same and listed among the visit's conflicts.</source>
        <translation>Niektóre wypadają poza dniami wizyty: zostaną skopiowane mimo to i pokazane wśród konfliktów wizyty.</translation>
    </message>
    <message>
        <source>Copy Sessions from Another Visit</source>
        <translation>Kopiowanie punktów programu z innej wizyty</translation>
    </message>
    <message>
        <source>&amp;From visit:</source>
        <translation>&amp;Z wizyty:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Punkty programu:</translation>
    </message>
    <message>
        <source>&amp;To day:</source>
        <translation>&amp;Na dzień:</translation>
    </message>
    <message>
        <source>The day the first of the chosen days lands on; the others follow it</source>
        <translation>Dzień, na który trafia pierwszy z wybranych dni; pozostałe idą za nim</translation>
    </message>
    <message>
        <source>What is copied</source>
        <translation>Co zostanie skopiowane</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopiuj</translation>
    </message>
</context>
<context>
    <name>CostCategory</name>
    <message>
        <source>Accommodation</source>
        <comment>cost category</comment>
        <translation>Zakwaterowanie</translation>
    </message>
    <message>
        <source>Meals</source>
        <comment>cost category</comment>
        <translation>Wyżywienie</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <comment>cost category</comment>
        <translation>Tłumaczenie</translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>cost category</comment>
        <translation>Transport</translation>
    </message>
    <message>
        <source>Venue hire</source>
        <comment>cost category</comment>
        <translation>Wynajem sal</translation>
    </message>
    <message>
        <source>Materials</source>
        <comment>cost category</comment>
        <translation>Materiały</translation>
    </message>
    <message>
        <source>Other costs</source>
        <comment>cost category</comment>
        <translation>Inne koszty</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Planned amount: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250,50</extracomment>
        <translation>Kwota planowana: „%1” to nie kwota; wpisz ją jak %2.</translation>
    </message>
    <message>
        <source>Actual amount: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250,50</extracomment>
        <translation>Kwota rzeczywista: „%1” to nie kwota; wpisz ją jak %2.</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>Edytuj koszt</translation>
    </message>
    <message>
        <source>Add Cost</source>
        <translation>Dodaj koszt</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegoria:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Planned amount:</source>
        <translation>Kwota &amp;planowana:</translation>
    </message>
    <message>
        <source>A&amp;ctual amount:</source>
        <translation>Kwota &amp;rzeczywista:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <extracomment>who pays a cost: own funds or a funding project</extracomment>
        <translation>&amp;Kto płaci:</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <extracomment>a label before the check box "Paid"</extracomment>
        <translation>&amp;Zapłata:</translation>
    </message>
    <message>
        <source>&amp;Invoice reference:</source>
        <translation>Nr &amp;faktury:</translation>
    </message>
    <message>
        <source>&amp;Not known yet</source>
        <extracomment>the actual amount of a cost is not known until the invoice is in</extracomment>
        <translation>&amp;Nieznana jeszcze</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>a check box: the cost has been paid</extracomment>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>e.g. Hotel Ibis, 2 nights for 8 people</source>
        <translation>np. Hotel Ibis, 2 noce dla 8 osób</translation>
    </message>
    <message>
        <source>A three-letter code, such as PLN or EUR</source>
        <translation>Trzyliterowy kod, np. PLN lub EUR</translation>
    </message>
    <message>
        <source>e.g. FV 12/05/2026</source>
        <translation>np. FV 12/05/2026</translation>
    </message>
    <message>
        <source>Actual amount</source>
        <translation>Kwota rzeczywista</translation>
    </message>
    <message>
        <source>Own funds</source>
        <extracomment>who pays a cost: the institution itself, not a funding project</extracomment>
        <translation>Środki własne</translation>
    </message>
</context>
<context>
    <name>CostLineValidator</name>
    <message>
        <source>Planned: an amount cannot be negative.</source>
        <translation>Plan: kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>Actual: an amount cannot be negative.</source>
        <translation>Wykonanie: kwota nie może być ujemna.</translation>
    </message>
    <message>
        <source>Currency: "%1" is not a three-letter currency code (for example PLN or EUR).</source>
        <extracomment>%1 is what was entered as the currency</extracomment>
        <translation>Waluta: „%1” nie jest trzyliterowym kodem waluty (np. PLN lub EUR).</translation>
    </message>
    <message>
        <source>Description: at most 500 characters; put the rest in the invoice's notes.</source>
        <translation>Opis: najwyżej 500 znaków; resztę wpisz w uwagach do faktury.</translation>
    </message>
</context>
<context>
    <name>CostListModel</name>
    <message>
        <source>Own funds</source>
        <extracomment>who pays a cost: the institution itself, not a funding project</extracomment>
        <translation>Środki własne</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>whether a cost has been paid</extracomment>
        <translation>Zapłacono</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Jeszcze nie zapłacono</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Kategoria</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>an amount of money planned for a cost</extracomment>
        <translation>Planowane</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>an amount of money actually spent on a cost</extracomment>
        <translation>Rzeczywiste</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Waluta</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>who pays a cost: a funding project or own funds</extracomment>
        <translation>Kto płaci</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Faktura</translation>
    </message>
</context>
<context>
    <name>CostRepository</name>
    <message>
        <source>Saving the cost</source>
        <translation>Zapisywanie kosztu</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Koszt %1</translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation>Usuwanie kosztu</translation>
    </message>
    <message>
        <source>Reading the costs</source>
        <translation>Odczyt kosztów</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted cell is never closed (a " is missing).</source>
        <extracomment>%1 is a line number in a CSV file</extracomment>
        <translation>wiersz %1: komórka w cudzysłowie nie została zamknięta (brakuje znaku ").</translation>
    </message>
    <message>
        <source>The file is empty: a heading row is expected first.</source>
        <translation>Plik jest pusty: na początku powinien być wiersz nagłówków.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można odczytać pliku %1: %2</translation>
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
        <translation>%1: nie udało się — baza danych %2 jest otwarta tylko do odczytu.</translation>
    </message>
    <message>
        <source>The database %1 is open in another Wizyta, on %2 (process %3) since %4. Only one can change it at a time; it can be opened read-only meanwhile.</source>
        <extracomment>%1 is a file, %2 a computer's name, %3 a process number, %4 a day and time</extracomment>
        <translation>Baza danych %1 jest otwarta w innym programie Wizyta, na komputerze %2 (proces %3) od %4. Zmieniać ją może tylko jeden naraz; w tym czasie można ją otworzyć tylko do odczytu.</translation>
    </message>
    <message>
        <source>The database %1 cannot be locked for writing: its folder does not allow a lock file beside it.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Nie można zablokować bazy danych %1 do zapisu: jej folder nie pozwala utworzyć obok niej pliku blokady.</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded, and is unchanged: %2</source>
        <extracomment>%1 is a file, %2 why its backup could not be made</extracomment>
        <translation>Baza danych %1 nie została zaktualizowana i pozostała bez zmian: %2</translation>
    </message>
    <message>
        <source>The database %1 is open in another Wizyta, on another computer (process %2) since %3. Only one can change it at a time; it can be opened read-only meanwhile.</source>
        <extracomment>%1 is a file, %2 a process number, %3 a day and time</extracomment>
        <translation>Baza danych %1 jest otwarta w innym programie Wizyta, na innym komputerze (proces %2) od %3. Zmieniać ją może tylko jeden naraz; w tym czasie można ją otworzyć tylko do odczytu.</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>Erase Personal Data</source>
        <translation>Usuwanie danych osobowych</translation>
    </message>
    <message>
        <source>Erase the participants' e-mail addresses, phone numbers, diets, accessibility needs and notes, and their stay in this visit?

Names, institutions, roles and days stay, for the funder's report. People taking part in a visit not yet over keep their contact details. This cannot be undone; backups made before today still hold the data until they are pruned.</source>
        <translation>Usunąć adresy e-mail, numery telefonów, diety, potrzeby w zakresie dostępności i uwagi uczestników oraz dane ich pobytu w tej wizycie?

Imiona i nazwiska, instytucje, role i dni pozostaną na potrzeby sprawozdania dla grantodawcy. Osoby biorące udział w wizycie, która jeszcze się nie skończyła, zachowają dane kontaktowe. Tego nie można cofnąć; kopie zapasowe sprzed dzisiaj zawierają te dane, dopóki nie zostaną usunięte.</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased for %n person(s).</source>
        <translation>
            <numerusform>Dane osobowe usunięto dla %n osoby.</numerusform>
            <numerusform>Dane osobowe usunięto dla %n osób.</numerusform>
            <numerusform>Dane osobowe usunięto dla %n osób.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) kept their contact details for a visit not yet over.</source>
        <translation>
            <numerusform>%n osoba zachowała dane kontaktowe ze względu na wizytę, która jeszcze się nie skończyła.</numerusform>
            <numerusform>%n osoby zachowały dane kontaktowe ze względu na wizytę, która jeszcze się nie skończyła.</numerusform>
            <numerusform>%n osób zachowało dane kontaktowe ze względu na wizytę, która jeszcze się nie skończyła.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Backup Today</source>
        <extracomment>%1 is why the backup failed, %2 the backup folder</extracomment>
        <translation>Brak dzisiejszej kopii zapasowej</translation>
    </message>
    <message>
        <source>Today's backup of the database could not be made: %1

Your work is saved as usual; check the disk and the folder %2.</source>
        <translation>Nie udało się wykonać dzisiejszej kopii zapasowej bazy danych: %1

Praca jest zapisywana jak zwykle; sprawdź dysk i folder %2.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Usuń dane</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>Edit › Undo brings it all back.</source>
        <translation>Polecenie Edycja › Cofnij przywróci wszystko.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Adds the sample visits and prints their ids.</source>
        <translation>Dodaje przykładowe wizyty i wypisuje ich numery.</translation>
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
    <name>DocumentFonts</name>
    <message>
        <source>The font %1 for printed documents cannot be loaded; without it Polish and Ukrainian letters could not be printed. Reinstall Wizyta.</source>
        <extracomment>%1 is a font file</extracomment>
        <translation>Nie można wczytać czcionki %1 do dokumentów drukowanych; bez niej nie da się wydrukować polskich i ukraińskich liter. Zainstaluj program Wizyta ponownie.</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>Polish</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>polskim</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>ukraińskim</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>angielskim</translation>
    </message>
    <message>
        <source>Czech</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>czeskim</translation>
    </message>
    <message>
        <source>Slovak</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>słowackim</translation>
    </message>
    <message>
        <source>German</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>niemieckim</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>norweskim</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>litewskim</translation>
    </message>
</context>
<context>
    <name>DocumentPrintBar</name>
    <message>
        <source>P&amp;rint:</source>
        <extracomment>before the choice of a visit's document: the programme, the participant list...</extracomment>
        <translation>D&amp;rukuj:</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <extracomment>the language or two languages a visit's document is printed in</extracomment>
        <translation>&amp;w języku:</translation>
    </message>
    <message>
        <source>Document languages</source>
        <translation>Języki dokumentu</translation>
    </message>
    <message>
        <source>With &amp;contact details</source>
        <translation>Z danymi &amp;kontaktowymi</translation>
    </message>
    <message>
        <source>Print e-mail addresses and phone numbers: personal data, left out unless asked for</source>
        <translation>Drukuj adresy e-mail i numery telefonów: to dane osobowe, pomijane, chyba że o nie poprosisz</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Podg&amp;ląd wydruku…</translation>
    </message>
    <message>
        <source>See the document before printing it</source>
        <translation>Zobacz dokument przed wydrukowaniem</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Drukuj…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Wydrukuj dokument</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Zapisz dokument jako plik PDF</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Eksportuj do PD&amp;F…</translation>
    </message>
    <message>
        <source>Certificates of Participation</source>
        <translation>Zaświadczenia o udziale</translation>
    </message>
    <message>
        <source>C&amp;hoose Participants…</source>
        <translation>Wy&amp;bierz uczestników…</translation>
    </message>
    <message>
        <source>Choose who gets a certificate: without a choice, every member of the delegation gets one</source>
        <translation>Wybierz, kto otrzyma zaświadczenie; bez wyboru otrzyma je każdy członek delegacji</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print Preview</source>
        <translation>Podgląd wydruku</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a document such as "Programme", %2 the visit's title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Drukowanie</translation>
    </message>
    <message>
        <source>%1 could not be printed: the printer refused it.</source>
        <extracomment>%1 is a document such as "Programme"</extracomment>
        <translation>Nie udało się wydrukować dokumentu „%1”: drukarka odrzuciła zadanie.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Eksport do PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Dokumenty PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written to %2.

%3</source>
        <extracomment>%1 is a document such as "Programme", %2 a file's path, %3 why it could not be written</extracomment>
        <translation>Nie udało się zapisać dokumentu „%1” w pliku %2.

%3</translation>
    </message>
</context>
<context>
    <name>DuplicateVisitCommand</name>
    <message>
        <source>Adds a draft copy of the visit starting on the given day, its whole programme moved with it; participants only when asked. Prints the new visit's id.</source>
        <translation>Dodaje szkic kopii wizyty zaczynającej się w podanym dniu, z całym programem przesuniętym razem z nią; uczestników tylko na życzenie. Wypisuje identyfikator nowej wizyty.</translation>
    </message>
    <message>
        <source>duplicate visit needs --first-day, the new visit's first day.</source>
        <translation>duplicate visit wymaga --first-day, pierwszego dnia nowej wizyty.</translation>
    </message>
    <message>
        <source>--first-day: "%1" is not a day; write it as 2026-05-19.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--first-day: „%1” to nie jest data; wpisz ją jako 2026-05-19.</translation>
    </message>
</context>
<context>
    <name>DuplicateVisitDialog</name>
    <message>
        <source>Duplicate Visit</source>
        <translation>Powielenie wizyty</translation>
    </message>
    <message>
        <source>Duplicate visit ‘%1’</source>
        <translation>Powielenie wizyty „%1”</translation>
    </message>
    <message>
        <source>The new visit: %1, as a draft.</source>
        <extracomment>%1 is the days of the new visit, such as 17–23 May 2027</extracomment>
        <translation>Nowa wizyta: %1, jako szkic.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n session(s) move with the days, with their venues, people and translations.</source>
        <translation>
            <numerusform>Jej %n punkt programu przesuwa się wraz z dniami, z miejscem, osobami i tłumaczeniami.</numerusform>
            <numerusform>Jej %n punkty programu przesuwają się wraz z dniami, z miejscami, osobami i tłumaczeniami.</numerusform>
            <numerusform>Jej %n punktów programu przesuwa się wraz z dniami, z miejscami, osobami i tłumaczeniami.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate Visit ‘%1’</source>
        <extracomment>%1 is the visit's title</extracomment>
        <translation>Powiel wizytę „%1”</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <source>Copy the &amp;participants too, their arrival and departure moved alike</source>
        <translation>Skopiuj też &amp;uczestników, z przyjazdem i wyjazdem przesuniętymi tak samo</translation>
    </message>
    <message>
        <source>What is copied</source>
        <translation>Co zostanie skopiowane</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>P&amp;owiel</translation>
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
</context>
<context>
    <name>ErasePersonalDataCommand</name>
    <message>
        <source>After a visit: erases its participants' contact details, diets, accessibility needs and notes.</source>
        <translation>Po wizycie: usuwa dane kontaktowe, diety, potrzeby w zakresie dostępności i uwagi jej uczestników.</translation>
    </message>
    <message numerus="yes">
        <source>Contact details, diets, accessibility needs and notes erased for %Ln person(s).</source>
        <translation>
            <numerusform>Dane kontaktowe, diety, potrzeby w zakresie dostępności i uwagi usunięto dla %Ln osoby.</numerusform>
            <numerusform>Dane kontaktowe, diety, potrzeby w zakresie dostępności i uwagi usunięto dla %Ln osób.</numerusform>
            <numerusform>Dane kontaktowe, diety, potrzeby w zakresie dostępności i uwagi usunięto dla %Ln osób.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) kept for a visit not yet over.</source>
        <translation>
            <numerusform>%Ln osobę pozostawiono ze względu na wizytę, która jeszcze się nie skończyła.</numerusform>
            <numerusform>%Ln osoby pozostawiono ze względu na wizytę, która jeszcze się nie skończyła.</numerusform>
            <numerusform>%Ln osób pozostawiono ze względu na wizytę, która jeszcze się nie skończyła.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
        <translation>%1: nie udało się — %2</translation>
    </message>
    <message>
        <source>%1 failed: the database is in use by another program. Try again in a moment.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: nie udało się — baza danych jest używana przez inny program. Spróbuj ponownie za chwilę.</translation>
    </message>
    <message>
        <source>%1 failed: the database is open read-only.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: nie udało się — baza danych jest otwarta tylko do odczytu.</translation>
    </message>
    <message>
        <source>%1 failed: the database file cannot be read or written (%2).</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
        <translation>%1: nie udało się — nie można odczytać ani zapisać pliku bazy danych (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the database file is damaged. Restore it from a backup.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: nie udało się — plik bazy danych jest uszkodzony. Przywróć go z kopii zapasowej.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Nothing was changed; free some space and try again.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: nie udało się — dysk jest pełny. Niczego nie zmieniono; zwolnij trochę miejsca i spróbuj ponownie.</translation>
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
    <name>ExchangeGroupDialog</name>
    <message>
        <source>Edit Exchange Group</source>
        <translation>Edycja grupy wymiany</translation>
    </message>
    <message>
        <source>New Exchange Group</source>
        <translation>Nowa grupa wymiany</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation>&amp;Spotyka się co:</translation>
    </message>
    <message>
        <source>no usual interval</source>
        <extracomment>shown in the interval box when an exchange group has no usual interval</extracomment>
        <translation>bez stałego odstępu</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>after the number of days between meetings; the box holds numbers up to 730</extracomment>
        <translation> dni</translation>
    </message>
    <message>
        <source>The usual number of days between two meetings, e.g. 61 for every two months</source>
        <translation>Zwykła liczba dni między dwoma spotkaniami, np. 61, gdy co dwa miesiące</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Członkowie:</translation>
    </message>
    <message>
        <source>Filter member institutions</source>
        <translation>Filtruj instytucje członkowskie</translation>
    </message>
    <message>
        <source>Member institutions</source>
        <translation>Instytucje członkowskie</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
</context>
<context>
    <name>ExchangeGroupListModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <extracomment>how often an exchange group meets</extracomment>
        <translation>
            <numerusform>co %n dzień</numerusform>
            <numerusform>co %n dni</numerusform>
            <numerusform>co %n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>how many institutions belong to an exchange group</extracomment>
        <translation>Członkowie</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>how many meetings an exchange group has held or planned</extracomment>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Ostatnie spotkanie</translation>
    </message>
    <message>
        <source>Next due</source>
        <extracomment>the day the next meeting of an exchange group is due</extracomment>
        <translation>Następny termin</translation>
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
    <name>ExchangeGroupsPage</name>
    <message>
        <source>Search exchange groups by name</source>
        <translation>Szukaj grup wymiany po nazwie</translation>
    </message>
    <message>
        <source>Search exchange groups</source>
        <translation>Szukaj grup wymiany</translation>
    </message>
    <message>
        <source>Exchange groups</source>
        <translation>Grupy wymiany</translation>
    </message>
    <message>
        <source>Details of the exchange group</source>
        <translation>Szczegóły grupy wymiany</translation>
    </message>
    <message>
        <source>&amp;Add Exchange Group…</source>
        <translation>&amp;Dodaj grupę wymiany…</translation>
    </message>
    <message>
        <source>No exchange groups yet</source>
        <translation>Nie ma jeszcze grup wymiany</translation>
    </message>
    <message>
        <source>An exchange group is a few institutions, often of several cities, that meet in turn: every two months or so, each time at another member. Add the group with its members and usual interval; Wizyta then proposes who hosts next and when, and keeps the meetings together.</source>
        <translation>Grupa wymiany to kilka instytucji, często z różnych miast, które spotykają się po kolei: mniej więcej co dwa miesiące, za każdym razem u innego członka. Dodaj grupę z jej członkami i zwykłym odstępem między spotkaniami; Wizyta podpowie, kto i kiedy jest następnym gospodarzem, i zbierze spotkania w jednym miejscu.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange group(s)</source>
        <translation>
            <numerusform>%n grupa wymiany</numerusform>
            <numerusform>%n grupy wymiany</numerusform>
            <numerusform>%n grup wymiany</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange group(s)</source>
        <extracomment>%1 exchange groups are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 z %n grupy wymiany</numerusform>
            <numerusform>%1 z %n grup wymiany</numerusform>
            <numerusform>%1 z %n grup wymiany</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets:</source>
        <translation>Spotkania:</translation>
    </message>
    <message>
        <source>Next meeting due:</source>
        <translation>Termin następnego spotkania:</translation>
    </message>
    <message>
        <source>Hosts in turn</source>
        <extracomment>the members in the order they would host the group's meetings</extracomment>
        <translation>Kolejność gospodarzy</translation>
    </message>
    <message>
        <source>The group has no members yet: edit it to choose them.</source>
        <translation>Grupa nie ma jeszcze członków: wybierz ich, edytując grupę.</translation>
    </message>
    <message>
        <source>%1: has not hosted yet</source>
        <extracomment>%1 is an institution</extracomment>
        <translation>%1: jeszcze bez spotkania u siebie</translation>
    </message>
    <message numerus="yes">
        <source>%1: hosted %n time(s), last on %2</source>
        <extracomment>%1 is an institution, %2 a date; %n how many meetings it hosted</extracomment>
        <translation>
            <numerusform>%1: gospodarz %n raz, ostatnio %2</numerusform>
            <numerusform>%1: gospodarz %n razy, ostatnio %2</numerusform>
            <numerusform>%1: gospodarz %n razy, ostatnio %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Spotkania</translation>
    </message>
    <message>
        <source>No meetings yet. Plan Next Meeting adds the first as a draft.</source>
        <translation>Nie ma jeszcze spotkań. Zaplanuj następne spotkanie doda pierwsze jako szkic.</translation>
    </message>
    <message>
        <source>Add exchange group ‘%1’</source>
        <translation>Dodanie grupy wymiany „%1”</translation>
    </message>
    <message>
        <source>Exchange Groups</source>
        <translation>Grupy wymiany</translation>
    </message>
    <message>
        <source>Edit exchange group ‘%1’</source>
        <translation>Edycja grupy wymiany „%1”</translation>
    </message>
    <message>
        <source>Delete Exchange Group</source>
        <translation>Usuwanie grupy wymiany</translation>
    </message>
    <message>
        <source>Delete the exchange group ‘%1’?</source>
        <translation>Usunąć grupę wymiany „%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n meeting(s) will stay as visits, without a group.</source>
        <translation>
            <numerusform>Jej %n spotkanie pozostanie jako wizyta, bez grupy.</numerusform>
            <numerusform>Jej %n spotkania pozostaną jako wizyty, bez grupy.</numerusform>
            <numerusform>Jej %n spotkań pozostanie jako wizyty, bez grupy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete exchange group ‘%1’</source>
        <translation>Usunięcie grupy wymiany „%1”</translation>
    </message>
    <message>
        <source>Plan Next Meeting</source>
        <translation>Planowanie następnego spotkania</translation>
    </message>
    <message>
        <source>Plan meeting of ‘%1’</source>
        <translation>Zaplanowanie spotkania grupy „%1”</translation>
    </message>
    <message>
        <source>&amp;Plan Next Meeting…</source>
        <translation>&amp;Zaplanuj następne spotkanie…</translation>
    </message>
    <message>
        <source>Adds the group's next meeting as a draft at the member that has waited longest</source>
        <translation>Dodaje następne spotkanie grupy jako szkic u członka, który czeka najdłużej</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (po terminie)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 needs --output FILE%2.</source>
        <extracomment>%1 is the command, e.g. "export agenda"; "--output FILE%2" stays as it is</extracomment>
        <translation>%1 wymaga --output FILE%2.</translation>
    </message>
    <message>
        <source>%1 is written in one language: --language uk, say.</source>
        <extracomment>%1 is the command, e.g. "export ics"</extracomment>
        <translation>%1 zapisuje się w jednym języku, np. --language uk.</translation>
    </message>
</context>
<context>
    <name>ExportDocumentCommand</name>
    <message>
        <source>--output: "%1" does not end in .pdf; the document is written as a PDF.</source>
        <extracomment>%1 is the file the user named; "--output" stays as it is</extracomment>
        <translation>--output: „%1” nie kończy się na .pdf; dokument zapisywany jest jako PDF.</translation>
    </message>
    <message>
        <source>The programme as a PDF in one language or two; without --language, in the visit's print languages.</source>
        <translation>Program wizyty jako PDF w jednym języku lub w dwóch; bez --language w językach wydruków wizyty.</translation>
    </message>
    <message>
        <source>The participant list by role and institution; e-mail and phone only with --contacts.</source>
        <translation>Lista uczestników według roli i instytucji; e-mail i telefon tylko z --contacts.</translation>
    </message>
    <message>
        <source>An attendance sheet for each day, to sign.</source>
        <translation>Lista obecności na każdy dzień, do podpisu.</translation>
    </message>
    <message>
        <source>The meals of each day with their portions per diet.</source>
        <translation>Posiłki dzień po dniu z liczbą porcji według diety.</translation>
    </message>
    <message>
        <source>Name badges, eight to an A4 sheet.</source>
        <translation>Identyfikatory, osiem na arkuszu A4.</translation>
    </message>
    <message>
        <source>A certificate of participation for each member of the delegation, with the hours of programme attended.</source>
        <translation>Zaświadczenie o udziale dla każdego członka delegacji, z liczbą godzin udziału w programie.</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>The programme for calendars, in the visit's time zone, with the same event ids every time.</source>
        <translation>Program wizyty do kalendarzy, w strefie czasowej wizyty, za każdym razem z tymi samymi identyfikatorami wydarzeń.</translation>
    </message>
    <message>
        <source>--output: "%1" does not end in .ics; the programme is written as an iCalendar file.</source>
        <extracomment>%1 is the file the user named; "--output" stays as it is</extracomment>
        <translation>--output: „%1” nie kończy się na .ics; program zapisywany jest jako plik iCalendar.</translation>
    </message>
</context>
<context>
    <name>ExportParticipantsCsvCommand</name>
    <message>
        <source>The participants for a spreadsheet; e-mail and phone only with --contacts, diets and accessibility needs only with --diet.</source>
        <translation>Uczestnicy do arkusza kalkulacyjnego; e-mail i telefon tylko z --contacts, diety i potrzeby w zakresie dostępności tylko z --diet.</translation>
    </message>
</context>
<context>
    <name>ExportPersonCommand</name>
    <message>
        <source>Everything stored about one person, as JSON.</source>
        <translation>Wszystko, co zapisano o jednej osobie, w formacie JSON.</translation>
    </message>
    <message>
        <source>export person needs --person ID and --output FILE.json.</source>
        <extracomment>"export person", "--person ID" and "--output FILE.json" stay as they are</extracomment>
        <translation>export person wymaga --person ID i --output FILE.json.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportVisitReportCommand</name>
    <message>
        <source>A draft of the visit's report in full sentences, day by day, as an OpenDocument text to finish in LibreOffice or Word.</source>
        <translation>Szkic raportu z wizyty pełnymi zdaniami, dzień po dniu, jako tekst OpenDocument do dokończenia w LibreOffice lub Wordzie.</translation>
    </message>
    <message>
        <source>--output: "%1" does not end in .odt; the report is written as an OpenDocument text.</source>
        <extracomment>%1 is the file the user named; "--output" stays as it is</extracomment>
        <translation>--output: „%1” nie kończy się na .odt; raport zapisywany jest jako tekst OpenDocument.</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>Saving the follow-up task</source>
        <translation>Zapisywanie zadania po wizycie</translation>
    </message>
    <message>
        <source>Follow-up task %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Zadanie po wizycie %1</translation>
    </message>
    <message>
        <source>Deleting the follow-up task</source>
        <translation>Usuwanie zadania po wizycie</translation>
    </message>
    <message>
        <source>Reading the follow-up tasks</source>
        <translation>Odczyt zadań po wizycie</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <comment>follow-up task</comment>
        <translation>Otwarte</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>follow-up task</comment>
        <translation>Wykonane</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>follow-up task</comment>
        <translation>Anulowane</translation>
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
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>Wizyta Handbook</source>
        <extracomment>the title of the handbook's window; Wizyta is the program's name</extracomment>
        <translation>Podręcznik programu Wizyta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>goes back to the section read before, as in a web browser</extracomment>
        <translation>&amp;Wstecz</translation>
    </message>
    <message>
        <source>Back to the section read before (%1)</source>
        <extracomment>%1 is the key that does the same, such as Alt+Left</extracomment>
        <translation>Wróć do poprzednio czytanej części (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>goes forward again after Back, as in a web browser</extracomment>
        <translation>&amp;Dalej</translation>
    </message>
    <message>
        <source>Forward to the next section read (%1)</source>
        <extracomment>%1 is the key that does the same, such as Alt+Right</extracomment>
        <translation>Przejdź do części czytanej później (%1)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <extracomment>above the list of the handbook's sections</extracomment>
        <translation>&amp;Spis treści</translation>
    </message>
    <message>
        <source>Contents of the handbook</source>
        <translation>Spis treści podręcznika</translation>
    </message>
    <message>
        <source>Handbook text</source>
        <translation>Tekst podręcznika</translation>
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
    <name>ICalendarExport</name>
    <message>
        <source>Presented by:</source>
        <extracomment>in a calendar event's description: the people presenting the session, e.g. "Presented by: Anna Nowak"</extracomment>
        <translation>Prowadzący:</translation>
    </message>
    <message>
        <source>Moderated by:</source>
        <extracomment>in a calendar event's description: the person moderating the session</extracomment>
        <translation>Moderator:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <extracomment>in a calendar event's description: how the session is interpreted, e.g. "Interpretation: Polish → Ukrainian, consecutive"</extracomment>
        <translation>Tłumaczenie:</translation>
    </message>
    <message>
        <source>"%1" is not a two-letter language code such as uk.</source>
        <extracomment>%1 is what was given as a language code</extracomment>
        <translation>„%1” nie jest dwuliterowym kodem języka w rodzaju uk.</translation>
    </message>
    <message>
        <source>The programme cannot be exported to a calendar: "%1" is not a known time zone (for example Europe/Warsaw).</source>
        <extracomment>%1 is a time zone name such as Europe/Warsaw</extracomment>
        <translation>Nie można wyeksportować programu do kalendarza: „%1” nie jest znaną strefą czasową (np. Europe/Warsaw).</translation>
    </message>
    <message>
        <source>The calendar library could not write the programme.</source>
        <translation>Biblioteka kalendarza nie mogła zapisać programu.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCells</name>
    <message>
        <source>line %1, column "%2": %3</source>
        <extracomment>%1 is a line number of a CSV file, %2 a column's heading, %3 what is wrong</extracomment>
        <translation>wiersz %1, kolumna „%2”: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number of a CSV file, %2 why its row could not be saved</extracomment>
        <translation>wiersz %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 needs the file to read: %1 FILE.csv --visit ID.</source>
        <extracomment>%1 is the command, e.g. "import participants"; FILE.csv stays as it is</extracomment>
        <translation>%1 wymaga pliku do odczytania: %1 FILE.csv --visit ID.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) to correct; nothing was written.</source>
        <extracomment>after the list of bad rows of an import</extracomment>
        <translation>
            <numerusform>%Ln wiersz do poprawienia; niczego nie zapisano.</numerusform>
            <numerusform>%Ln wiersze do poprawienia; niczego nie zapisano.</numerusform>
            <numerusform>%Ln wierszy do poprawienia; niczego nie zapisano.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>before a row that is imported all the same, e.g. a session on a day outside the visit's; %1 is the file, line, column and what is wrong</extracomment>
        <translation>uwaga: %1</translation>
    </message>
</context>
<context>
    <name>ImportParticipantsCommand</name>
    <message>
        <source>Reads a participant list from a spreadsheet; --dry-run checks every row and writes nothing.</source>
        <translation>Wczytuje listę uczestników z arkusza kalkulacyjnego; --dry-run sprawdza każdy wiersz i niczego nie zapisuje.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them already in the database.</source>
        <translation>
            <numerusform>%Ln z nich jest już w bazie.</numerusform>
            <numerusform>%Ln z nich są już w bazie.</numerusform>
            <numerusform>%Ln z nich jest już w bazie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the visit.</source>
        <translation>
            <numerusform>%Ln osoba już uczestniczy w wizycie.</numerusform>
            <numerusform>%Ln osoby już uczestniczą w wizycie.</numerusform>
            <numerusform>%Ln osób już uczestniczy w wizycie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln participant(s) would be added.</source>
        <extracomment>the result of import participants --dry-run; %1 is a file</extracomment>
        <translation>
            <numerusform>%1: zostałby dodany %Ln uczestnik.</numerusform>
            <numerusform>%1: zostałoby dodanych %Ln uczestników.</numerusform>
            <numerusform>%1: zostałoby dodanych %Ln uczestników.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln participant(s) added.</source>
        <translation>
            <numerusform>%1: dodano %Ln uczestnika.</numerusform>
            <numerusform>%1: dodano %Ln uczestników.</numerusform>
            <numerusform>%1: dodano %Ln uczestników.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <extracomment>the title of the window showing a CSV file before it is imported; %1 is the file's name</extracomment>
        <translation>Import: %1</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>średnikami</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>przecinkami</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>tabulatorami</translation>
    </message>
    <message>
        <source>%1 — read as %2, cells separated by %3.</source>
        <extracomment>%1 is a file, %2 its encoding (UTF-8, Windows-1250), %3 "semicolons", "commas" or "tabs"</extracomment>
        <translation>%1 — odczytano jako %2, komórki rozdzielone %3.</translation>
    </message>
    <message>
        <source>What happens</source>
        <extracomment>the column of the import preview saying what happens to each row</extracomment>
        <translation>Co się stanie</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>the button that imports the rows shown</extracomment>
        <translation>&amp;Importuj</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Zawiera:</translation>
    </message>
    <message>
        <source>What the column "%1" holds</source>
        <extracomment>%1 is a column's heading in the file</extracomment>
        <translation>Co zawiera kolumna „%1”</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Wiersze pliku</translation>
    </message>
</context>
<context>
    <name>ImportProgrammeCommand</name>
    <message>
        <source>Reads a programme from a spreadsheet; --dry-run checks every row and writes nothing.</source>
        <translation>Wczytuje program wizyty z arkusza kalkulacyjnego; --dry-run sprawdza każdy wiersz i niczego nie zapisuje.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the programme.</source>
        <translation>
            <numerusform>%Ln punkt już jest w programie.</numerusform>
            <numerusform>%Ln punkty już są w programie.</numerusform>
            <numerusform>%Ln punktów już jest w programie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s) would be added.</source>
        <extracomment>the result of import agenda --dry-run; %1 is a file</extracomment>
        <translation>
            <numerusform>%1: zostałby dodany %Ln punkt programu.</numerusform>
            <numerusform>%1: zostałyby dodane %Ln punkty programu.</numerusform>
            <numerusform>%1: zostałoby dodanych %Ln punktów programu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Niczego nie zapisano.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s) added.</source>
        <translation>
            <numerusform>%1: dodano %Ln punkt programu.</numerusform>
            <numerusform>%1: dodano %Ln punkty programu.</numerusform>
            <numerusform>%1: dodano %Ln punktów programu.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionChecklist</name>
    <message>
        <source>Filter institutions</source>
        <translation>Filtruj instytucje</translation>
    </message>
    <message>
        <source>No institutions yet: add them on the Institutions page first.</source>
        <translation>Nie ma jeszcze instytucji: najpierw dodaj je na stronie Instytucje.</translation>
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
        <translation>Strona &amp;internetowa:</translation>
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
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>e.g. Poland</source>
        <translation>np. Polska</translation>
    </message>
</context>
<context>
    <name>InstitutionEdits</name>
    <message>
        <source>Edit Institution</source>
        <translation>Edycja instytucji</translation>
    </message>
    <message>
        <source>Edit institution ‘%1’</source>
        <translation>Edycja instytucji „%1”</translation>
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
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
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
    <message>
        <source>Details of the institution</source>
        <translation>Szczegóły instytucji</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <extracomment>%1 is the name of a language, e.g. "Name (Polish):"</extracomment>
        <translation>Nazwa (%1):</translation>
    </message>
</context>
<context>
    <name>InterpretationMode</name>
    <message>
        <source>No interpretation</source>
        <translation>Bez tłumaczenia</translation>
    </message>
    <message>
        <source>Consecutive</source>
        <comment>kind of interpretation</comment>
        <translation>Konsekutywne</translation>
    </message>
    <message>
        <source>Simultaneous</source>
        <comment>kind of interpretation</comment>
        <translation>Symultaniczne</translation>
    </message>
    <message>
        <source>Whispered</source>
        <comment>kind of interpretation</comment>
        <translation>Szeptane</translation>
    </message>
</context>
<context>
    <name>InterpretationText</name>
    <message>
        <source>%1 → %2, consecutive</source>
        <extracomment>after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted into, named in the document's language ("polski → ukraiński, konsekutywne")</extracomment>
        <translation>%1 → %2, konsekutywne</translation>
    </message>
    <message>
        <source>consecutive</source>
        <extracomment>after the label "Interpretation:", when the languages are not known yet</extracomment>
        <translation>konsekutywne</translation>
    </message>
    <message>
        <source>%1 → %2, simultaneous</source>
        <extracomment>after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted into, named in the document's language ("polski → ukraiński, symultaniczne")</extracomment>
        <translation>%1 → %2, symultaniczne</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <extracomment>after the label "Interpretation:", when the languages are not known yet</extracomment>
        <translation>symultaniczne</translation>
    </message>
    <message>
        <source>%1 → %2, whispered</source>
        <extracomment>after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted into, named in the document's language ("polski → ukraiński, szeptane")</extracomment>
        <translation>%1 → %2, szeptane</translation>
    </message>
    <message>
        <source>whispered</source>
        <extracomment>after the label "Interpretation:", when the languages are not known yet</extracomment>
        <translation>szeptane</translation>
    </message>
</context>
<context>
    <name>KeptWarnings</name>
    <message>
        <source>Checking the programmes</source>
        <translation>Sprawdzanie programów wizyt</translation>
    </message>
    <message>
        <source>Preparing the conflict check</source>
        <translation>Przygotowywanie sprawdzania konfliktów</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>--language: "%1": a document is printed in one language or in two different ones, e.g. uk or pl,uk.</source>
        <extracomment>%1 is what the user typed after --language</extracomment>
        <translation>--language: „%1”: dokument drukuje się w jednym języku lub w dwóch różnych, np. uk albo pl,uk.</translation>
    </message>
    <message>
        <source>--language: "%1" is not a language code such as pl, uk or en.</source>
        <extracomment>%1 is one of the languages the user typed after --language</extracomment>
        <translation>--language: „%1” nie jest kodem języka, takim jak pl, uk lub en.</translation>
    </message>
</context>
<context>
    <name>LengthCounter</name>
    <message>
        <source>%1 / %2</source>
        <extracomment>a counter of characters in a field: %1 typed, %2 the most allowed, e.g. "112 / 120"</extracomment>
        <translation>%1 / %2</translation>
    </message>
</context>
<context>
    <name>ListGroupsCommand</name>
    <message>
        <source>Prints the id, name, number of members and next meeting due of each exchange group.</source>
        <translation>Wypisuje identyfikator, nazwę, liczbę członków i termin następnego spotkania każdej grupy wymiany.</translation>
    </message>
</context>
<context>
    <name>ListProjectsCommand</name>
    <message>
        <source>Prints the id, acronym, name and period of each funding project.</source>
        <translation>Wypisuje identyfikator, akronim, nazwę i okres każdego projektu finansującego.</translation>
    </message>
</context>
<context>
    <name>ListVisitsCommand</name>
    <message>
        <source>Prints the id, days, status and title of each visit.</source>
        <translation>Wypisuje numer, dni, status i tytuł każdej wizyty.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New Visit…</source>
        <translation>&amp;Nowa wizyta…</translation>
    </message>
    <message>
        <source>Add a visit and open it to build its programme</source>
        <translation>Dodaj wizytę i otwórz ją, by ułożyć jej program</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Nowa &amp;baza danych…</translation>
    </message>
    <message>
        <source>Start a new, empty database file</source>
        <translation>Utwórz nowy, pusty plik bazy danych</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Otwórz bazę danych…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Otwórz o&amp;statnie</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Przywróć &amp;kopię zapasową…</translation>
    </message>
    <message>
        <source>Go back to a copy of the database made on an earlier day</source>
        <translation>Wróć do kopii bazy danych wykonanej wcześniejszego dnia</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Podgląd &amp;wydruku…</translation>
    </message>
    <message>
        <source>See the open visit's document, chosen under its details, before printing it</source>
        <translation>Zobacz przed wydrukowaniem dokument otwartej wizyty, wybrany pod jej szczegółami</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Drukuj…</translation>
    </message>
    <message>
        <source>Print the open visit's document chosen under its details</source>
        <translation>Wydrukuj dokument otwartej wizyty wybrany pod jej szczegółami</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Eksportuj do PDF…</translation>
    </message>
    <message>
        <source>Save the open visit's document chosen under its details as a PDF file</source>
        <translation>Zapisz jako plik PDF dokument otwartej wizyty wybrany pod jej szczegółami</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Zakończ</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Edycja</translation>
    </message>
    <message>
        <source>Planning &amp;Settings…</source>
        <translation>&amp;Ustawienia planowania…</translation>
    </message>
    <message>
        <source>Erase Personal &amp;Data of This Visit…</source>
        <translation>Usuń &amp;dane osobowe uczestników tej wizyty…</translation>
    </message>
    <message>
        <source>After a visit: erase its participants' contact details, diets, accessibility needs and notes</source>
        <translation>Po wizycie: usuń dane kontaktowe, diety, potrzeby w zakresie dostępności i uwagi jej uczestników</translation>
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
        <source>Wizyta &amp;Handbook</source>
        <translation>&amp;Podręcznik programu Wizyta</translation>
    </message>
    <message>
        <source>The handbook, at the part about what you are doing</source>
        <translation>Podręcznik, otwarty przy tym, czym się właśnie zajmujesz</translation>
    </message>
    <message>
        <source>&amp;About Wizyta</source>
        <translation>&amp;O programie Wizyta</translation>
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
        <source>No recent databases</source>
        <translation>Brak ostatnio używanych baz</translation>
    </message>
    <message>
        <source>D&amp;uplicate Visit…</source>
        <translation>&amp;Powiel wizytę…</translation>
    </message>
    <message>
        <source>A new visit made from the open one: its programme on new days</source>
        <translation>Nowa wizyta na podstawie otwartej: jej program w nowych dniach</translation>
    </message>
    <message>
        <source>Export Visi&amp;t Report…</source>
        <translation>Eksportuj &amp;raport z wizyty…</translation>
    </message>
    <message>
        <source>Save a draft of the open visit's report, to finish in LibreOffice or Word (.odt)</source>
        <translation>Zapisz szkic raportu z otwartej wizyty do dokończenia w LibreOffice lub Wordzie (.odt)</translation>
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
        <source>Sections</source>
        <translation>Sekcje</translation>
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
        <source>The change could not be made</source>
        <translation>Nie udało się wprowadzić zmiany</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Database in Use</source>
        <translation>Baza danych w użyciu</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Otworzyć ją tylko do odczytu?</translation>
    </message>
    <message>
        <source>Exchange groups</source>
        <translation>Grupy wymiany</translation>
    </message>
</context>
<context>
    <name>MeetingPlanner</name>
    <message>
        <source>The exchange group “%1” has no members, so no one can host its meeting.</source>
        <extracomment>%1 is the exchange group's name</extracomment>
        <translation>Grupa wymiany „%1” nie ma członków, więc nikt nie może być gospodarzem jej spotkania.</translation>
    </message>
    <message>
        <source>Institution %1 is not a member of the exchange group “%2”.</source>
        <extracomment>%1 is a number, %2 the exchange group's name</extracomment>
        <translation>Instytucja %1 nie jest członkiem grupy wymiany „%2”.</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>An amount in %1, for example %2</source>
        <extracomment>%1 is a currency code such as PLN, %2 an amount such as 1 250 000,50</extracomment>
        <translation>Kwota w walucie %1, np. %2</translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message>
        <source>%1 %2</source>
        <extracomment>Month and year above a calendar: %1 month name, %2 year, e.g. "May 2026"</extracomment>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>Host: %1</source>
        <extracomment>In a calendar's tooltip: %1 the host institution</extracomment>
        <translation>Gospodarz: %1</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Kalendarz: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 visit title, %2 its status</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no visits</source>
        <extracomment>%1 a day, e.g. "19 May 2026"</extracomment>
        <translation>%1: brak wizyt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s): %2</source>
        <extracomment>%1 a day, %2 the titles of its visits</extracomment>
        <translation>
            <numerusform>%1: %n wizyta: %2</numerusform>
            <numerusform>%1: %n wizyty: %2</numerusform>
            <numerusform>%1: %n wizyt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <extracomment>%1 the selected visit's title</extracomment>
        <translation>Wybrano: %1.</translation>
    </message>
    <message>
        <source>Wk</source>
        <extracomment>Heading of the ISO week number column of a month calendar: keep it very short</extracomment>
        <translation>Tydz.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>In a calendar day too small for all its visits: how many are not shown</extracomment>
        <translation>
            <numerusform>+%n kolejna</numerusform>
            <numerusform>+%n kolejne</numerusform>
            <numerusform>+%n kolejnych</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Visit</source>
        <translation>&amp;Otwórz wizytę</translation>
    </message>
    <message>
        <source>&amp;New Visit Starting %1…</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"</extracomment>
        <translation>&amp;Nowa wizyta od %1…</translation>
    </message>
</context>
<context>
    <name>NameBadgeDocument</name>
    <message>
        <source>Name badges</source>
        <extracomment>the name of the printed document with the participants' badges</extracomment>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <source>No participants entered yet.</source>
        <extracomment>on an empty sheet of badges</extracomment>
        <translation>Nie wpisano jeszcze uczestników.</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <source>Cooperation agreement</source>
        <translation>Umowa o współpracy</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>List intencyjny</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Rekomendacje</translation>
    </message>
    <message>
        <source>Standard adopted</source>
        <translation>Przyjęty standard</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Inny rezultat</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Saving what came of the visit</source>
        <translation>Zapisywanie rezultatu wizyty</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Rezultat %1</translation>
    </message>
    <message>
        <source>Deleting what came of the visit</source>
        <translation>Usuwanie rezultatu wizyty</translation>
    </message>
    <message>
        <source>Reading what came of the visit</source>
        <translation>Odczyt rezultatów wizyty</translation>
    </message>
</context>
<context>
    <name>OutcomeValidator</name>
    <message>
        <source>Title: say what was agreed or adopted.</source>
        <translation>Tytuł: napisz, co uzgodniono lub przyjęto.</translation>
    </message>
    <message>
        <source>Task: say what is to be done.</source>
        <translation>Zadanie: napisz, co trzeba zrobić.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be made.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Nie można zapisać pliku %1: nie udało się utworzyć pliku PDF.</translation>
    </message>
</context>
<context>
    <name>ParticipantColumns</name>
    <message>
        <source>(not imported)</source>
        <extracomment>a CSV column that is not imported</extracomment>
        <translation>(bez importu)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Imię</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nazwisko</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Given name in Latin script</source>
        <translation>Imię alfabetem łacińskim</translation>
    </message>
    <message>
        <source>Family name in Latin script</source>
        <translation>Nazwisko alfabetem łacińskim</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Zakwaterowanie</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
    </message>
    <message>
        <source>Diet details</source>
        <translation>Dieta – szczegóły</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Potrzeby w zakresie dostępności</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Uwagi</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Person: no one recorded is called “%1”. Choose a name from the list, or choose “New person” to enter them.</source>
        <extracomment>%1 is what was typed in the list of people</extracomment>
        <translation>Osoba: nikt zapisany w bazie nie nazywa się „%1”. Wybierz nazwisko z listy albo zaznacz „Nowa osoba”, aby ją wpisać.</translation>
    </message>
    <message>
        <source>Institution: “%1” is not in the list; choose one of the names it offers, or clear the text.</source>
        <extracomment>%1 is what was typed in the list of institutions</extracomment>
        <translation>Instytucja: „%1” nie ma na liście; wybierz jedną z podpowiadanych nazw albo wyczyść pole.</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Edycja uczestnika</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Dodawanie uczestnika</translation>
    </message>
    <message>
        <source>E&amp;xisting person</source>
        <translation>&amp;Osoba z bazy</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>&amp;Nowa osoba</translation>
    </message>
    <message>
        <source>Parti&amp;cipant:</source>
        <translation>U&amp;czestnik:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>O&amp;soba:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>Nazwis&amp;ko:</translation>
    </message>
    <message>
        <source>Given name in &amp;Latin script:</source>
        <translation>Imię &amp;alfabetem łacińskim:</translation>
    </message>
    <message>
        <source>Family name in Latin scrip&amp;t:</source>
        <translation>Nazwisko alfa&amp;betem łacińskim:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Ins&amp;tytucja:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>Kra&amp;j:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rola:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>&amp;Przyjazd:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Wyjazd:</translation>
    </message>
    <message>
        <source>Acco&amp;mmodation:</source>
        <translation>&amp;Zakwaterowanie:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>Type any part of the name, in either script</source>
        <translation>Wpisz dowolną część nazwiska, w dowolnym alfabecie</translation>
    </message>
    <message>
        <source>when the name is written in another script</source>
        <translation>gdy imię i nazwisko zapisuje się innym alfabetem</translation>
    </message>
    <message>
        <source>e.g. Hotel Polonia, room 12</source>
        <translation>np. Hotel Polonia, pokój 12</translation>
    </message>
    <message>
        <source>Known</source>
        <extracomment>the arrival or departure time is known and entered</extracomment>
        <translation>Znany</translation>
    </message>
    <message>
        <source>Arrival time known</source>
        <translation>Termin przyjazdu znany</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Termin przyjazdu</translation>
    </message>
    <message>
        <source>Departure time known</source>
        <translation>Termin wyjazdu znany</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Termin wyjazdu</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no institution chosen</extracomment>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>e.g. Ukraine</source>
        <translation>np. Ukraina</translation>
    </message>
</context>
<context>
    <name>ParticipantExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Reading the people</source>
        <translation>Odczytywanie osób</translation>
    </message>
    <message>
        <source>No column holds the participants' names: one headed "Family name" ("Nazwisko", "Прізвище") or "Full name" is needed.</source>
        <translation>Żadna kolumna nie zawiera nazwisk uczestników: potrzebna jest kolumna „Nazwisko” („Family name”, „Прізвище”) albo „Imię i nazwisko”.</translation>
    </message>
    <message>
        <source>"%1" is not a country: write a code such as UA or PL.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>„%1” nie jest krajem: wpisz kod w rodzaju UA lub PL.</translation>
    </message>
    <message>
        <source>"%1" is not a role such as "Delegation member".</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>„%1” nie jest rolą w rodzaju „Członek delegacji”.</translation>
    </message>
    <message>
        <source>"%1" is not a day and time such as 2026-05-19 14:30 or 19.05.2026 14:30.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>„%1” nie jest dniem i godziną w rodzaju 2026-05-19 14:30 lub 19.05.2026 14:30.</translation>
    </message>
    <message>
        <source>Importing the participants</source>
        <translation>Importowanie uczestników</translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message>
        <source>Participant list</source>
        <extracomment>above the visit's title</extracomment>
        <translation>Lista uczestników</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <extracomment>under the visit's header: how many take part</extracomment>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants entered yet.</source>
        <extracomment>a list without participants</extracomment>
        <translation>Nie wpisano jeszcze uczestników.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>a column of the participant list: the number of a row</extracomment>
        <translation>Lp.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Institution</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>a column of the participant list: the person's job</extracomment>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>a column of the participant list: a country code such as UA</extracomment>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Delegation leadership</source>
        <extracomment>a heading of the participant list, over the delegation's leader or leaders</extracomment>
        <translation>Kierownictwo delegacji</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Członkowie delegacji</translation>
    </message>
    <message>
        <source>Hosts</source>
        <extracomment>a heading of the participant list, over the people of the hosting institution</extracomment>
        <translation>Gospodarze</translation>
    </message>
    <message>
        <source>Presenters</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Prelegenci</translation>
    </message>
    <message>
        <source>Moderators</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Moderatorzy</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Tłumacze</translation>
    </message>
    <message>
        <source>Guides and drivers</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Przewodnicy i kierowcy</translation>
    </message>
    <message>
        <source>Organisers</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Organizatorzy</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Accessibility: %1</source>
        <extracomment>%1 is what a participant needs, e.g. "wheelchair access"</extracomment>
        <translation>Dostępność: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rola</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Przyjazd</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Wyjazd</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Zakwaterowanie</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Dieta</translation>
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
        <translation>Kierownik delegacji</translation>
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
    <name>PeoplePage</name>
    <message>
        <source>Search people by name (in any script), institution or e-mail</source>
        <translation>Szukaj osób według imienia i nazwiska (w dowolnym alfabecie), instytucji lub adresu e-mail</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Szukaj osób</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Dodaj osobę…</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Nie ma jeszcze żadnych osób</translation>
    </message>
    <message>
        <source>Add the delegates, hosts, presenters and interpreters who take part in visits, with their institution, languages, diet and accessibility needs. Their visits will be shown beside them.</source>
        <translation>Dodaj członków delegacji, gospodarzy, prelegentów i tłumaczy biorących udział w wizytach — z instytucją, językami, dietą i potrzebami w zakresie dostępności. Obok każdej osoby zobaczysz jej wizyty.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n osoba</numerusform>
            <numerusform>%n osoby</numerusform>
            <numerusform>%n osób</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <extracomment>%1 people are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 z %n osoby</numerusform>
            <numerusform>%1 z %n osób</numerusform>
            <numerusform>%1 z %n osób</numerusform>
        </translation>
    </message>
    <message>
        <source>In Latin script:</source>
        <translation>Alfabetem łacińskim:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Kraj:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Języki:</translation>
    </message>
    <message>
        <source>Diet:</source>
        <translation>Dieta:</translation>
    </message>
    <message>
        <source>Accessibility needs:</source>
        <translation>Potrzeby w zakresie dostępności:</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <extracomment>consent to keeping their personal data</extracomment>
        <translation>Zgoda na przetwarzanie danych z dnia:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nie odnotowano</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Not in any visit yet.</source>
        <translation>Nie uczestniczy jeszcze w żadnej wizycie.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>%1 the visit's days, %2 its title, %3 the person's role in it</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Edit person ‘%1’</source>
        <translation>Edycja osoby „%1”</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Usuwanie osoby</translation>
    </message>
    <message numerus="yes">
        <source>They take part in %n visit(s); they will be removed from those participant lists.</source>
        <translation>
            <numerusform>Uczestniczy w %n wizycie; zostanie usunięta z jej listy uczestników.</numerusform>
            <numerusform>Uczestniczy w %n wizytach; zostanie usunięta z ich list uczestników.</numerusform>
            <numerusform>Uczestniczy w %n wizytach; zostanie usunięta z ich list uczestników.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They present, moderate or interpret in %n session(s); those sessions will stay, without them.</source>
        <translation>
            <numerusform>Występuje jako prelegent, moderator lub tłumacz w %n punkcie programu; pozostanie on, bez tej osoby.</numerusform>
            <numerusform>Występuje jako prelegent, moderator lub tłumacz w %n punktach programu; pozostaną one, bez tej osoby.</numerusform>
            <numerusform>Występuje jako prelegent, moderator lub tłumacz w %n punktach programu; pozostaną one, bez tej osoby.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They coordinate %n visit(s); those visits will stay, with no coordinator.</source>
        <translation>
            <numerusform>Koordynuje %n wizytę; pozostanie ona bez koordynatora.</numerusform>
            <numerusform>Koordynuje %n wizyty; pozostaną one bez koordynatora.</numerusform>
            <numerusform>Koordynuje %n wizyt; pozostaną one bez koordynatora.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the person ‘%1’?</source>
        <translation>Usunąć osobę „%1”?</translation>
    </message>
    <message>
        <source>Delete person ‘%1’</source>
        <translation>Usunięcie osoby „%1”</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <extracomment>exports everything Wizyta keeps about the selected person, e.g. when they ask for it</extracomment>
        <translation>Eksportuj dane osobowe…</translation>
    </message>
    <message>
        <source>Save everything stored about this person as a JSON file, for example when they ask for it</source>
        <translation>Zapisz wszystko, co przechowywane jest o tej osobie, jako plik JSON, np. gdy o to poprosi</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Eksport danych osobowych</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Pliki JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można zapisać pliku %1: %2</translation>
    </message>
    <message>
        <source>Details of the person</source>
        <translation>Szczegóły osoby</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person ‘%1’</source>
        <translation>Dodanie osoby „%1”</translation>
    </message>
    <message>
        <source>Institution: "%1" is not in the list. Choose one of the institutions, or add it on the Institutions page first.</source>
        <extracomment>%1 is the text typed in the Institution box</extracomment>
        <translation>Instytucja: „%1” nie ma na liście. Wybierz jedną z instytucji albo najpierw dodaj ją na stronie Instytucje.</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Edycja osoby</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Imię:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Nazwisko:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Inst&amp;ytucja:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>&amp;Stanowisko:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Kraj:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Języki:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-mail:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Telefon:</translation>
    </message>
    <message>
        <source>&amp;Diet:</source>
        <translation>&amp;Dieta:</translation>
    </message>
    <message>
        <source>Diet &amp;note:</source>
        <translation>&amp;Uwagi do diety:</translation>
    </message>
    <message>
        <source>&amp;Accessibility needs:</source>
        <translation>&amp;Potrzeby w zakresie dostępności:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <extracomment>the row holding "Consent given on" and its date</extracomment>
        <translation>Dane osobowe:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>U&amp;wagi:</translation>
    </message>
    <message>
        <source>as in the passport, for badges and bookings</source>
        <extracomment>the name in Latin script, when the person writes theirs in Cyrillic or another script</extracomment>
        <translation>jak w paszporcie — do identyfikatorów i rezerwacji</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>the empty choice of the Institution box</extracomment>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>e.g. social worker, director</source>
        <translation>np. pracownik socjalny, dyrektor</translation>
    </message>
    <message>
        <source>e.g. allergic to nuts</source>
        <translation>np. alergia na orzechy</translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <extracomment>consent to their personal data being kept; a date follows</extracomment>
        <translation>&amp;Zgoda udzielona dnia</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Data zgody</translation>
    </message>
    <message>
        <source>e.g. Ukraine</source>
        <translation>np. Ukraina</translation>
    </message>
    <message>
        <source>e.g. Ukrainian, Polish, English</source>
        <extracomment>names of languages as the list offers them, separated by commas</extracomment>
        <translation>np. ukraiński, polski, angielski</translation>
    </message>
    <message>
        <source>Given name in &amp;Latin script:</source>
        <translation>Imię &amp;alfabetem łacińskim:</translation>
    </message>
    <message>
        <source>Family name in Latin scrip&amp;t:</source>
        <translation>Nazwisko alfa&amp;betem łacińskim:</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>Imię i nazwisko</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Instytucja</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Stanowisko</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Kraj</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Wizyty</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Imię i nazwisko alfabetem łacińskim</translation>
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
    <name>PersonalData</name>
    <message>
        <source>The visit is not over yet (its last day is %1): its participants' details are still needed.</source>
        <extracomment>%1 is the visit's last day</extracomment>
        <translation>Wizyta jeszcze się nie skończyła (jej ostatni dzień to %1): dane uczestników są nadal potrzebne.</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Usuwanie danych osobowych</translation>
    </message>
    <message>
        <source>Reading the person's data</source>
        <translation>Odczytywanie danych osoby</translation>
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
</context>
<context>
    <name>PlanMeetingCommand</name>
    <message>
        <source>Adds an exchange group's next meeting as a draft: the member that has waited longest hosts, the usual interval after the last meeting, off weekends and public holidays. Prints the new visit's id, host and days.</source>
        <translation>Dodaje szkic następnego spotkania grupy wymiany: gospodarzem jest członek, który czeka najdłużej, termin to zwykły odstęp po ostatnim spotkaniu, poza weekendami i świętami. Wypisuje identyfikator nowej wizyty, gospodarza i dni.</translation>
    </message>
    <message>
        <source>plan-meeting needs --group ID; list groups shows the ids.</source>
        <extracomment>"--group ID" and "list groups" stay as they are</extracomment>
        <translation>plan-meeting wymaga --group ID; identyfikatory pokazuje list groups.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not an id.</source>
        <extracomment>%1 is an option name, %2 what the user typed</extracomment>
        <translation>--%1: „%2” to nie jest identyfikator.</translation>
    </message>
    <message>
        <source>--first-day: "%1" is not a day; write it as 2026-05-19.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--first-day: „%1” to nie jest data; wpisz ją jako 2026-05-19.</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Last day: the meeting cannot end before it starts.</source>
        <translation>Ostatni dzień: spotkanie nie może skończyć się przed rozpoczęciem.</translation>
    </message>
    <message>
        <source>has not hosted yet</source>
        <extracomment>after a member's name in the list of possible hosts</extracomment>
        <translation>jeszcze bez spotkania u siebie</translation>
    </message>
    <message>
        <source>last hosted %1</source>
        <extracomment>after a member's name in the list of possible hosts; %1 is a date</extracomment>
        <translation>ostatnio gospodarz %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is an institution, %2 when it last hosted the group's meeting</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Proposed host: the member that has waited longest.</source>
        <translation>Proponowany gospodarz: członek, który czeka najdłużej.</translation>
    </message>
    <message>
        <source>Due on %1, the group's usual interval after its last meeting.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Termin: %1, zwykły odstęp grupy po jej ostatnim spotkaniu.</translation>
    </message>
    <message>
        <source>Moved off the weekend and the public holidays in %1.</source>
        <extracomment>%1 is a country's name</extracomment>
        <translation>Przesunięte poza weekend i dni ustawowo wolne od pracy (%1).</translation>
    </message>
    <message>
        <source>Moved off the weekend.</source>
        <translation>Przesunięte poza weekend.</translation>
    </message>
    <message>
        <source>The meeting is added as a draft, the other members invited; then build its programme.</source>
        <translation>Spotkanie zostanie dodane jako szkic, z zaproszonymi pozostałymi członkami; potem ułóż jego program.</translation>
    </message>
    <message>
        <source>Plan Next Meeting of %1</source>
        <extracomment>%1 is the exchange group's name</extracomment>
        <translation>Następne spotkanie: %1</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Gospodarz:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>P&amp;ierwszy dzień:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Ostatni dzień:</translation>
    </message>
    <message>
        <source>Why these days</source>
        <translation>Skąd te dni</translation>
    </message>
    <message>
        <source>&amp;Plan Meeting</source>
        <translation>&amp;Zaplanuj spotkanie</translation>
    </message>
</context>
<context>
    <name>PlanningSettingsDialog</name>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes, with its leading space: "15 min"</extracomment>
        <translation> min</translation>
    </message>
    <message>
        <source>Planning Settings</source>
        <translation>Ustawienia planowania</translation>
    </message>
    <message>
        <source>Change planning settings</source>
        <translation>Zmiana ustawień planowania</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 is a row number of the travel-time table, %2 what is wrong with that row</extracomment>
        <translation>Wiersz %1: %2</translation>
    </message>
    <message>
        <source>these two cities are already in row %1; keep one of the two rows.</source>
        <extracomment>%1 is a row number of the travel-time table</extracomment>
        <translation>te dwa miasta są już w wierszu %1; zostaw tylko jeden z tych wierszy.</translation>
    </message>
    <message>
        <source>Travel &amp;within a city:</source>
        <translation>Przejazd w &amp;obrębie miasta:</translation>
    </message>
    <message>
        <source>Travel between &amp;cities, unless listed below:</source>
        <translation>Przejazd &amp;między miastami, jeśli nie podano niżej:</translation>
    </message>
    <message>
        <source>An &amp;interpreter works without a break for at most:</source>
        <translation>&amp;Tłumacz pracuje bez przerwy najwyżej:</translation>
    </message>
    <message>
        <source>Between &amp;these cities:</source>
        <extracomment>before the table of travel times between pairs of cities</extracomment>
        <translation>Między t&amp;ymi miastami:</translation>
    </message>
    <message>
        <source>First city</source>
        <extracomment>columns of the travel-time table; a time applies both ways, and messages about a row name its cities "first city" and "second city"</extracomment>
        <translation>Pierwsze miasto</translation>
    </message>
    <message>
        <source>Second city</source>
        <translation>Drugie miasto</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minuty</translation>
    </message>
    <message>
        <source>Travel times between pairs of cities</source>
        <translation>Czasy przejazdu między parami miast</translation>
    </message>
    <message>
        <source>&amp;Add Pair</source>
        <translation>&amp;Dodaj parę</translation>
    </message>
    <message>
        <source>&amp;Remove Pair</source>
        <translation>&amp;Usuń parę</translation>
    </message>
    <message>
        <source>Used to warn when there is not enough time to travel between two sessions in different cities.</source>
        <translation>Służy do ostrzegania, gdy między dwoma punktami programu w różnych miastach jest za mało czasu na przejazd.</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Printed %1</source>
        <extracomment>in the footer of each page of a printed document; %1 is a day, e.g. "Printed 12 May 2026"</extracomment>
        <translation>Wydrukowano %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>in the footer of each page of a printed document: "Page 2 of 5"</extracomment>
        <translation>Strona %1 z %2</translation>
    </message>
    <message>
        <source>A document is printed in one language or in two, e.g. uk or pl,uk.</source>
        <translation>Dokument drukuje się w jednym języku lub w dwóch, np. uk albo pl,uk.</translation>
    </message>
    <message>
        <source>"%1" is not a language code such as pl, uk or en.</source>
        <extracomment>%1 is what was given as a language</extracomment>
        <translation>„%1” nie jest kodem języka, takim jak pl, uk lub en.</translation>
    </message>
    <message>
        <source>A document in two languages needs two different ones, not %1 twice.</source>
        <extracomment>%1 is a language code such as uk</extracomment>
        <translation>Dokument w dwóch językach wymaga dwóch różnych języków, a nie dwa razy %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDocument</name>
    <message>
        <source>Programme</source>
        <extracomment>above the visit's title</extracomment>
        <translation>Program wizyty</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <extracomment>under a day with no session</extracomment>
        <translation>Nic nie zaplanowano.</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <extracomment>a programme without any session</extracomment>
        <translation>Nie zaplanowano jeszcze żadnych punktów programu.</translation>
    </message>
    <message>
        <source>Venue:</source>
        <extracomment>where a session takes place</extracomment>
        <translation>Miejsce:</translation>
    </message>
    <message>
        <source>Presented by:</source>
        <extracomment>the people presenting a session, e.g. "Presented by: Anna Nowak, Jan Kowalski"</extracomment>
        <translation>Prowadzący:</translation>
    </message>
    <message>
        <source>Moderated by:</source>
        <extracomment>the person moderating a session</extracomment>
        <translation>Moderator:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <extracomment>how a session is interpreted, e.g. "Interpretation: Polish → Ukrainian, consecutive (Olena Kravets)"</extracomment>
        <translation>Tłumaczenie:</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <extracomment>under a session running past midnight; %1 is a day and a time, e.g. "Wednesday, 20 May 2026 01:00"</extracomment>
        <translation>Koniec: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeImport</name>
    <message>
        <source>Reading the programme</source>
        <translation>Odczytywanie programu</translation>
    </message>
    <message>
        <source>A programme needs the columns date, start, end and title ("data", "początek", "koniec", "tytuł"; "дата", "початок", "кінець", "назва").</source>
        <translation>Program wymaga kolumn data, początek, koniec i tytuł („data”, „początek”, „koniec”, „tytuł”; „дата”, „початок”, „кінець”, „назва”).</translation>
    </message>
    <message>
        <source>"%1" is not a day such as 2026-05-19 or 19.05.2026.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>„%1” nie jest dniem w rodzaju 2026-05-19 lub 19.05.2026.</translation>
    </message>
    <message>
        <source>"%1" is not a time such as 9:00 or 14:30.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>„%1” nie jest godziną w rodzaju 9:00 lub 14:30.</translation>
    </message>
    <message>
        <source>%1 is not a day of the visit (%2 to %3).</source>
        <extracomment>%1 is a day, %2 and %3 the visit's first and last day</extracomment>
        <translation>%1 nie jest dniem wizyty (od %2 do %3).</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Importowanie programu</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Whole delegation</source>
        <translation>Cała delegacja</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a person and their role in a session, e.g. "Anna Nowak (Presenter)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Dzień</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Godziny</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Miejsce</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Miejscowość</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Osoby</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Uczestnicy</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
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
    <name>ProjectDialog</name>
    <message>
        <source>Total value: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250 000,50</extracomment>
        <translation>Wartość całkowita: „%1” nie jest kwotą; zapisz ją np. tak: %2.</translation>
    </message>
    <message>
        <source>Co-financing: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250 000,50</extracomment>
        <translation>Współfinansowanie: „%1” nie jest kwotą; zapisz ją np. tak: %2.</translation>
    </message>
    <message>
        <source>Edit Funding Project</source>
        <translation>Edycja projektu</translation>
    </message>
    <message>
        <source>New Funding Project</source>
        <translation>Nowy projekt</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nazwa:</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>A&amp;kronim:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Grantodawca:</translation>
    </message>
    <message>
        <source>A&amp;greement number:</source>
        <translation>Numer &amp;umowy:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <extracomment>before two rows: "from [date]" and "until [date]"</extracomment>
        <translation>Okres &amp;realizacji:</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <extracomment>the first day of a funding project's period follows; unchecked when it is not known</extracomment>
        <translation>&amp;od</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <extracomment>the last day of a funding project's period follows; unchecked when it is not known</extracomment>
        <translation>&amp;do</translation>
    </message>
    <message>
        <source>First day of the project</source>
        <translation>Pierwszy dzień projektu</translation>
    </message>
    <message>
        <source>Last day of the project</source>
        <translation>Ostatni dzień projektu</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Waluta:</translation>
    </message>
    <message>
        <source>A three-letter code, such as PLN or EUR</source>
        <translation>Trzyliterowy kod, np. PLN lub EUR</translation>
    </message>
    <message>
        <source>&amp;Total value:</source>
        <translation>Wartość &amp;całkowita:</translation>
    </message>
    <message>
        <source>Co-f&amp;inancing:</source>
        <translation>Współ&amp;finansowanie:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>&amp;Partnerzy:</translation>
    </message>
    <message>
        <source>Filter partner institutions</source>
        <translation>Filtruj instytucje partnerskie</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>Instytucje partnerskie</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Logo:</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Podgląd logo</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Wybierz &amp;logo…</translation>
    </message>
    <message>
        <source>R&amp;emove logo</source>
        <translation>U&amp;suń logo</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Uwag&amp;i:</translation>
    </message>
    <message>
        <source>e.g. European Social Fund Plus, Norway Grants</source>
        <translation>np. Europejski Fundusz Społeczny Plus, Fundusze norweskie</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <extracomment>%1 is a list of file name patterns such as *.png *.jpg</extracomment>
        <translation>Obrazy (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <extracomment>%1 is a file name, %2 the reason from the system
----------
%1 is a file name</extracomment>
        <translation>Wybór logo</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Nie udało się odczytać pliku %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture Wizyta can show. Choose a PNG, JPEG or other image file.</source>
        <translation>%1 nie jest obrazem, który Wizyta potrafi wyświetlić. Wybierz plik PNG, JPEG lub inny plik graficzny.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Brak logo</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>from %1</source>
        <extracomment>a funding project's period with no known end; %1 is a date such as 1 May 2026</extracomment>
        <translation>od %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a funding project's period with no known start; %1 is a date such as 31 December 2027</extracomment>
        <translation>do %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Akronim</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Grantodawca</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>the days a funding project runs</extracomment>
        <translation>Okres realizacji</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Budżet</translation>
    </message>
    <message>
        <source>Visits</source>
        <extracomment>how many visits a funding project pays for</extracomment>
        <translation>Wizyty</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Search funding projects by name, acronym or funder</source>
        <translation>Szukaj projektów według nazwy, akronimu lub grantodawcy</translation>
    </message>
    <message>
        <source>Search funding projects</source>
        <translation>Szukaj projektów</translation>
    </message>
    <message>
        <source>Funding projects</source>
        <translation>Projekty finansujące</translation>
    </message>
    <message>
        <source>&amp;Add Funding Project…</source>
        <translation>&amp;Dodaj projekt…</translation>
    </message>
    <message>
        <source>No funding projects yet</source>
        <translation>Nie ma jeszcze żadnych projektów</translation>
    </message>
    <message>
        <source>Add the projects that pay for visits (an EU social fund call, Norway grants, a ministry, an embassy) with their period, budget and partners. Each visit can then name the project that funds it, and the project's figures and logo go into its reports.</source>
        <translation>Dodaj projekty, z których finansowane są wizyty (nabór z funduszy unijnych, Fundusze norweskie, ministerstwo, ambasada), z okresem realizacji, budżetem i partnerami. Każda wizyta może wtedy wskazać finansujący ją projekt, a jego dane i logo trafią do sprawozdań.</translation>
    </message>
    <message numerus="yes">
        <source>%n funding project(s)</source>
        <translation>
            <numerusform>%n projekt</numerusform>
            <numerusform>%n projekty</numerusform>
            <numerusform>%n projektów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n funding project(s)</source>
        <extracomment>%1 funding projects are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 z %n projektu</numerusform>
            <numerusform>%1 z %n projektów</numerusform>
            <numerusform>%1 z %n projektów</numerusform>
        </translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>Grantodawca:</translation>
    </message>
    <message>
        <source>Agreement number:</source>
        <translation>Numer umowy:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Okres realizacji:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Budżet:</translation>
    </message>
    <message>
        <source>Co-financing:</source>
        <translation>Współfinansowanie:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Partnerzy</translation>
    </message>
    <message>
        <source>No partner institutions are recorded.</source>
        <translation>Nie zapisano instytucji partnerskich.</translation>
    </message>
    <message>
        <source>Visits funded</source>
        <translation>Finansowane wizyty</translation>
    </message>
    <message>
        <source>No visit names this project as its funding yet.</source>
        <translation>Żadna wizyta nie wskazuje jeszcze tego projektu jako źródła finansowania.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the days of a visit, %2 its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add funding project ‘%1’</source>
        <translation>Dodanie projektu „%1”</translation>
    </message>
    <message>
        <source>Funding Projects</source>
        <translation>Projekty finansujące</translation>
    </message>
    <message>
        <source>Edit funding project ‘%1’</source>
        <translation>Edycja projektu „%1”</translation>
    </message>
    <message>
        <source>Delete Funding Project</source>
        <translation>Usuwanie projektu</translation>
    </message>
    <message>
        <source>Delete the funding project ‘%1’?</source>
        <translation>Usunąć projekt „%1”?</translation>
    </message>
    <message numerus="yes">
        <source>It funds %n visit(s); they will stay, without a funding project:</source>
        <translation>
            <numerusform>Finansuje %n wizytę; pozostanie ona bez projektu finansującego:</numerusform>
            <numerusform>Finansuje %n wizyty; pozostaną one bez projektu finansującego:</numerusform>
            <numerusform>Finansuje %n wizyt; pozostaną one bez projektu finansującego:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the end of a shortened list of visits</extracomment>
        <translation>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
            <numerusform>… i jeszcze %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete funding project ‘%1’</source>
        <translation>Usunięcie projektu „%1”</translation>
    </message>
    <message>
        <source>Details of the funding project</source>
        <translation>Szczegóły projektu finansującego</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>%1: %2 is not a time of day. Type hours 00–23 and minutes 00–59, such as 0930 or 9:30.</source>
        <extracomment>%1 is the field's name, e.g. "Start"; %2 what was typed in it, e.g. "25:75"</extracomment>
        <translation>%1: %2 to nie jest godzina. Wpisz godziny 00–23 i minuty 00–59, np. 0930 albo 9:30.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a field and the language of one of its translations, e.g. "Title (uk)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>“%1” contains %2, which the printed documents cannot show: %n character(s) would print as □.</source>
        <extracomment>%1 is a field ("Title"), %2 the characters, e.g. "👍 🚀"; %n how many they are</extracomment>
        <translation>
            <numerusform>Pole „%1” zawiera %2 – drukowane dokumenty nie pokażą tego znaku; w jego miejscu wydrukuje się □.</numerusform>
            <numerusform>Pole „%1” zawiera %2 – drukowane dokumenty nie pokażą tych %n znaków; w ich miejscu wydrukuje się □.</numerusform>
            <numerusform>Pole „%1” zawiera %2 – drukowane dokumenty nie pokażą tych %n znaków; w ich miejscu wydrukuje się □.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway, or cancel and change them in the form?</source>
        <translation>Zapisać mimo to czy anulować i poprawić w formularzu?</translation>
    </message>
    <message>
        <source>Characters That Cannot Be Printed</source>
        <translation>Znaki, których nie da się wydrukować</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Zapisz &amp;mimo to</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Usuń</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Przywracanie kopii zapasowej</translation>
    </message>
    <message>
        <source>Choose the copy of %1 to go back to. Everything changed since that copy was made is replaced; the database as it is now is kept as a backup too, so this can be undone the same way.

Backups are kept in %2.</source>
        <extracomment>%1 is the database file, %2 the folder of its backups</extracomment>
        <translation>Wybierz kopię bazy %1, do której chcesz wrócić. Wszystko, co zmieniono od jej wykonania, zostanie zastąpione; obecna baza również zostanie zachowana jako kopia zapasowa, więc można to cofnąć w ten sam sposób.

Kopie zapasowe są przechowywane w folderze %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a backup in the list: %1 its day and time, %2 its size such as "1.2 MB"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet: one is made each day the database is opened.</source>
        <translation>Nie ma jeszcze kopii zapasowych: kopia powstaje każdego dnia, w którym baza jest otwierana.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <extracomment>the button that puts the chosen backup in place of the database</extracomment>
        <translation>&amp;Przywróć</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Kopie zapasowe</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Adding the sample visits</source>
        <translation>Dodawanie przykładowych wizyt</translation>
    </message>
    <message>
        <source>The sample visits are already in this database.</source>
        <translation>Przykładowe wizyty są już w tej bazie danych.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Venue: “%1” is not in the list. Choose an institution from it, enter a new one with “New Institution…”, or clear the text and give the address.</source>
        <extracomment>%1 is what was typed in the list of institutions</extracomment>
        <translation>Miejsce: „%1” nie ma na liście. Wybierz z niej instytucję, dodaj nową przyciskiem „Nowa instytucja…” albo wyczyść pole i podaj adres.</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Edycja punktu programu</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>Nowy punkt programu</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;Dzień:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Początek:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Koniec:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;End (%n day(s) later):</source>
        <translation>
            <numerusform>&amp;Koniec (%n dzień później):</numerusform>
            <numerusform>&amp;Koniec (%n dni później):</numerusform>
            <numerusform>&amp;Koniec (%n dni później):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Miejsce:</translation>
    </message>
    <message>
        <source>New &amp;Institution…</source>
        <translation>Nowa &amp;instytucja…</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Sala:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adres:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Mi&amp;ejscowość:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Język:</translation>
    </message>
    <message>
        <source>Inter&amp;pretation:</source>
        <translation>T&amp;łumaczenie:</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>Osob&amp;y:</translation>
    </message>
    <message>
        <source>Add Pe&amp;rson</source>
        <translation>Dodaj oso&amp;bę</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>Uc&amp;zestnicy:</translation>
    </message>
    <message>
        <source>&amp;Whole delegation</source>
        <translation>&amp;Cała delegacja</translation>
    </message>
    <message>
        <source>C&amp;hosen participants</source>
        <translation>&amp;Wybrani uczestnicy</translation>
    </message>
    <message>
        <source>Participants attending</source>
        <translation>Obecni uczestnicy</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Opis:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>e.g. Meeting with the director of the centre</source>
        <translation>np. Spotkanie z dyrektorem ośrodka</translation>
    </message>
    <message>
        <source>when it differs from the venue's</source>
        <translation>jeśli inny niż adres instytucji</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no institution chosen as the venue</extracomment>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <extracomment>an institution entered in place, stored when the session is saved</extracomment>
        <translation>%1 (nowa)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Osoba</translation>
    </message>
    <message>
        <source>Role in the session</source>
        <translation>Rola w punkcie programu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove this person from the session</source>
        <translation>Usuń tę osobę z punktu programu</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a participant and their role in the visit, e.g. "Olena Kovalenko — Delegation member"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Opis</translation>
    </message>
    <message>
        <source>e.g. Polish</source>
        <translation>np. polski</translation>
    </message>
    <message>
        <source>into, e.g. Ukrainian</source>
        <extracomment>the languages a session is interpreted into, beside the kind of interpretation</extracomment>
        <translation>na jaki język, np. ukraiński</translation>
    </message>
    <message>
        <source>Languages interpreted into</source>
        <translation>Języki, na które się tłumaczy</translation>
    </message>
</context>
<context>
    <name>SessionEdits</name>
    <message>
        <source>Add session ‘%1’</source>
        <translation>Dodanie punktu programu „%1”</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Edycja punktu programu</translation>
    </message>
    <message>
        <source>Edit session ‘%1’</source>
        <translation>Edycja punktu programu „%1”</translation>
    </message>
    <message>
        <source>Move session ‘%1’</source>
        <translation>Przesunięcie punktu programu „%1”</translation>
    </message>
    <message>
        <source>Move Session</source>
        <translation>Przesuwanie punktu programu</translation>
    </message>
    <message>
        <source>Change length of session ‘%1’</source>
        <translation>Zmiana długości punktu programu „%1”</translation>
    </message>
    <message>
        <source>Change Session Length</source>
        <translation>Zmiana długości punktu programu</translation>
    </message>
    <message>
        <source>Delete session ‘%1’</source>
        <translation>Usunięcie punktu programu „%1”</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Usuwanie punktu programu</translation>
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
    <name>SessionValidator</name>
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
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Interpretation: "%1" is not a two-letter language code such as uk.</source>
        <extracomment>%1 is what was entered as a language code</extracomment>
        <translation>Tłumaczenie: „%1” nie jest dwuliterowym kodem języka, takim jak uk.</translation>
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
    <name>TableMemory</name>
    <message>
        <source>&amp;Fit Columns to Their Contents</source>
        <translation>&amp;Dopasuj kolumny do zawartości</translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a field and the language of one of its translations, e.g. "Title (uk)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: “%2” has %n character(s); at most %3 print on two lines. Shorten it.</source>
        <extracomment>%1 is the field ("Title"), %2 the beginning of the text, %3 the most characters allowed; %n how many it has</extracomment>
        <translation>
            <numerusform>%1: „%2” ma %n znak; w dwóch wierszach wydruku mieści się najwyżej %3. Skróć tekst.</numerusform>
            <numerusform>%1: „%2” ma %n znaki; w dwóch wierszach wydruku mieści się najwyżej %3. Skróć tekst.</numerusform>
            <numerusform>%1: „%2” ma %n znaków; w dwóch wierszach wydruku mieści się najwyżej %3. Skróć tekst.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TimeRange</name>
    <message>
        <source>%1–%2</source>
        <extracomment>a session's start and end, e.g. 09:00–10:30</extracomment>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>%1 – %2 %3</source>
        <extracomment>a session ending on another day: %1 start time, %2 end day, %3 end time</extracomment>
        <translation>%1 – %2 %3</translation>
    </message>
</context>
<context>
    <name>TranslatedTextEdit</name>
    <message>
        <source>“%1” is not an ISO 639-1 language code (two letters, e.g. uk, cs, no).</source>
        <extracomment>%1 is what was typed as the code of a language</extracomment>
        <translation>„%1” nie jest kodem języka ISO 639-1 (dwie litery, np. uk, cs, no).</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a language's own name and its code, e.g. "Українська (uk)"
----------
%1 is a field such as Title, %2 the name of the language its text is in, e.g. Українська</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Other Language…</source>
        <translation>Inny język…</translation>
    </message>
    <message>
        <source>Add Language…</source>
        <translation>Dodaj język…</translation>
    </message>
    <message>
        <source>Write this text in another language too</source>
        <translation>Wpisz ten tekst także w innym języku</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove the text in %1</source>
        <extracomment>%1 is the name of a language, e.g. Українська</extracomment>
        <translation>Usuń tekst w języku: %1</translation>
    </message>
    <message>
        <source>Code of the language to add</source>
        <translation>Kod dodawanego języka</translation>
    </message>
    <message>
        <source>ISO 639-1 code, e.g. no</source>
        <translation>kod ISO 639-1, np. no</translation>
    </message>
    <message>
        <source>Type the two-letter code and press Enter; Esc cancels</source>
        <translation>Wpisz dwuliterowy kod i naciśnij Enter; Esc anuluje</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>%1 was saved in %2.</source>
        <extracomment>%1 is a file's name, %2 the folder it is in</extracomment>
        <translation>Plik %1 zapisano w folderze %2.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Otwórz</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Pokaż w &amp;folderze</translation>
    </message>
</context>
<context>
    <name>VisitCopier</name>
    <message>
        <source>Copying the visit</source>
        <translation>Kopiowanie wizyty</translation>
    </message>
    <message>
        <source>Choose the first day of the new visit.</source>
        <translation>Wybierz pierwszy dzień nowej wizyty.</translation>
    </message>
    <message>
        <source>Copying the sessions</source>
        <translation>Kopiowanie punktów programu</translation>
    </message>
    <message>
        <source>Choose the day the sessions are copied to.</source>
        <translation>Wybierz dzień, do którego zostaną skopiowane punkty programu.</translation>
    </message>
</context>
<context>
    <name>VisitCostsTab</name>
    <message>
        <source>Costs</source>
        <translation>Koszty</translation>
    </message>
    <message>
        <source>&amp;Add Cost…</source>
        <translation>&amp;Dodaj koszt…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edy&amp;tuj…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>No costs yet: add the hotel, meals, interpreters and transport with “Add Cost…” (Insert).</source>
        <translation>Nie ma jeszcze kosztów: dodaj hotel, wyżywienie, tłumaczy i transport przyciskiem „Dodaj koszt…” (Insert).</translation>
    </message>
    <message>
        <source>planned %1, actual %2</source>
        <extracomment>totals of a visit's costs in one currency: %1 the amount planned, %2 the amount spent</extracomment>
        <translation>planowane %1, rzeczywiste %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 who pays (a project's acronym or "Own funds"), %2 how much</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <extracomment>%1 the totals per currency, e.g. "planned PLN 1,200.00, actual PLN 800.00"</extracomment>
        <translation>Razem: %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <extracomment>%1 how much each funder pays, the actual amount where known, else the planned one</extracomment>
        <translation>Kto płaci: %1</translation>
    </message>
    <message>
        <source>Add cost ‘%1’</source>
        <translation>Dodaj koszt „%1”</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>Edytuj koszt</translation>
    </message>
    <message>
        <source>Edit cost ‘%1’</source>
        <translation>Edytuj koszt „%1”</translation>
    </message>
    <message>
        <source>Delete Cost</source>
        <translation>Usuń koszt</translation>
    </message>
    <message>
        <source>Delete the cost ‘%1’?</source>
        <translation>Usunąć koszt „%1”?</translation>
    </message>
    <message>
        <source>Delete cost ‘%1’</source>
        <translation>Usuń koszt „%1”</translation>
    </message>
</context>
<context>
    <name>VisitDeletion</name>
    <message>
        <source>Delete Visit</source>
        <translation>Usuwanie wizyty</translation>
    </message>
    <message>
        <source>Delete the visit ‘%1’?</source>
        <translation>Usunąć wizytę „%1”?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n participant(s) will be taken off it; the people stay recorded.</source>
        <translation>
            <numerusform>Jej %n uczestnik zostanie usunięty z listy; sama osoba pozostanie w bazie.</numerusform>
            <numerusform>Jej %n uczestników zostanie usuniętych z listy; same osoby pozostaną w bazie.</numerusform>
            <numerusform>Jej %n uczestników zostanie usuniętych z listy; same osoby pozostaną w bazie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its programme of %n session(s) will be deleted.</source>
        <translation>
            <numerusform>Jej program, %n punkt, zostanie usunięty.</numerusform>
            <numerusform>Jej program, %n punkty, zostanie usunięty.</numerusform>
            <numerusform>Jej program, %n punktów, zostanie usunięty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete visit ‘%1’</source>
        <translation>Usunięcie wizyty „%1”</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Add visit ‘%1’</source>
        <translation>Dodanie wizyty „%1”</translation>
    </message>
    <message>
        <source>“%1” is not in the list: choose one of the names it offers, or clear the text.</source>
        <extracomment>%1 is what was typed in a list of institutions or people</extracomment>
        <translation>„%1” nie ma na liście: wybierz jedną z podpowiadanych nazw albo wyczyść pole.</translation>
    </message>
    <message>
        <source>Edit Visit</source>
        <translation>Edycja wizyty</translation>
    </message>
    <message>
        <source>New Visit</source>
        <translation>Nowa wizyta</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Tytuł:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Rodzaj:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Pierwszy dzień:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Ostatni dzień:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>Strefa &amp;czasowa:</translation>
    </message>
    <message>
        <source>&amp;Host institution:</source>
        <translation>Instytucja przyjmująca (&amp;gospodarz):</translation>
    </message>
    <message>
        <source>S&amp;ending institution:</source>
        <translation>Instytucja &amp;wysyłająca:</translation>
    </message>
    <message>
        <source>Sending c&amp;ountry:</source>
        <translation>&amp;Kraj delegacji:</translation>
    </message>
    <message>
        <source>Sending &amp;region:</source>
        <translation>R&amp;egion delegacji:</translation>
    </message>
    <message>
        <source>Funding &amp;project:</source>
        <translation>Projekt &amp;finansujący:</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>&amp;Języki robocze:</translation>
    </message>
    <message>
        <source>Pr&amp;int languages:</source>
        <translation>Języki wy&amp;druków:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>Koordy&amp;nator:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Uwagi:</translation>
    </message>
    <message>
        <source>e.g. Study visit of the Lviv city hall</source>
        <translation>np. Wizyta studyjna Lwowskiej Rady Miejskiej</translation>
    </message>
    <message>
        <source>e.g. Zhytomyr region</source>
        <translation>np. obwód żytomierski</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no institution, project or person chosen</extracomment>
        <translation>(brak)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
    </message>
    <message>
        <source>Working languages: "%1" is not a language; choose one from the list, such as Polish or Ukrainian.</source>
        <extracomment>%1 is what was entered as a language</extracomment>
        <translation>Języki robocze: „%1” nie jest językiem; wybierz język z listy, np. polski albo ukraiński.</translation>
    </message>
    <message>
        <source>Print languages: "%1" is not a language; choose one from the list, such as Polish or Ukrainian.</source>
        <extracomment>%1 is what was entered as a language</extracomment>
        <translation>Języki wydruków: „%1” nie jest językiem; wybierz język z listy, np. polski albo ukraiński.</translation>
    </message>
    <message>
        <source>e.g. Ukraine</source>
        <translation>np. Ukraina</translation>
    </message>
    <message>
        <source>e.g. Polish, Ukrainian</source>
        <extracomment>names of languages as the list offers them, separated by commas
----------
the languages the programme is printed in by default</extracomment>
        <translation>np. polski, ukraiński</translation>
    </message>
</context>
<context>
    <name>VisitDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>the length of a visit, after its days: "19–25 May 2026 (7 days)"</extracomment>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1</source>
        <extracomment>a day of the visit, counted from 1: "Day 2 — Wednesday, 20 May 2026"</extracomment>
        <translation>Dzień %1</translation>
    </message>
    <message>
        <source>Host:</source>
        <extracomment>the institution hosting the visit</extracomment>
        <translation>Gospodarz:</translation>
    </message>
    <message>
        <source>Funded by:</source>
        <extracomment>the project that pays for the visit</extracomment>
        <translation>Finansowanie:</translation>
    </message>
    <message>
        <source>Some items are given in %1: no %2 text was entered.</source>
        <extracomment>%1 and %2 are language names (see DocumentLanguage): the text in %2 is missing, %1 is used instead</extracomment>
        <translation>Niektóre pozycje podano w języku %1: nie wpisano dla nich tekstu w języku %2.</translation>
    </message>
</context>
<context>
    <name>VisitDocuments</name>
    <message>
        <source>Programme</source>
        <translation>Program wizyty</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Lista uczestników</translation>
    </message>
    <message>
        <source>Attendance sheets</source>
        <translation>Listy obecności</translation>
    </message>
    <message>
        <source>Catering summary</source>
        <translation>Zestawienie cateringowe</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Identyfikatory</translation>
    </message>
    <message>
        <source>The visit's programme day by day, for the delegation</source>
        <translation>Program wizyty dzień po dniu, dla delegacji</translation>
    </message>
    <message>
        <source>The participants by role and institution</source>
        <translation>Uczestnicy według roli i instytucji</translation>
    </message>
    <message>
        <source>One sheet a day with a column for signatures, as funders ask for</source>
        <translation>Jedna lista na każdy dzień z rubryką na podpis, jak wymagają grantodawcy</translation>
    </message>
    <message>
        <source>The meals of each day with the number of portions for each diet, for the caterer</source>
        <translation>Posiłki każdego dnia z liczbą porcji dla każdej diety, dla firmy cateringowej</translation>
    </message>
    <message>
        <source>Eight badges to an A4 sheet, to cut out</source>
        <translation>Osiem identyfikatorów na arkuszu A4, do wycięcia</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>Zaświadczenia o udziale</translation>
    </message>
    <message>
        <source>A page for each member of the delegation with the hours of programme they attended, to sign and hand out</source>
        <translation>Dla każdego członka delegacji strona z liczbą godzin udziału w programie, do podpisania i wręczenia</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>← All &amp;visits</source>
        <extracomment>goes back from one visit to the list of visits</extracomment>
        <translation>← Wszystkie wizyt&amp;y</translation>
    </message>
    <message>
        <source>Back to the list of visits (Esc)</source>
        <translation>Powrót do listy wizyt (Esc)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Szc&amp;zegóły</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Uczestnicy</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>Pro&amp;gram</translation>
    </message>
    <message>
        <source>Visit details</source>
        <translation>Szczegóły wizyty</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <extracomment>%1 is the name of a language, such as Ukrainian</extracomment>
        <translation>Tytuł (%1):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Rodzaj:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Status:</translation>
    </message>
    <message>
        <source>Days:</source>
        <extracomment>%1 the days of a visit, %2 how many days that is</extracomment>
        <translation>Dni:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n dzień</numerusform>
            <numerusform>%n dni</numerusform>
            <numerusform>%n dni</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Strefa czasowa:</translation>
    </message>
    <message>
        <source>Host institution:</source>
        <translation>Instytucja przyjmująca:</translation>
    </message>
    <message>
        <source>Sending institution:</source>
        <translation>Instytucja wysyłająca:</translation>
    </message>
    <message>
        <source>Sending country and region:</source>
        <translation>Kraj i region delegacji:</translation>
    </message>
    <message>
        <source>Funding project:</source>
        <translation>Projekt finansujący:</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>Języki robocze:</translation>
    </message>
    <message>
        <source>Print languages:</source>
        <translation>Języki wydruków:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Koordynator:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Uwagi:</translation>
    </message>
    <message>
        <source>Participants and programme</source>
        <translation>Uczestnicy i program</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n punkt programu</numerusform>
            <numerusform>%n punkty programu</numerusform>
            <numerusform>%n punktów programu</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Visit</source>
        <translation>Edycja wizyty</translation>
    </message>
    <message>
        <source>Edit visit ‘%1’</source>
        <translation>Edycja wizyty „%1”</translation>
    </message>
    <message>
        <source>Translations for printing</source>
        <extracomment>a heading: whether the visit's texts are written in the languages it is printed in</extracomment>
        <translation>Tłumaczenia do wydruku</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a language, e.g. Українська; %2 why its texts could not be counted</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: everything is translated.</source>
        <extracomment>%1 is the name of a language, e.g. Українська</extracomment>
        <translation>%1: wszystko przetłumaczono.</translation>
    </message>
    <message>
        <source>the visit has no title in this language</source>
        <translation>wizyta nie ma tytułu w tym języku</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have no title in this language</source>
        <translation>
            <numerusform>%n punkt programu nie ma tytułu w tym języku</numerusform>
            <numerusform>%n punkty programu nie mają tytułu w tym języku</numerusform>
            <numerusform>%n punktów programu nie ma tytułu w tym języku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have no description in this language</source>
        <extracomment>only sessions with a description in the main language are counted</extracomment>
        <translation>
            <numerusform>%n punkt programu nie ma opisu w tym języku</numerusform>
            <numerusform>%n punkty programu nie mają opisu w tym języku</numerusform>
            <numerusform>%n punktów programu nie ma opisu w tym języku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) have no name in it</source>
        <translation>
            <numerusform>%n miejsce nie ma nazwy w tym języku</numerusform>
            <numerusform>%n miejsca nie mają nazwy w tym języku</numerusform>
            <numerusform>%n miejsc nie ma nazwy w tym języku</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 is the name of a language, e.g. Українська; %2 what has no text in it, e.g. "4 sessions have no title in this language; 2 venues have no name in it"</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The visit’s title</source>
        <translation>Tytuł wizyty</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>a session in a list of missing translations: %1 its day and time, %2 its title, %3 what it lacks</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>what a session lacks in a language</extracomment>
        <translation>tytuł</translation>
    </message>
    <message>
        <source>description</source>
        <extracomment>what a session lacks in a language</extracomment>
        <translation>opis</translation>
    </message>
    <message>
        <source>%1 (venue’s name)</source>
        <extracomment>a venue in a list of missing translations: %1 its name in the main language</extracomment>
        <translation>%1 (nazwa miejsca)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <extracomment>the programme drawn day by day, hour by hour</extracomment>
        <translation>&amp;Oś czasu</translation>
    </message>
    <message>
        <source>Edit Det&amp;ails…</source>
        <translation>Edytuj &amp;szczegóły…</translation>
    </message>
    <message>
        <source>Delete Vi&amp;sit…</source>
        <translation>Usuń wizy&amp;tę…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Pow&amp;iel…</translation>
    </message>
    <message>
        <source>A new visit made from this one: its programme on new days</source>
        <translation>Nowa wizyta na podstawie tej: jej program w nowych dniach</translation>
    </message>
    <message>
        <source>Institutions invited:</source>
        <extracomment>the institutions taking part besides host and sender, e.g. an exchange group's members</extracomment>
        <translation>Zaproszone instytucje:</translation>
    </message>
    <message>
        <source>Visit Repor&amp;t…</source>
        <extracomment>a button under a visit's details: saves a draft of the report written after the visit</extracomment>
        <translation>R&amp;aport z wizyty…</translation>
    </message>
    <message>
        <source>Save a draft of the visit's report, day by day in full sentences, to finish in LibreOffice or Word (.odt)</source>
        <translation>Zapisz szkic raportu z wizyty – dzień po dniu, pełnymi zdaniami – do dokończenia w LibreOffice lub Wordzie (.odt)</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <extracomment>the tab with a visit's costs: what was planned and spent, and who pays</extracomment>
        <translation>&amp;Koszty</translation>
    </message>
    <message>
        <source>The funding project %1 is overspent: its budget is %2 and %3 has been spent.</source>
        <extracomment>%1 a funding project, %2 its budget, %3 what has been spent from it, e.g. "PLN 12,500.00"</extracomment>
        <translation>Projekt finansujący %1 przekroczył budżet: wynosi on %2, a wydano %3.</translation>
    </message>
</context>
<context>
    <name>VisitImportExport</name>
    <message>
        <source>%1: %2</source>
        <extracomment>a problem in a cell of an imported row: %1 is the column's heading, %2 what is wrong</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv *.txt);;All files (*)</source>
        <translation>Pliki arkuszy kalkulacyjnych (*.csv *.txt);;Wszystkie pliki (*)</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Import uczestników</translation>
    </message>
    <message>
        <source>New person, new institution</source>
        <translation>Nowa osoba, nowa instytucja</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nowa osoba</translation>
    </message>
    <message>
        <source>Known person, added to the visit</source>
        <translation>Znana osoba, dodana do wizyty</translation>
    </message>
    <message>
        <source>Already in the visit: left as it is</source>
        <translation>Już uczestniczy w wizycie: bez zmian</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to correct in the file first.</source>
        <translation>
            <numerusform>Najpierw popraw w pliku %n wiersz.</numerusform>
            <numerusform>Najpierw popraw w pliku %n wiersze.</numerusform>
            <numerusform>Najpierw popraw w pliku %n wierszy.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Importowanie uczestników…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Import participants from %1</source>
        <extracomment>an edit in Edit › Undo; %1 is a file's name</extracomment>
        <translation>Import uczestników z pliku %1</translation>
    </message>
    <message>
        <source>Export Participants</source>
        <translation>Eksport uczestników</translation>
    </message>
    <message>
        <source>Include the participants' e-mail addresses and phone numbers?

They are personal data: send the file only to those who need them.</source>
        <translation>Dołączyć adresy e-mail i numery telefonów uczestników?

To dane osobowe: przekaż plik tylko tym, którzy ich potrzebują.</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>the start of a file name for a visit's participants</extracomment>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Pliki arkuszy kalkulacyjnych (*.csv)</translation>
    </message>
    <message>
        <source>Import Programme</source>
        <translation>Import programu</translation>
    </message>
    <message>
        <source>New session, new venue</source>
        <translation>Nowy punkt programu, nowe miejsce</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Nowy punkt programu</translation>
    </message>
    <message>
        <source>Already in the programme: left as it is</source>
        <translation>Już jest w programie: bez zmian</translation>
    </message>
    <message>
        <source>Import programme from %1</source>
        <extracomment>an edit in Edit › Undo; %1 is a file's name</extracomment>
        <translation>Import programu z pliku %1</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>Eksport do kalendarza</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>the start of a file name for a visit's programme as a calendar</extracomment>
        <translation>Program</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Pliki kalendarza (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to add.</source>
        <extracomment>under the rows of a participants' file; followed by the counts of known people and problems</extracomment>
        <translation>
            <numerusform>%n uczestnik do dodania.</numerusform>
            <numerusform>%n uczestników do dodania.</numerusform>
            <numerusform>%n uczestników do dodania.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in the database.</source>
        <translation>
            <numerusform>%n z nich jest już w bazie.</numerusform>
            <numerusform>%n z nich są już w bazie.</numerusform>
            <numerusform>%n z nich jest już w bazie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the visit.</source>
        <translation>
            <numerusform>%n osoba już uczestniczy w wizycie.</numerusform>
            <numerusform>%n osoby już uczestniczą w wizycie.</numerusform>
            <numerusform>%n osób już uczestniczy w wizycie.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to add.</source>
        <translation>
            <numerusform>%n punkt programu do dodania.</numerusform>
            <numerusform>%n punkty programu do dodania.</numerusform>
            <numerusform>%n punktów programu do dodania.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the programme.</source>
        <translation>
            <numerusform>%n punkt już jest w programie.</numerusform>
            <numerusform>%n punkty już są w programie.</numerusform>
            <numerusform>%n punktów już jest w programie.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with a warning:
%2</source>
        <extracomment>a row of a programme imported with a warning: %1 is "New session" or "New session, new venue", %2 the warnings, each "column: what"</extracomment>
        <translation>%1, z ostrzeżeniem:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them on a day outside the visit: imported all the same, and listed among the visit's conflicts.</source>
        <extracomment>under the rows of a programme's file, after "3 sessions to add."</extracomment>
        <translation>
            <numerusform>%n z nich przypada na dzień poza terminem wizyty: zostanie zaimportowany mimo to i pokazany wśród konfliktów wizyty.</numerusform>
            <numerusform>%n z nich przypadają na dni poza terminem wizyty: zostaną zaimportowane mimo to i pokazane wśród konfliktów wizyty.</numerusform>
            <numerusform>%n z nich przypada na dni poza terminem wizyty: zostaną zaimportowane mimo to i pokazane wśród konfliktów wizyty.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Visit Report</source>
        <translation>Eksport raportu z wizyty</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>the start of a file name for the draft of a visit's report</extracomment>
        <translation>Raport</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Dokumenty tekstowe OpenDocument (*.odt)</translation>
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
    <name>VisitParticipantsTab</name>
    <message>
        <source>Participants</source>
        <translation>Uczestnicy</translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation>&amp;Dodaj uczestnika…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edy&amp;tuj…</translation>
    </message>
    <message>
        <source>No participants yet: add the delegation, the hosts and the interpreters with “Add Participant…” (Insert).</source>
        <translation>Nie ma jeszcze uczestników: dodaj delegację, gospodarzy i tłumaczy przyciskiem „Dodaj uczestnika…” (Insert).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a role such as "Interpreter", %2 how many participants have it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n uczestnik</numerusform>
            <numerusform>%n uczestników</numerusform>
            <numerusform>%n uczestników</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participant ‘%1’</source>
        <translation>Dodanie uczestnika „%1”</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Edycja uczestnika</translation>
    </message>
    <message>
        <source>Edit participant ‘%1’</source>
        <translation>Edycja uczestnika „%1”</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Usuwanie uczestnika</translation>
    </message>
    <message>
        <source>Remove ‘%1’ from this visit?</source>
        <translation>Usunąć „%1” z tej wizyty?</translation>
    </message>
    <message numerus="yes">
        <source>They were chosen to attend %n session(s), and will no longer be listed there.</source>
        <translation>
            <numerusform>Ta osoba jest wskazana jako uczestnik %n punktu programu i przestanie tam figurować.</numerusform>
            <numerusform>Ta osoba jest wskazana jako uczestnik %n punktów programu i przestanie tam figurować.</numerusform>
            <numerusform>Ta osoba jest wskazana jako uczestnik %n punktów programu i przestanie tam figurować.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participant ‘%1’</source>
        <translation>Usunięcie uczestnika „%1”</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet (CSV), e.g. a list the partner sent</source>
        <translation>Dodaj uczestników z arkusza kalkulacyjnego (CSV), np. z listy przesłanej przez partnera</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Save the participants as a spreadsheet (CSV) for Excel or LibreOffice</source>
        <translation>Zapisz uczestników jako arkusz kalkulacyjny (CSV) dla Excela lub LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Wypisz z wizyty</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>U&amp;suń</translation>
    </message>
</context>
<context>
    <name>VisitProgrammeTab</name>
    <message>
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Edy&amp;tuj…</translation>
    </message>
    <message>
        <source>Earlie&amp;r</source>
        <translation>&amp;Wcześniej</translation>
    </message>
    <message>
        <source>Move the session 15 minutes earlier (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Przesuń punkt programu o 15 minut wcześniej (%1)</translation>
    </message>
    <message>
        <source>Move the session 15 minutes later (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Przesuń punkt programu o 15 minut później (%1)</translation>
    </message>
    <message>
        <source>No sessions yet: build the programme day by day with “Add Session…” (Insert).</source>
        <translation>Nie ma jeszcze punktów programu: układaj program dzień po dniu przyciskiem „Dodaj punkt programu…” (Insert).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n punkt programu</numerusform>
            <numerusform>%n punkty programu</numerusform>
            <numerusform>%n punktów programu</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Importuj…</translation>
    </message>
    <message>
        <source>Add sessions from a programme drafted in a spreadsheet (CSV)</source>
        <translation>Dodaj punkty z programu przygotowanego w arkuszu kalkulacyjnym (CSV)</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <extracomment>saves the programme as an iCalendar (.ics) file for phone and desktop calendars</extracomment>
        <translation>Eksportuj do kalendarza…</translation>
    </message>
    <message>
        <source>Save the programme as an iCalendar file (.ics) that delegates add to their phone's calendar</source>
        <translation>Zapisz program jako plik iCalendar (.ics), który uczestnicy dodadzą do kalendarza w telefonie</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>U&amp;suń</translation>
    </message>
    <message>
        <source>L&amp;ater</source>
        <translation>Późn&amp;iej</translation>
    </message>
    <message>
        <source>Add &amp;Session…</source>
        <translation>&amp;Dodaj punkt programu…</translation>
    </message>
    <message>
        <source>Copy from Another Visit…</source>
        <translation>Kopiuj z innej wizyty…</translation>
    </message>
    <message>
        <source>A day or chosen sessions of an earlier visit, copied to a day of this one</source>
        <translation>Dzień albo wybrane punkty programu wcześniejszej wizyty, skopiowane na dzień tej wizyty</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>Course of the visit</source>
        <extracomment>the heading of the report's account of the visit day by day</extracomment>
        <translation>Przebieg wizyty</translation>
    </message>
    <message>
        <source>Outcomes and follow-ups</source>
        <extracomment>the heading of the report's last part, which the coordinator writes</extracomment>
        <translation>Rezultaty i dalsze działania</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <extracomment>a day's heading; %1 is the day of the visit counted from 1, %2 the date with its weekday, e.g. "Day 2 — Wednesday, 20 May 2026"</extracomment>
        <translation>Dzień %1 — %2</translation>
    </message>
    <message>
        <source>The study visit took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Wizyta studyjna odbyła się %1 r.</translation>
    </message>
    <message>
        <source>The outgoing study visit took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Wyjazd studyjny odbył się %1 r.</translation>
    </message>
    <message>
        <source>The exchange group meeting took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Spotkanie grupy wymiany odbyło się %1 r.</translation>
    </message>
    <message>
        <source>The conference took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Konferencja odbyła się %1 r.</translation>
    </message>
    <message>
        <source>The working meeting took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Spotkanie robocze odbyło się %1 r.</translation>
    </message>
    <message numerus="yes">
        <source>The study visit took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Wizyta studyjna odbyła się w dniach %1 r. i trwała %n dzień.</numerusform>
            <numerusform>Wizyta studyjna odbyła się w dniach %1 r. i trwała %n dni.</numerusform>
            <numerusform>Wizyta studyjna odbyła się w dniach %1 r. i trwała %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outgoing study visit took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Wyjazd studyjny odbył się w dniach %1 r. i trwał %n dzień.</numerusform>
            <numerusform>Wyjazd studyjny odbył się w dniach %1 r. i trwał %n dni.</numerusform>
            <numerusform>Wyjazd studyjny odbył się w dniach %1 r. i trwał %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The exchange group meeting took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Spotkanie grupy wymiany odbyło się w dniach %1 r. i trwało %n dzień.</numerusform>
            <numerusform>Spotkanie grupy wymiany odbyło się w dniach %1 r. i trwało %n dni.</numerusform>
            <numerusform>Spotkanie grupy wymiany odbyło się w dniach %1 r. i trwało %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The conference took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Konferencja odbyła się w dniach %1 r. i trwała %n dzień.</numerusform>
            <numerusform>Konferencja odbyła się w dniach %1 r. i trwała %n dni.</numerusform>
            <numerusform>Konferencja odbyła się w dniach %1 r. i trwała %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The working meeting took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Spotkanie robocze odbyło się w dniach %1 r. i trwało %n dzień.</numerusform>
            <numerusform>Spotkanie robocze odbyło się w dniach %1 r. i trwało %n dni.</numerusform>
            <numerusform>Spotkanie robocze odbyło się w dniach %1 r. i trwało %n dni.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The delegation came from %1.</source>
        <extracomment>%1 lists the institutions the delegation came from, e.g. "Lviv City Council (Lviv, Ukraine) and Caritas Lviv"; the number chooses between one institution and several</extracomment>
        <translation>
            <numerusform>W skład delegacji weszli przedstawiciele instytucji: %1.</numerusform>
            <numerusform>W skład delegacji weszli przedstawiciele instytucji: %1.</numerusform>
            <numerusform>W skład delegacji weszli przedstawiciele instytucji: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The participants came from %1.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %1 lists the institutions the participants came from; the number chooses between one institution and several</extracomment>
        <translation>
            <numerusform>Uczestnicy reprezentowali instytucję: %1.</numerusform>
            <numerusform>Uczestnicy reprezentowali instytucje: %1.</numerusform>
            <numerusform>Uczestnicy reprezentowali instytucje: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delegation travelled from %1.</source>
        <extracomment>when the delegation's institutions are not known: %1 is its country, perhaps with its region, e.g. "Ukraine (Zhytomyr region)"</extracomment>
        <translation>Delegacja przybyła z kraju: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The delegation numbered %n participant(s).</source>
        <extracomment>%n is how many people the delegation had, its leader included</extracomment>
        <translation>
            <numerusform>Delegacja liczyła %n osobę.</numerusform>
            <numerusform>Delegacja liczyła %n osoby.</numerusform>
            <numerusform>Delegacja liczyła %n osób.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) took part.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %n is how many people came</extracomment>
        <translation>
            <numerusform>Udział wzięła %n osoba.</numerusform>
            <numerusform>Udział wzięły %n osoby.</numerusform>
            <numerusform>Udział wzięło %n osób.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host was %1.</source>
        <extracomment>%1 is the institution hosting the visit, e.g. "Municipal Social Welfare Centre in Kalisz"</extracomment>
        <translation>Gospodarzem była instytucja: %1.</translation>
    </message>
    <message>
        <source>The costs were covered by the project “%1”.</source>
        <extracomment>%1 is the name of the project paying for the visit</extracomment>
        <translation>Koszty pokryto ze środków projektu „%1”.</translation>
    </message>
    <message>
        <source>The costs were covered by the project “%1”, funded by %2.</source>
        <extracomment>%1 is the name of the project paying for the visit, %2 who funds the project, e.g. "European Social Fund"</extracomment>
        <translation>Koszty pokryto ze środków projektu „%1” (instytucja finansująca: %2).</translation>
    </message>
    <message>
        <source>To be completed: the purpose of the visit and what the delegation wished to learn.</source>
        <extracomment>a paragraph for the coordinator to replace, in italics</extracomment>
        <translation>Do uzupełnienia: cel wizyty i to, czego delegacja chciała się dowiedzieć.</translation>
    </message>
    <message>
        <source>On this day the delegation visited %1.</source>
        <extracomment>%1 lists the institutions where the day's sessions were held</extracomment>
        <translation>Tego dnia delegacja odwiedziła: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 presented “%2”.</source>
        <extracomment>%1 lists the presenters, each with their institution: "Donata Woźniak (PUP w Kaliszu) and Anna Chodyła (MOPS w Kaliszu)"; %2 is the session's title; %n is how many presenters there are</extracomment>
        <translation>
            <numerusform>W punkcie programu „%2” wystąpił prelegent: %1.</numerusform>
            <numerusform>W punkcie programu „%2” wystąpili prelegenci: %1.</numerusform>
            <numerusform>W punkcie programu „%2” wystąpili prelegenci: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 presented “%2” at %3.</source>
        <extracomment>%1 lists the presenters, each with their institution, %2 is the session's title, %3 the institution it was held at; %n is how many presenters there are</extracomment>
        <translation>
            <numerusform>W punkcie programu „%2” (miejsce: %3) wystąpił prelegent: %1.</numerusform>
            <numerusform>W punkcie programu „%2” (miejsce: %3) wystąpili prelegenci: %1.</numerusform>
            <numerusform>W punkcie programu „%2” (miejsce: %3) wystąpili prelegenci: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this day the participants visited %1.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %1 lists the institutions where the day's sessions were held</extracomment>
        <translation>Tego dnia uczestnicy odwiedzili: %1.</translation>
    </message>
    <message>
        <source>The programme included “%1”.</source>
        <extracomment>a session without presenters; %1 is its title</extracomment>
        <translation>Program obejmował punkt „%1”.</translation>
    </message>
    <message>
        <source>The programme included “%1” at %2.</source>
        <extracomment>a session without presenters; %1 is its title, %2 the institution it was held at</extracomment>
        <translation>Program obejmował punkt „%1” (miejsce: %2).</translation>
    </message>
    <message>
        <source>The cultural programme included “%1”.</source>
        <extracomment>a session of the cultural programme without presenters; %1 is its title</extracomment>
        <translation>W programie kulturalnym znalazł się punkt „%1”.</translation>
    </message>
    <message>
        <source>The cultural programme included “%1” at %2.</source>
        <extracomment>a session of the cultural programme without presenters; %1 is its title, %2 the institution it was held at</extracomment>
        <translation>W programie kulturalnym znalazł się punkt „%1” (miejsce: %2).</translation>
    </message>
    <message>
        <source>To be completed: nothing of the programme is recorded for this day.</source>
        <extracomment>a paragraph for the coordinator to replace, in italics, under a day with no session recorded</extracomment>
        <translation>Do uzupełnienia: w programie nie zapisano niczego na ten dzień.</translation>
    </message>
    <message>
        <source>To be completed: the agreements reached, the recommendations made and the follow-up tasks — who will do what, and by when.</source>
        <extracomment>a paragraph for the coordinator to replace, in italics, under "Outcomes and follow-ups"</extracomment>
        <translation>Do uzupełnienia: zawarte porozumienia, sformułowane rekomendacje oraz dalsze zadania – kto, co i do kiedy zrobi.</translation>
    </message>
</context>
<context>
    <name>VisitReportDraft</name>
    <message>
        <source>"%1" is not a language code such as pl, uk or en.</source>
        <extracomment>%1 is what was given as a language</extracomment>
        <translation>„%1” nie jest kodem języka, takim jak pl, uk lub en.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the OpenDocument text could not be made.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Nie można zapisać pliku %1: nie udało się utworzyć tekstu OpenDocument.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Nie można zapisać pliku %1: %2</translation>
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
    <name>VisitTimeline</name>
    <message>
        <source>Programme timeline</source>
        <translation>Oś czasu programu</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the kind and the time of a session, e.g. "Workshop, 09:00–10:30"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <extracomment>%1 describes the session chosen in the timeline</extracomment>
        <translation>Wybrano: %1.</translation>
    </message>
    <message>
        <source>Arrow keys choose a session; Alt+Up and Alt+Down move it by 15 minutes, Alt+Shift+Up and Alt+Shift+Down shorten or lengthen it; Enter opens it, Delete deletes it. Drag a session to move it, its lower edge to change its end, or empty space to add a session; hold Shift for single minutes.</source>
        <translation>Strzałki wybierają punkt programu; Alt+Góra i Alt+Dół przesuwają go o 15 minut, Alt+Shift+Góra i Alt+Shift+Dół skracają go lub wydłużają; Enter otwiera, Delete usuwa. Przeciągnij punkt programu, aby go przesunąć, jego dolną krawędź, aby zmienić koniec, albo puste miejsce, aby dodać nowy; przytrzymaj Shift, aby przesuwać co minutę.</translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation>&amp;Edytuj punkt programu…</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Usuń punkt programu</translation>
    </message>
    <message>
        <source>&amp;Add Session Here…</source>
        <translation>&amp;Dodaj tutaj punkt programu…</translation>
    </message>
</context>
<context>
    <name>VisitTimelineTab</name>
    <message>
        <source>Drag a session to move it, or its lower edge to change when it ends; drag across empty space to add one. Times snap to 5 minutes: hold Shift for single minutes.</source>
        <translation>Przeciągnij punkt programu, aby go przesunąć, albo jego dolną krawędź, aby zmienić koniec; przeciągnij po pustym miejscu, aby dodać nowy. Czas przeskakuje co 5 minut: przytrzymaj Shift, aby przesuwać co minutę.</translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation>Oś czasu programu</translation>
    </message>
    <message>
        <source>Co&amp;nflicts:</source>
        <translation>Ko&amp;nflikty:</translation>
    </message>
    <message>
        <source>Conflict warnings</source>
        <translation>Ostrzeżenia o konfliktach</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n ostrzeżenie</numerusform>
            <numerusform>%n ostrzeżenia</numerusform>
            <numerusform>%n ostrzeżeń</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Nie znaleziono konfliktów.</translation>
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
    <message>
        <source>Title</source>
        <translation>Tytuł</translation>
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
    <message>
        <source>&amp;New Visit…</source>
        <translation>&amp;Nowa wizyta…</translation>
    </message>
    <message>
        <source>Plan your first study visit with New Visit, or add the sample visits to see how a week-long programme in two cities, a one-day visit and a visit from Czechia look in Wizyta. Sample visits can be deleted like any other.</source>
        <translation>Zaplanuj pierwszą wizytę studyjną przyciskiem Nowa wizyta albo dodaj przykładowe wizyty, aby zobaczyć, jak w programie Wizyta wygląda tygodniowy program w dwóch miastach, wizyta jednodniowa i wizyta gości z Czech. Przykładowe wizyty można usunąć jak każde inne.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Wszystkie statusy</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Wszystkie rodzaje</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Rodzaj</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Wszystkie lata</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Rok</translation>
    </message>
    <message>
        <source>Add &amp;Sample Visits</source>
        <translation>Dodaj &amp;przykładowe wizyty</translation>
    </message>
    <message>
        <source>Add sample visits</source>
        <translation>Dodanie przykładowych wizyt</translation>
    </message>
    <message>
        <source>Sample Visits</source>
        <translation>Przykładowe wizyty</translation>
    </message>
    <message>
        <source>Details of the visit</source>
        <translation>Szczegóły wizyty</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Pow&amp;iel…</translation>
    </message>
    <message>
        <source>A new visit made from this one: its programme on new days</source>
        <translation>Nowa wizyta na podstawie tej: jej program w nowych dniach</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>Calendar of %1</source>
        <extracomment>Accessible name of the year calendar: %1 the year, e.g. "2026"</extracomment>
        <translation>Kalendarz: %1</translation>
    </message>
    <message>
        <source>%1: no visits</source>
        <extracomment>%1 a month and year, e.g. "May 2026"</extracomment>
        <translation>%1: brak wizyt</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s): %2</source>
        <extracomment>%1 a month and year, %2 the titles of its visits</extracomment>
        <translation>
            <numerusform>%1: %n wizyta: %2</numerusform>
            <numerusform>%1: %n wizyty: %2</numerusform>
            <numerusform>%1: %n wizyt: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <extracomment>%1 the selected visit's title</extracomment>
        <translation>Wybrano: %1.</translation>
    </message>
    <message numerus="yes">
        <source>+%n</source>
        <extracomment>In a year calendar, beside a month whose visits do not all fit: how many are not shown</extracomment>
        <translation>
            <numerusform>+%n</numerusform>
            <numerusform>+%n</numerusform>
            <numerusform>+%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %1: %n visit(s)</source>
        <extracomment>In a year calendar's tooltip: %1 the ISO week number, e.g. "Week 21: 3 visits"</extracomment>
        <translation>
            <numerusform>Tydzień %1: %n wizyta</numerusform>
            <numerusform>Tydzień %1: %n wizyty</numerusform>
            <numerusform>Tydzień %1: %n wizyt</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Visit</source>
        <translation>&amp;Otwórz wizytę</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <extracomment>In a year calendar's menu: %1 a month and year, e.g. "May 2026"</extracomment>
        <translation>&amp;Pokaż %1</translation>
    </message>
</context>
</TS>