<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
<context>
    <name>AddVisitCommand</name>
    <message>
        <source>Adds a visit and prints its id.</source>
        <translation>Додає візит і виводить його номер.</translation>
    </message>
    <message>
        <source>add visit needs --%1.</source>
        <extracomment>%1 is an option name such as --title</extracomment>
        <translation>Команда add visit потребує параметра --%1.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not a day; write it as 2026-05-19.</source>
        <extracomment>%1 is an option name, %2 what the user typed</extracomment>
        <translation>--%1: «%2» — це не дата; запишіть її як 2026-05-19.</translation>
    </message>
</context>
<context>
    <name>AttendanceSheetDocument</name>
    <message>
        <source>Attendance list</source>
        <extracomment>above the visit's title; the sheet participants sign each day</extracomment>
        <translation>Реєстраційний лист</translation>
    </message>
    <message>
        <source>No participants are there this day.</source>
        <extracomment>a day without participants present</extracomment>
        <translation>Цього дня немає жодного учасника.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>a column of the attendance list: the number of a row</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>a column of the attendance list</extracomment>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Institution</source>
        <extracomment>a column of the attendance list</extracomment>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Signature</source>
        <extracomment>a column of the attendance list where each participant signs</extracomment>
        <translation>Підпис</translation>
    </message>
</context>
<context>
    <name>BackupCommand</name>
    <message>
        <source>Writes a checked copy of the database to a new file.</source>
        <translation>Записує перевірену копію бази даних у новий файл.</translation>
    </message>
    <message>
        <source>backup needs --output FILE.</source>
        <extracomment>"backup" and "--output FILE" stay as they are</extracomment>
        <translation>backup потребує --output FILE.</translation>
    </message>
    <message>
        <source>%1 exists already; a backup is written to a new file.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Файл %1 уже існує; резервна копія записується в новий файл.</translation>
    </message>
    <message>
        <source>Backup written to %1 and checked.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Резервну копію записано у файл %1 і перевірено.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>The backup %1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається записати резервну копію %1: %2</translation>
    </message>
    <message>
        <source>Writing the backup %1</source>
        <translation>Запис резервної копії %1</translation>
    </message>
    <message>
        <source>The backup %1 failed its check and was not kept: %2</source>
        <extracomment>%1 is a file, %2 what the check found</extracomment>
        <translation>Резервна копія %1 не пройшла перевірку й не збережена: %2</translation>
    </message>
    <message>
        <source>The backup %1 cannot be written: it cannot be renamed into place.</source>
        <translation>Не вдається записати резервну копію %1: її не можна перейменувати на місце.</translation>
    </message>
    <message>
        <source>The backup folder %1 cannot be created.</source>
        <extracomment>%1 is a folder</extracomment>
        <translation>Не вдається створити теку резервних копій %1.</translation>
    </message>
    <message>
        <source>The backup %1 cannot be restored: it failed its check (%2).</source>
        <extracomment>%1 is a file, %2 what the check found</extracomment>
        <translation>Не вдається відновити резервну копію %1: вона не пройшла перевірку (%2).</translation>
    </message>
    <message>
        <source>%1 cannot be restored: %2</source>
        <translation>Не вдається відновити базу %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be restored: the copy cannot be renamed into place.</source>
        <translation>Не вдається відновити базу %1: копію не можна перейменувати на місце.</translation>
    </message>
</context>
<context>
    <name>CalendarPage</name>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Сьогодні</translation>
    </message>
    <message>
        <source>Show the month of today (%1 in the calendar)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Показати поточний місяць (%1 у календарі)</translation>
    </message>
    <message>
        <source>Previous year (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Попередній рік (%1)</translation>
    </message>
    <message>
        <source>Previous month (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Попередній місяць (%1)</translation>
    </message>
    <message>
        <source>Next month (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Наступний місяць (%1)</translation>
    </message>
    <message>
        <source>Next year (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Наступний рік (%1)</translation>
    </message>
    <message>
        <source>Previous year</source>
        <translation>Попередній рік</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Попередній місяць</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Наступний місяць</translation>
    </message>
    <message>
        <source>Next year</source>
        <translation>Наступний рік</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Selected visit</source>
        <translation>Вибраний візит</translation>
    </message>
    <message>
        <source>Days:</source>
        <translation>Дні:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Приймаюча сторона:</translation>
    </message>
    <message>
        <source>Click a visit to see it here; double-click or press Enter to open it.</source>
        <translation>Клацніть візит, щоб побачити його тут; двічі клацніть або натисніть Enter, щоб його відкрити.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>none</source>
        <extracomment>Shown when a visit has no host institution</extracomment>
        <translation>немає</translation>
    </message>
    <message>
        <source>Month</source>
        <extracomment>A button beside "Year": the calendar shows one month at a time</extracomment>
        <translation>Місяць</translation>
    </message>
    <message>
        <source>Year</source>
        <extracomment>A button beside "Month": the calendar shows the twelve months of a year</extracomment>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Show one month at a time</source>
        <translation>Показати один місяць</translation>
    </message>
    <message>
        <source>Show the twelve months of the year at a glance</source>
        <translation>Показати весь рік – дванадцять місяців разом</translation>
    </message>
    <message>
        <source>Show the year of today (%1 in the calendar)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Показати поточний рік (%1 у календарі)</translation>
    </message>
</context>
<context>
    <name>CateringSummaryDocument</name>
    <message>
        <source>Catering summary</source>
        <extracomment>above the visit's title: the meals and portions for the caterer</extracomment>
        <translation>Зведення з харчування</translation>
    </message>
    <message>
        <source>The programme has no meals yet: sessions of the kind Meal are counted here.</source>
        <extracomment>a programme without meals</extracomment>
        <translation>У програмі ще немає прийомів їжі: тут враховуються пункти програми типу «Прийом їжі».</translation>
    </message>
    <message>
        <source>Meal</source>
        <extracomment>a column of the catering summary: the meal's time, name and place</extracomment>
        <translation>Прийом їжі</translation>
    </message>
    <message>
        <source>Total</source>
        <extracomment>a column of the catering summary: how many portions in all</extracomment>
        <translation>Разом</translation>
    </message>
    <message>
        <source>Standard</source>
        <extracomment>a column of the catering summary: portions without a special diet</extracomment>
        <translation>Звичайне</translation>
    </message>
    <message>
        <source>Special diets</source>
        <extracomment>a heading of the catering summary, over the list of people with a special diet</extracomment>
        <translation>Особливе харчування</translation>
    </message>
    <message>
        <source>No participant has a special diet.</source>
        <extracomment>under "Special diets" when nobody has one</extracomment>
        <translation>Ніхто з учасників не має особливого харчування.</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>a column of the list of special diets</extracomment>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Diet</source>
        <extracomment>a column of the list of special diets</extracomment>
        <translation>Дієта</translation>
    </message>
    <message>
        <source>Details</source>
        <extracomment>a column of the list of special diets: e.g. "no nuts"</extracomment>
        <translation>Подробиці</translation>
    </message>
</context>
<context>
    <name>CertificateDocument</name>
    <message>
        <source>Certificates of participation</source>
        <extracomment>the name of the printed document holding a certificate for each participant</extracomment>
        <translation>Сертифікати про участь</translation>
    </message>
    <message>
        <source>Certificate of participation</source>
        <extracomment>the title printed at the top of each certificate, above the participant's name (in capitals)</extracomment>
        <translation>Сертифікат про участь</translation>
    </message>
    <message>
        <source>for taking part in the study visit “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for an incoming study visit; %1 is the visit's title, %2 its days, e.g. "19–25 May 2026" or "19 May 2026" (a Ukrainian date ends in "р.": no period after it)</extracomment>
        <translation>за участь у навчальному візиті «%1», що відбувся %2</translation>
    </message>
    <message>
        <source>for taking part in the study trip “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for an outgoing study visit (staff visiting a partner abroad); %1 is the visit's title, %2 its days, e.g. "19–25 May 2026" or "19 May 2026"</extracomment>
        <translation>за участь у навчальній поїздці «%1», що відбулася %2</translation>
    </message>
    <message>
        <source>for taking part in the exchange group meeting “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for a meeting of an exchange group of partner cities; %1 is the meeting's title, %2 its days, e.g. "29–30 April 2026" or "29 April 2026"</extracomment>
        <translation>за участь у зустрічі групи обміну «%1», що відбулася %2</translation>
    </message>
    <message>
        <source>for taking part in the conference “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for a conference; %1 is its title, %2 its days, e.g. "19–20 May 2026" or "19 May 2026"</extracomment>
        <translation>за участь у конференції «%1», що відбулася %2</translation>
    </message>
    <message>
        <source>for taking part in the working meeting “%1” held on %2</source>
        <extracomment>under the participant's name on a certificate, for a working meeting; %1 is its title, %2 its days, e.g. "19–20 May 2026" or "19 May 2026"</extracomment>
        <translation>за участь у робочій зустрічі «%1», що відбулася %2</translation>
    </message>
    <message>
        <source>Hosted by %1</source>
        <extracomment>on a certificate, a line of its own under what the participant took part in; %1 is the name of the institution that hosted the visit</extracomment>
        <translation>Приймаюча сторона: %1</translation>
    </message>
    <message>
        <source>Funded by the project “%1”</source>
        <extracomment>on a certificate, a line of its own under the host; %1 is the name of the project that paid for the visit</extracomment>
        <translation>Фінансування: проєкт «%1»</translation>
    </message>
    <message>
        <source>Hours of programme attended: %1</source>
        <extracomment>on a certificate; %1 is a number of hours, whole or with a fraction: "12", "7.5", "0.75". Meals, transfers, free time and the cultural programme are not counted.</extracomment>
        <translation>Кількість годин участі в програмі: %1</translation>
    </message>
    <message>
        <source>Days attended: %1 (%2)</source>
        <extracomment>on a certificate; %1 is a number of days, %2 those days, e.g. "3 (19–21 May 2026)" or "2 (19 May 2026 and 21 May 2026)"; a Ukrainian date ends in "р.": no period after it</extracomment>
        <translation>Кількість днів участі: %1 (%2)</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>where and when a certificate is issued, at its foot: %1 is a city, %2 a day, e.g. "Warszawa, 25 May 2026"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Visit coordinator</source>
        <extracomment>under the signature line of a certificate, below the name of the person who signs it</extracomment>
        <translation>Координатор візиту</translation>
    </message>
    <message>
        <source>No certificates: no member of the delegation is entered yet, and no one was chosen.</source>
        <extracomment>on the only page of certificates when nobody is to get one</extracomment>
        <translation>Сертифікатів немає: жодного члена делегації ще не внесено й нікого не вибрано.</translation>
    </message>
</context>
<context>
    <name>CertificateRecipientsDialog</name>
    <message>
        <source>Certificates of Participation</source>
        <translation>Сертифікати про участь</translation>
    </message>
    <message>
        <source>&amp;Tick who gets a certificate of participation, with the hours of programme they attended:</source>
        <translation>&amp;Позначте, хто отримає сертифікат про участь із кількістю годин участі в програмі:</translation>
    </message>
    <message>
        <source>Participants who get a certificate</source>
        <translation>Учасники, які отримають сертифікат</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a participant in the list of those who may get a certificate: %1 is a name, %2 a role</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Only the &amp;Delegation</source>
        <translation>Лише &amp;делегація</translation>
    </message>
    <message>
        <source>Tick the delegation's leaders and members, and no one else</source>
        <translation>Позначити лише керівництво й членів делегації</translation>
    </message>
    <message>
        <source>&amp;Everyone</source>
        <translation>&amp;Усі</translation>
    </message>
    <message>
        <source>Tick every participant of the visit</source>
        <translation>Позначити всіх учасників візиту</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <source>Checks the file's integrity and its links between records.</source>
        <translation>Перевіряє цілісність файлу та зв’язки між записами.</translation>
    </message>
    <message>
        <source>%1: no problems found.</source>
        <translation>%1: проблем не виявлено.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Use the database FILE.</source>
        <translation>Використати базу даних із файлу FILE.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Interface language: pl, uk or en.</source>
        <translation>Мова інтерфейсу: pl, uk або en.</translation>
    </message>
    <message>
        <source>CODE</source>
        <translation>КОД</translation>
    </message>
    <message>
        <source>Print the version and exit.</source>
        <translation>Показати версію і завершити роботу.</translation>
    </message>
    <message>
        <source>Print this help and exit.</source>
        <translation>Показати цю довідку і завершити роботу.</translation>
    </message>
    <message>
        <source>Unknown language "%1"; use pl, uk or en.</source>
        <extracomment>%1 is what the user typed after --language</extracomment>
        <translation>Невідома мова «%1»; використовуйте pl, uk або en.</translation>
    </message>
    <message>
        <source>--database needs a file name.</source>
        <translation>Після --database вкажіть назву файлу.</translation>
    </message>
    <message>
        <source>Options such as --%1 belong to a command; see wizyta --help.</source>
        <translation>Параметри на зразок --%1 вказують після команди; див. wizyta --help.</translation>
    </message>
    <message>
        <source>Usage:</source>
        <translation>Використання:</translation>
    </message>
    <message>
        <source>Starts the window.</source>
        <translation>Відкриває вікно програми.</translation>
    </message>
    <message>
        <source>Prints the version or this help.</source>
        <translation>Виводить версію або цю довідку.</translation>
    </message>
    <message>
        <source>Days are written as 2026-05-19 or 19.05.2026. Without --database, the default database in your data folder is used.</source>
        <extracomment>the end of --help; "--database" stays as it is</extracomment>
        <translation>Дні записуються як 2026-05-19 або 19.05.2026. Без --database використовується типова база даних у теці даних користувача.</translation>
    </message>
    <message>
        <source>Exit status: 0 done, 1 could not be done (disk full, file in use), 2 wrong command line, 3 bad input or data.</source>
        <extracomment>the end of --help</extracomment>
        <translation>Код завершення: 0 виконано, 1 не вдалося виконати (диск заповнений, файл зайнятий), 2 неправильний виклик, 3 помилкові вхідні дані.</translation>
    </message>
</context>
<context>
    <name>CommandRunner</name>
    <message>
        <source>Unknown command "%1"; see wizyta --help.</source>
        <extracomment>%1 is the command the user typed</extracomment>
        <translation>Невідома команда «%1»; див. wizyta --help.</translation>
    </message>
    <message>
        <source>--visit: "%1" is not a visit id; list visits shows the ids.</source>
        <extracomment>%1 is what the user typed after --visit</extracomment>
        <translation>--visit: «%1» не є номером візиту; номери візитів показує list visits.</translation>
    </message>
    <message>
        <source>%1 needs --visit ID; list visits shows the ids.</source>
        <extracomment>%1 is the command, e.g. "export agenda"; "--visit ID" and "list visits" stay as they are</extracomment>
        <translation>%1 потребує --visit ID; номери візитів показує list visits.</translation>
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
            <numerusform>%n хвилина</numerusform>
            <numerusform>%n хвилини</numerusform>
            <numerusform>%n хвилин</numerusform>
        </translation>
    </message>
    <message>
        <source>‘%1’</source>
        <extracomment>%1 is a session's title; use the language's quotation marks</extracomment>
        <translation>«%1»</translation>
    </message>
    <message>
        <source>‘%1’ (visit ‘%2’)</source>
        <extracomment>%1 is a session's title, %2 the title of the other visit it belongs to</extracomment>
        <translation>«%1» (візит «%2»)</translation>
    </message>
    <message>
        <source>%1 (%2) is not within the visit's days (%3).</source>
        <extracomment>%1 is a session's title in quotation marks, %2 its day and times, %3 the visit's days</extracomment>
        <translation>%1 (%2) виходить за межі днів візиту (%3).</translation>
    </message>
    <message>
        <source>%1 is in %2 and %3 at the same time (%4).</source>
        <extracomment>%1 is a person, %2 and %3 sessions' titles in quotation marks, %4 a day and times</extracomment>
        <translation>%1 одночасно бере участь у пунктах %2 і %3 (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) are in %2 and %3 at the same time (%4).</source>
        <extracomment>%1 is a person, %2 and %3 sessions' titles in quotation marks, %4 a day and times</extracomment>
        <translation>
            <numerusform>%1 та ще %n учасник одночасно беруть участь у пунктах %2 і %3 (%4).</numerusform>
            <numerusform>%1 та ще %n учасники одночасно беруть участь у пунктах %2 і %3 (%4).</numerusform>
            <numerusform>%1 та ще %n учасників одночасно беруть участь у пунктах %2 і %3 (%4).</numerusform>
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
        <translation>У місці %1 одночасно проходять %2 і %3 (%4).</translation>
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
        <translation>Лише %1 на переїзд із пункту %2 (%3) на %4 (%5) (%6); переїзд триває %7.</translation>
    </message>
    <message>
        <source>%1 interprets for %2 without a break (limit: %3) in %4, %5.</source>
        <extracomment>%1 is a person, %2 and %3 numbers of minutes, %4 a session's title in quotation marks, %5 a day and times</extracomment>
        <translation>%1 перекладає %2 без перерви (ліміт: %3) у пункті %4, %5.</translation>
    </message>
    <message>
        <source>%1 interprets for %2 without a break (limit: %3) from %4 to %5, %6.</source>
        <extracomment>%1 is a person, %2 and %3 numbers of minutes, %4 and %5 sessions' titles in quotation marks, %6 a day and times</extracomment>
        <translation>%1 перекладає %2 без перерви (ліміт: %3) від пункту %4 до %5, %6.</translation>
    </message>
    <message>
        <source>%1 attends %2 (%3) before arriving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time the person arrives</extracomment>
        <translation>%1 бере участь у пункті %2 (%3) до прибуття (%4).</translation>
    </message>
    <message>
        <source>%1 attends %2 (%3) after leaving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time the person leaves</extracomment>
        <translation>%1 бере участь у пункті %2 (%3) після від’їзду (%4).</translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) attend %2 (%3) before arriving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time they all arrive</extracomment>
        <translation>
            <numerusform>%1 та ще %n учасник беруть участь у пункті %2 (%3) до прибуття (%4).</numerusform>
            <numerusform>%1 та ще %n учасники беруть участь у пункті %2 (%3) до прибуття (%4).</numerusform>
            <numerusform>%1 та ще %n учасників беруть участь у пункті %2 (%3) до прибуття (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) attend %2 (%3) after leaving (%4).</source>
        <extracomment>%1 is a person, %2 a session's title in quotation marks, %3 its day and times, %4 the day and time they all leave</extracomment>
        <translation>
            <numerusform>%1 та ще %n учасник беруть участь у пункті %2 (%3) після від’їзду (%4).</numerusform>
            <numerusform>%1 та ще %n учасники беруть участь у пункті %2 (%3) після від’їзду (%4).</numerusform>
            <numerusform>%1 та ще %n учасників беруть участь у пункті %2 (%3) після від’їзду (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConflictsCommand</name>
    <message>
        <source>Prints the visit's conflict warnings, one a line.</source>
        <translation>Виводить попередження про накладки в програмі візиту, по одному в рядку.</translation>
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
        <translation>Пункти програми: позначте день або пункти для копіювання.</translation>
    </message>
    <message>
        <source>Copy Sessions</source>
        <translation>Копіювання пунктів програми</translation>
    </message>
    <message numerus="yes">
        <source>Copy %n session(s)</source>
        <translation>
            <numerusform>Копіювання %n пункту програми</numerusform>
            <numerusform>Копіювання %n пунктів програми</numerusform>
            <numerusform>Копіювання %n пунктів програми</numerusform>
        </translation>
    </message>
    <message>
        <source>Tick a whole day or single sessions.</source>
        <translation>Позначте цілий день або окремі пункти програми.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) copied to %1.</source>
        <extracomment>%1 the days the copied sessions land on</extracomment>
        <translation>
            <numerusform>%n пункт програми буде скопійовано на %1</numerusform>
            <numerusform>%n пункти програми буде скопійовано на %1</numerusform>
            <numerusform>%n пунктів програми буде скопійовано на %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Some fall outside the visit's days: they are copied all the same and listed among the visit's conflicts.</source>
        <translation>Деякі припадають поза днями візиту: їх буде скопійовано все одно й показано серед конфліктів візиту.</translation>
    </message>
    <message>
        <source>Copy Sessions from Another Visit</source>
        <translation>Копіювання пунктів програми з іншого візиту</translation>
    </message>
    <message>
        <source>&amp;From visit:</source>
        <translation>&amp;З візиту:</translation>
    </message>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Пункти програми:</translation>
    </message>
    <message>
        <source>&amp;To day:</source>
        <translation>&amp;На день:</translation>
    </message>
    <message>
        <source>The day the first of the chosen days lands on; the others follow it</source>
        <translation>День, на який припадає перший із вибраних днів; решта йдуть за ним</translation>
    </message>
    <message>
        <source>What is copied</source>
        <translation>Що буде скопійовано</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Копіювати</translation>
    </message>
</context>
<context>
    <name>CostCategory</name>
    <message>
        <source>Accommodation</source>
        <comment>cost category</comment>
        <translation>Проживання</translation>
    </message>
    <message>
        <source>Meals</source>
        <comment>cost category</comment>
        <translation>Харчування</translation>
    </message>
    <message>
        <source>Interpreting</source>
        <comment>cost category</comment>
        <translation>Усний переклад</translation>
    </message>
    <message>
        <source>Transport</source>
        <comment>cost category</comment>
        <translation>Транспорт</translation>
    </message>
    <message>
        <source>Venue hire</source>
        <comment>cost category</comment>
        <translation>Оренда приміщень</translation>
    </message>
    <message>
        <source>Materials</source>
        <comment>cost category</comment>
        <translation>Матеріали</translation>
    </message>
    <message>
        <source>Other costs</source>
        <comment>cost category</comment>
        <translation>Інші витрати</translation>
    </message>
</context>
<context>
    <name>CostDialog</name>
    <message>
        <source>Planned amount: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250,50</extracomment>
        <translation>Запланована сума: «%1» — це не сума; напишіть її як %2.</translation>
    </message>
    <message>
        <source>Actual amount: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250,50</extracomment>
        <translation>Фактична сума: «%1» — це не сума; напишіть її як %2.</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>Редагувати витрату</translation>
    </message>
    <message>
        <source>Add Cost</source>
        <translation>Додати витрату</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>&amp;Категорія:</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Опис:</translation>
    </message>
    <message>
        <source>&amp;Planned amount:</source>
        <translation>&amp;Запланована сума:</translation>
    </message>
    <message>
        <source>A&amp;ctual amount:</source>
        <translation>&amp;Фактична сума:</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>Paid &amp;by:</source>
        <extracomment>who pays a cost: own funds or a funding project</extracomment>
        <translation>Хто &amp;платить:</translation>
    </message>
    <message>
        <source>Pa&amp;yment:</source>
        <extracomment>a label before the check box "Paid"</extracomment>
        <translation>Опла&amp;та:</translation>
    </message>
    <message>
        <source>&amp;Invoice reference:</source>
        <translation>&amp;Номер рахунку-фактури:</translation>
    </message>
    <message>
        <source>&amp;Not known yet</source>
        <extracomment>the actual amount of a cost is not known until the invoice is in</extracomment>
        <translation>&amp;Ще невідомо</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>a check box: the cost has been paid</extracomment>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>e.g. Hotel Ibis, 2 nights for 8 people</source>
        <translation>напр. готель Ibis, 2 ночі для 8 осіб</translation>
    </message>
    <message>
        <source>A three-letter code, such as PLN or EUR</source>
        <translation>Трилітерний код, наприклад PLN або EUR</translation>
    </message>
    <message>
        <source>e.g. FV 12/05/2026</source>
        <translation>напр. FV 12/05/2026</translation>
    </message>
    <message>
        <source>Actual amount</source>
        <translation>Фактична сума</translation>
    </message>
    <message>
        <source>Own funds</source>
        <extracomment>who pays a cost: the institution itself, not a funding project</extracomment>
        <translation>Власні кошти</translation>
    </message>
</context>
<context>
    <name>CostLineValidator</name>
    <message>
        <source>Planned: an amount cannot be negative.</source>
        <translation>Заплановано: сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Actual: an amount cannot be negative.</source>
        <translation>Фактично: сума не може бути від’ємною.</translation>
    </message>
    <message>
        <source>Currency: "%1" is not a three-letter currency code (for example PLN or EUR).</source>
        <extracomment>%1 is what was entered as the currency</extracomment>
        <translation>Валюта: «%1» не є трилітерним кодом валюти (напр. PLN або EUR).</translation>
    </message>
    <message>
        <source>Description: at most 500 characters; put the rest in the invoice's notes.</source>
        <translation>Опис: щонайбільше 500 символів; решту впишіть у примітки до рахунку.</translation>
    </message>
</context>
<context>
    <name>CostListModel</name>
    <message>
        <source>Own funds</source>
        <extracomment>who pays a cost: the institution itself, not a funding project</extracomment>
        <translation>Власні кошти</translation>
    </message>
    <message>
        <source>Paid</source>
        <extracomment>whether a cost has been paid</extracomment>
        <translation>Оплачено</translation>
    </message>
    <message>
        <source>Not paid yet</source>
        <translation>Ще не оплачено</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>Категорія</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>Planned</source>
        <extracomment>an amount of money planned for a cost</extracomment>
        <translation>Заплановано</translation>
    </message>
    <message>
        <source>Actual</source>
        <extracomment>an amount of money actually spent on a cost</extracomment>
        <translation>Фактично</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Валюта</translation>
    </message>
    <message>
        <source>Paid by</source>
        <extracomment>who pays a cost: a funding project or own funds</extracomment>
        <translation>Хто платить</translation>
    </message>
    <message>
        <source>Invoice</source>
        <translation>Рахунок-фактура</translation>
    </message>
</context>
<context>
    <name>CostRepository</name>
    <message>
        <source>Saving the cost</source>
        <translation>Збереження витрати</translation>
    </message>
    <message>
        <source>Cost %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Витрата %1</translation>
    </message>
    <message>
        <source>Deleting the cost</source>
        <translation>Видалення витрати</translation>
    </message>
    <message>
        <source>Reading the costs</source>
        <translation>Читання витрат</translation>
    </message>
</context>
<context>
    <name>CsvReader</name>
    <message>
        <source>line %1: a quoted cell is never closed (a " is missing).</source>
        <extracomment>%1 is a line number in a CSV file</extracomment>
        <translation>рядок %1: клітинку в лапках не закрито (бракує знака ").</translation>
    </message>
    <message>
        <source>The file is empty: a heading row is expected first.</source>
        <translation>Файл порожній: спочатку має бути рядок заголовків.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається прочитати файл %1: %2</translation>
    </message>
</context>
<context>
    <name>Database</name>
    <message>
        <source>the folder %1 cannot be created</source>
        <translation>не вдається створити теку %1</translation>
    </message>
    <message>
        <source>No database file was given.</source>
        <translation>Не вказано файл бази даних.</translation>
    </message>
    <message>
        <source>The database %1 does not exist.</source>
        <translation>База даних %1 не існує.</translation>
    </message>
    <message>
        <source>The database %1 cannot be created: %2.</source>
        <translation>Не вдається створити базу даних %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 cannot be read: %2.</source>
        <translation>Не вдається прочитати файл %1: %2.</translation>
    </message>
    <message>
        <source>The file %1 is not a Wizyta database (it is not an SQLite database file).</source>
        <translation>Файл %1 не є базою даних програми Wizyta (це не файл бази даних SQLite).</translation>
    </message>
    <message>
        <source>The file %1 is not a Wizyta database (it is a database of another program).</source>
        <translation>Файл %1 не є базою даних програми Wizyta (це база даних іншої програми).</translation>
    </message>
    <message>
        <source>The database %1 was written by a newer version of Wizyta (schema %2; this version reads up to %3). It was left unchanged; open it with the newer version.</source>
        <translation>Базу даних %1 записано новішою версією програми Wizyta (схема %2; ця версія читає схеми до %3). Файл залишено без змін; відкрийте його в новішій версії.</translation>
    </message>
    <message>
        <source>The database %1 cannot be written: the file or its folder is read-only.</source>
        <translation>Не вдається записати базу даних %1: файл або його тека доступні лише для читання.</translation>
    </message>
    <message>
        <source>The database %1 must be upgraded before use, and it is open read-only.</source>
        <translation>Базу даних %1 потрібно оновити перед використанням, але її відкрито лише для читання.</translation>
    </message>
    <message>
        <source>The database %1 cannot be opened: %2.</source>
        <translation>Не вдається відкрити базу даних %1: %2.</translation>
    </message>
    <message>
        <source>Opening the database</source>
        <translation>Відкриття бази даних</translation>
    </message>
    <message>
        <source>Upgrading the database to version %1</source>
        <extracomment>%1 is the schema version number</extracomment>
        <translation>Оновлення бази даних до версії %1</translation>
    </message>
    <message>
        <source>Checking the database</source>
        <translation>Виконання перевірки бази даних</translation>
    </message>
    <message>
        <source>Table %1, row %2 refers to a missing row in %3.</source>
        <extracomment>%1 table, %2 row id, %3 referenced table</extracomment>
        <translation>Таблиця %1, рядок %2 посилається на відсутній рядок у таблиці %3.</translation>
    </message>
    <message>
        <source>%1 failed: the database %2 is open read-only.</source>
        <extracomment>%1 names the action, e.g. "Saving the visit"; %2 is the file</extracomment>
        <translation>%1: не вдалося — базу даних %2 відкрито лише для читання.</translation>
    </message>
    <message>
        <source>The database %1 is open in another Wizyta, on %2 (process %3) since %4. Only one can change it at a time; it can be opened read-only meanwhile.</source>
        <extracomment>%1 is a file, %2 a computer's name, %3 a process number, %4 a day and time</extracomment>
        <translation>Базу даних %1 відкрито в іншій програмі Wizyta на комп’ютері %2 (процес %3) з %4. Змінювати її може лише одна програма водночас; тим часом її можна відкрити лише для читання.</translation>
    </message>
    <message>
        <source>The database %1 cannot be locked for writing: its folder does not allow a lock file beside it.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Не вдається заблокувати базу даних %1 для запису: її тека не дозволяє створити поруч файл блокування.</translation>
    </message>
    <message>
        <source>The database %1 was not upgraded, and is unchanged: %2</source>
        <extracomment>%1 is a file, %2 why its backup could not be made</extracomment>
        <translation>Базу даних %1 не оновлено, вона залишилася без змін: %2</translation>
    </message>
    <message>
        <source>The database %1 is open in another Wizyta, on another computer (process %2) since %3. Only one can change it at a time; it can be opened read-only meanwhile.</source>
        <extracomment>%1 is a file, %2 a process number, %3 a day and time</extracomment>
        <translation>Базу даних %1 відкрито в іншій програмі Wizyta на іншому комп’ютері (процес %2) з %3. Змінювати її може лише одна програма водночас; тим часом її можна відкрити лише для читання.</translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message>
        <source>Erase Personal Data</source>
        <translation>Видалення персональних даних</translation>
    </message>
    <message>
        <source>Erase the participants' e-mail addresses, phone numbers, diets, accessibility needs and notes, and their stay in this visit?

Names, institutions, roles and days stay, for the funder's report. People taking part in a visit not yet over keep their contact details. This cannot be undone; backups made before today still hold the data until they are pruned.</source>
        <translation>Видалити адреси e-mail, номери телефонів, харчування, потреби щодо доступності й примітки учасників та дані про їхнє проживання в цьому візиті?

Імена, установи, ролі й дні залишаться для звіту донорові. Особи, які беруть участь у візиті, що ще не завершився, збережуть контактні дані. Цю дію не можна скасувати; резервні копії, зроблені до сьогодні, містять ці дані, доки їх не буде видалено.</translation>
    </message>
    <message numerus="yes">
        <source>Personal data erased for %n person(s).</source>
        <translation>
            <numerusform>Персональні дані видалено для %n особи.</numerusform>
            <numerusform>Персональні дані видалено для %n осіб.</numerusform>
            <numerusform>Персональні дані видалено для %n осіб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) kept their contact details for a visit not yet over.</source>
        <translation>
            <numerusform>%n особа зберегла контактні дані через візит, який ще не завершився.</numerusform>
            <numerusform>%n особи зберегли контактні дані через візит, який ще не завершився.</numerusform>
            <numerusform>%n осіб зберегли контактні дані через візит, який ще не завершився.</numerusform>
        </translation>
    </message>
    <message>
        <source>No Backup Today</source>
        <extracomment>%1 is why the backup failed, %2 the backup folder</extracomment>
        <translation>Немає сьогоднішньої резервної копії</translation>
    </message>
    <message>
        <source>Today's backup of the database could not be made: %1

Your work is saved as usual; check the disk and the folder %2.</source>
        <translation>Не вдалося зробити сьогоднішню резервну копію бази даних: %1

Робота зберігається як зазвичай; перевірте диск і теку %2.</translation>
    </message>
    <message>
        <source>&amp;Erase</source>
        <translation>&amp;Видалити дані</translation>
    </message>
</context>
<context>
    <name>Deletion</name>
    <message>
        <source>Edit › Undo brings it all back.</source>
        <translation>Команда Зміни › Скасувати поверне все.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Видалити</translation>
    </message>
</context>
<context>
    <name>DemoCommand</name>
    <message>
        <source>Adds the sample visits and prints their ids.</source>
        <translation>Додає зразкові візити і виводить їхні номери.</translation>
    </message>
</context>
<context>
    <name>DietCategory</name>
    <message>
        <source>No special diet</source>
        <translation>Без особливої дієти</translation>
    </message>
    <message>
        <source>Vegetarian</source>
        <translation>Вегетаріанська</translation>
    </message>
    <message>
        <source>Vegan</source>
        <translation>Веганська</translation>
    </message>
    <message>
        <source>Gluten-free</source>
        <translation>Безглютенова</translation>
    </message>
    <message>
        <source>Lactose-free</source>
        <translation>Безлактозна</translation>
    </message>
    <message>
        <source>Halal</source>
        <translation>Халяль</translation>
    </message>
    <message>
        <source>Kosher</source>
        <translation>Кошерна</translation>
    </message>
    <message>
        <source>Food allergy</source>
        <translation>Харчова алергія</translation>
    </message>
    <message>
        <source>Other diet</source>
        <translation>Інша дієта</translation>
    </message>
</context>
<context>
    <name>DocumentFonts</name>
    <message>
        <source>The font %1 for printed documents cannot be loaded; without it Polish and Ukrainian letters could not be printed. Reinstall Wizyta.</source>
        <extracomment>%1 is a font file</extracomment>
        <translation>Не вдається завантажити шрифт %1 для друкованих документів; без нього неможливо надрукувати польські й українські літери. Перевстановіть програму Wizyta.</translation>
    </message>
</context>
<context>
    <name>DocumentLanguage</name>
    <message>
        <source>Polish</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>польською</translation>
    </message>
    <message>
        <source>Ukrainian</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>українською</translation>
    </message>
    <message>
        <source>English</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>англійською</translation>
    </message>
    <message>
        <source>Czech</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>чеською</translation>
    </message>
    <message>
        <source>Slovak</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>словацькою</translation>
    </message>
    <message>
        <source>German</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>німецькою</translation>
    </message>
    <message>
        <source>Norwegian</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>норвезькою</translation>
    </message>
    <message>
        <source>Lithuanian</source>
        <extracomment>a language name, used in "Some items are given in %1: no %2 text was entered."</extracomment>
        <translation>литовською</translation>
    </message>
</context>
<context>
    <name>DocumentPrintBar</name>
    <message>
        <source>P&amp;rint:</source>
        <extracomment>before the choice of a visit's document: the programme, the participant list...</extracomment>
        <translation>Д&amp;рукувати:</translation>
    </message>
    <message>
        <source>&amp;in:</source>
        <extracomment>the language or two languages a visit's document is printed in</extracomment>
        <translation>мово&amp;ю:</translation>
    </message>
    <message>
        <source>Document languages</source>
        <translation>Мови документа</translation>
    </message>
    <message>
        <source>With &amp;contact details</source>
        <translation>З &amp;контактними даними</translation>
    </message>
    <message>
        <source>Print e-mail addresses and phone numbers: personal data, left out unless asked for</source>
        <translation>Друкувати адреси e-mail і номери телефонів: це персональні дані, їх пропускають, якщо не попросити</translation>
    </message>
    <message>
        <source>Print Previe&amp;w…</source>
        <translation>Попередній перег&amp;ляд…</translation>
    </message>
    <message>
        <source>See the document before printing it</source>
        <translation>Переглянути документ перед друком</translation>
    </message>
    <message>
        <source>Print…</source>
        <translation>Друкувати…</translation>
    </message>
    <message>
        <source>Print the document</source>
        <translation>Надрукувати документ</translation>
    </message>
    <message>
        <source>Save the document as a PDF file</source>
        <translation>Зберегти документ як файл PDF</translation>
    </message>
    <message>
        <source>E&amp;xport PDF…</source>
        <translation>Експортувати в PD&amp;F…</translation>
    </message>
    <message>
        <source>Certificates of Participation</source>
        <translation>Сертифікати про участь</translation>
    </message>
    <message>
        <source>C&amp;hoose Participants…</source>
        <translation>Ви&amp;брати учасників…</translation>
    </message>
    <message>
        <source>Choose who gets a certificate: without a choice, every member of the delegation gets one</source>
        <translation>Виберіть, хто отримає сертифікат; без вибору його отримає кожен член делегації</translation>
    </message>
</context>
<context>
    <name>DocumentPrinting</name>
    <message>
        <source>Print Preview</source>
        <translation>Попередній перегляд друку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is a document such as "Programme", %2 the visit's title</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Друк</translation>
    </message>
    <message>
        <source>%1 could not be printed: the printer refused it.</source>
        <extracomment>%1 is a document such as "Programme"</extracomment>
        <translation>Не вдалося надрукувати документ «%1»: принтер відхилив завдання.</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Експорт у PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Документи PDF (*.pdf)</translation>
    </message>
    <message>
        <source>%1 could not be written to %2.

%3</source>
        <extracomment>%1 is a document such as "Programme", %2 a file's path, %3 why it could not be written</extracomment>
        <translation>Не вдалося записати документ «%1» у файл %2.

%3</translation>
    </message>
</context>
<context>
    <name>DuplicateVisitCommand</name>
    <message>
        <source>Adds a draft copy of the visit starting on the given day, its whole programme moved with it; participants only when asked. Prints the new visit's id.</source>
        <translation>Додає чернетку копії візиту, що починається у вказаний день, з усією програмою, перенесеною разом із ним; учасників — лише на вимогу. Виводить ідентифікатор нового візиту.</translation>
    </message>
    <message>
        <source>duplicate visit needs --first-day, the new visit's first day.</source>
        <translation>duplicate visit потребує --first-day — першого дня нового візиту.</translation>
    </message>
    <message>
        <source>--first-day: "%1" is not a day; write it as 2026-05-19.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--first-day: «%1» — не дата; запишіть її як 2026-05-19.</translation>
    </message>
</context>
<context>
    <name>DuplicateVisitDialog</name>
    <message>
        <source>Duplicate Visit</source>
        <translation>Дублювання візиту</translation>
    </message>
    <message>
        <source>Duplicate visit ‘%1’</source>
        <translation>Дублювання візиту «%1»</translation>
    </message>
    <message>
        <source>The new visit: %1, as a draft.</source>
        <extracomment>%1 is the days of the new visit, such as 17–23 May 2027</extracomment>
        <translation>Новий візит: %1, як чернетка.</translation>
    </message>
    <message numerus="yes">
        <source>Its %n session(s) move with the days, with their venues, people and translations.</source>
        <translation>
            <numerusform>Його %n пункт програми переноситься разом із днями, з місцем, людьми й перекладами.</numerusform>
            <numerusform>Його %n пункти програми переносяться разом із днями, з місцями, людьми й перекладами.</numerusform>
            <numerusform>Його %n пунктів програми переносяться разом із днями, з місцями, людьми й перекладами.</numerusform>
        </translation>
    </message>
    <message>
        <source>Duplicate Visit ‘%1’</source>
        <extracomment>%1 is the visit's title</extracomment>
        <translation>Дублювати візит «%1»</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Перший день:</translation>
    </message>
    <message>
        <source>Copy the &amp;participants too, their arrival and departure moved alike</source>
        <translation>Скопіювати також &amp;учасників, із таким самим перенесенням прибуття й від'їзду</translation>
    </message>
    <message>
        <source>What is copied</source>
        <translation>Що буде скопійовано</translation>
    </message>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Дублювати</translation>
    </message>
</context>
<context>
    <name>EditHistory</name>
    <message>
        <source>Preparing undo</source>
        <translation>Підготування скасування змін</translation>
    </message>
    <message>
        <source>Saving the change</source>
        <translation>Збереження зміни</translation>
    </message>
    <message>
        <source>Undoing the change</source>
        <translation>Скасування зміни</translation>
    </message>
    <message>
        <source>Redoing the change</source>
        <translation>Повторення зміни</translation>
    </message>
</context>
<context>
    <name>ErasePersonalDataCommand</name>
    <message>
        <source>After a visit: erases its participants' contact details, diets, accessibility needs and notes.</source>
        <translation>Після візиту: видаляє контактні дані, харчові потреби, потреби доступності та примітки його учасників.</translation>
    </message>
    <message numerus="yes">
        <source>Contact details, diets, accessibility needs and notes erased for %Ln person(s).</source>
        <translation>
            <numerusform>Контактні дані, дієти, потреби щодо доступності й примітки видалено для %Ln особи.</numerusform>
            <numerusform>Контактні дані, дієти, потреби щодо доступності й примітки видалено для %Ln осіб.</numerusform>
            <numerusform>Контактні дані, дієти, потреби щодо доступності й примітки видалено для %Ln осіб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) kept for a visit not yet over.</source>
        <translation>
            <numerusform>Дані %Ln особи збережено через візит, який ще не завершився.</numerusform>
            <numerusform>Дані %Ln осіб збережено через візит, який ще не завершився.</numerusform>
            <numerusform>Дані %Ln осіб збережено через візит, який ще не завершився.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Error</name>
    <message>
        <source>%1 failed: %2</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
        <translation>%1: не вдалося — %2</translation>
    </message>
    <message>
        <source>%1 failed: the database is in use by another program. Try again in a moment.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: не вдалося — базу даних використовує інша програма. Спробуйте ще раз за мить.</translation>
    </message>
    <message>
        <source>%1 failed: the database is open read-only.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: не вдалося — базу даних відкрито лише для читання.</translation>
    </message>
    <message>
        <source>%1 failed: the database file cannot be read or written (%2).</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
        <translation>%1: не вдалося — файл бази даних неможливо прочитати або записати (%2).</translation>
    </message>
    <message>
        <source>%1 failed: the database file is damaged. Restore it from a backup.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: не вдалося — файл бази даних пошкоджено. Відновіть його з резервної копії.</translation>
    </message>
    <message>
        <source>%1 failed: the disk is full. Nothing was changed; free some space and try again.</source>
        <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
        <translation>%1: не вдалося — диск заповнений. Нічого не змінено; звільніть місце і спробуйте ще раз.</translation>
    </message>
    <message>
        <source>The file is not a Wizyta database.</source>
        <translation>Файл не є базою даних програми Wizyta.</translation>
    </message>
    <message>
        <source>%1 does not exist (any more).</source>
        <extracomment>%1 names a record, e.g. "Visit 12".</extracomment>
        <translation>Не знайдено: %1.</translation>
    </message>
</context>
<context>
    <name>ExchangeGroupDialog</name>
    <message>
        <source>Edit Exchange Group</source>
        <translation>Редагування групи обміну</translation>
    </message>
    <message>
        <source>New Exchange Group</source>
        <translation>Нова група обміну</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>Meets &amp;every:</source>
        <translation>&amp;Зустрічається кожні:</translation>
    </message>
    <message>
        <source>no usual interval</source>
        <extracomment>shown in the interval box when an exchange group has no usual interval</extracomment>
        <translation>без сталого проміжку</translation>
    </message>
    <message>
        <source> days</source>
        <extracomment>after the number of days between meetings; the box holds numbers up to 730</extracomment>
        <translation> дн.</translation>
    </message>
    <message>
        <source>The usual number of days between two meetings, e.g. 61 for every two months</source>
        <translation>Звичайна кількість днів між двома зустрічами, напр. 61 — раз на два місяці</translation>
    </message>
    <message>
        <source>&amp;Members:</source>
        <translation>&amp;Учасники:</translation>
    </message>
    <message>
        <source>Filter member institutions</source>
        <translation>Фільтрувати установи-учасниці</translation>
    </message>
    <message>
        <source>Member institutions</source>
        <translation>Установи-учасниці</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>&amp;Примітки:</translation>
    </message>
</context>
<context>
    <name>ExchangeGroupListModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <extracomment>how often an exchange group meets</extracomment>
        <translation>
            <numerusform>кожні %n день</numerusform>
            <numerusform>кожні %n дні</numerusform>
            <numerusform>кожні %n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Members</source>
        <extracomment>how many institutions belong to an exchange group</extracomment>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Meetings</source>
        <extracomment>how many meetings an exchange group has held or planned</extracomment>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>Last meeting</source>
        <translation>Остання зустріч</translation>
    </message>
    <message>
        <source>Next due</source>
        <extracomment>the day the next meeting of an exchange group is due</extracomment>
        <translation>Наступна — до</translation>
    </message>
</context>
<context>
    <name>ExchangeGroupRepository</name>
    <message>
        <source>Saving the exchange group</source>
        <translation>Збереження групи обміну</translation>
    </message>
    <message>
        <source>Reading the exchange group</source>
        <translation>Читання групи обміну</translation>
    </message>
    <message>
        <source>Exchange group %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Група обміну %1</translation>
    </message>
    <message>
        <source>Deleting the exchange group</source>
        <translation>Видалення групи обміну</translation>
    </message>
    <message>
        <source>Reading the exchange groups</source>
        <translation>Читання груп обміну</translation>
    </message>
    <message>
        <source>Reading the meetings of the exchange group</source>
        <translation>Читання зустрічей групи обміну</translation>
    </message>
</context>
<context>
    <name>ExchangeGroupValidator</name>
    <message>
        <source>Name: an exchange group needs a name.</source>
        <translation>Назва: група обміну повинна мати назву.</translation>
    </message>
    <message>
        <source>Meets every: enter a number of days greater than zero, or leave it empty.</source>
        <translation>Зустрічі кожні: вкажіть кількість днів, більшу за нуль, або залиште поле порожнім.</translation>
    </message>
</context>
<context>
    <name>ExchangeGroupsPage</name>
    <message>
        <source>Search exchange groups by name</source>
        <translation>Шукати групи обміну за назвою</translation>
    </message>
    <message>
        <source>Search exchange groups</source>
        <translation>Шукати групи обміну</translation>
    </message>
    <message>
        <source>Exchange groups</source>
        <translation>Групи обміну</translation>
    </message>
    <message>
        <source>Details of the exchange group</source>
        <translation>Подробиці групи обміну</translation>
    </message>
    <message>
        <source>&amp;Add Exchange Group…</source>
        <translation>&amp;Додати групу обміну…</translation>
    </message>
    <message>
        <source>No exchange groups yet</source>
        <translation>Груп обміну ще немає</translation>
    </message>
    <message>
        <source>An exchange group is a few institutions, often of several cities, that meet in turn: every two months or so, each time at another member. Add the group with its members and usual interval; Wizyta then proposes who hosts next and when, and keeps the meetings together.</source>
        <translation>Група обміну — це кілька установ, часто з різних міст, що зустрічаються по черзі: приблизно раз на два місяці, щоразу в іншого учасника. Додайте групу з її учасниками та звичайним проміжком між зустрічами; Wizyta підкаже, хто й коли приймає наступним, і збере зустрічі разом.</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange group(s)</source>
        <translation>
            <numerusform>%n група обміну</numerusform>
            <numerusform>%n групи обміну</numerusform>
            <numerusform>%n груп обміну</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange group(s)</source>
        <extracomment>%1 exchange groups are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 з %n групи обміну</numerusform>
            <numerusform>%1 з %n груп обміну</numerusform>
            <numerusform>%1 з %n груп обміну</numerusform>
        </translation>
    </message>
    <message>
        <source>Meets:</source>
        <translation>Зустрічі:</translation>
    </message>
    <message>
        <source>Next meeting due:</source>
        <translation>Наступна зустріч — до:</translation>
    </message>
    <message>
        <source>Hosts in turn</source>
        <extracomment>the members in the order they would host the group's meetings</extracomment>
        <translation>Черговість приймаючих</translation>
    </message>
    <message>
        <source>The group has no members yet: edit it to choose them.</source>
        <translation>Група ще не має учасників: виберіть їх, відредагувавши групу.</translation>
    </message>
    <message>
        <source>%1: has not hosted yet</source>
        <extracomment>%1 is an institution</extracomment>
        <translation>%1: ще не приймала зустрічі</translation>
    </message>
    <message numerus="yes">
        <source>%1: hosted %n time(s), last on %2</source>
        <extracomment>%1 is an institution, %2 a date; %n how many meetings it hosted</extracomment>
        <translation>
            <numerusform>%1: приймала %n раз, востаннє %2</numerusform>
            <numerusform>%1: приймала %n рази, востаннє %2</numerusform>
            <numerusform>%1: приймала %n разів, востаннє %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Зустрічі</translation>
    </message>
    <message>
        <source>No meetings yet. Plan Next Meeting adds the first as a draft.</source>
        <translation>Зустрічей ще немає. «Запланувати наступну зустріч» додасть першу як чернетку.</translation>
    </message>
    <message>
        <source>Add exchange group ‘%1’</source>
        <translation>Додавання групи обміну «%1»</translation>
    </message>
    <message>
        <source>Exchange Groups</source>
        <translation>Групи обміну</translation>
    </message>
    <message>
        <source>Edit exchange group ‘%1’</source>
        <translation>Редагування групи обміну «%1»</translation>
    </message>
    <message>
        <source>Delete Exchange Group</source>
        <translation>Видалення групи обміну</translation>
    </message>
    <message>
        <source>Delete the exchange group ‘%1’?</source>
        <translation>Видалити групу обміну «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n meeting(s) will stay as visits, without a group.</source>
        <translation>
            <numerusform>Її %n зустріч залишиться як візит, без групи.</numerusform>
            <numerusform>Її %n зустрічі залишаться як візити, без групи.</numerusform>
            <numerusform>Її %n зустрічей залишаться як візити, без групи.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete exchange group ‘%1’</source>
        <translation>Видалення групи обміну «%1»</translation>
    </message>
    <message>
        <source>Plan Next Meeting</source>
        <translation>Планування наступної зустрічі</translation>
    </message>
    <message>
        <source>Plan meeting of ‘%1’</source>
        <translation>Планування зустрічі групи «%1»</translation>
    </message>
    <message>
        <source>&amp;Plan Next Meeting…</source>
        <translation>Запланувати &amp;наступну зустріч…</translation>
    </message>
    <message>
        <source>Adds the group's next meeting as a draft at the member that has waited longest</source>
        <translation>Додає наступну зустріч групи як чернетку в учасника, який чекає найдовше</translation>
    </message>
    <message>
        <source>%1 (overdue)</source>
        <translation>%1 (прострочено)</translation>
    </message>
</context>
<context>
    <name>ExportCommand</name>
    <message>
        <source>%1 needs --output FILE%2.</source>
        <extracomment>%1 is the command, e.g. "export agenda"; "--output FILE%2" stays as it is</extracomment>
        <translation>%1 потребує --output FILE%2.</translation>
    </message>
    <message>
        <source>%1 is written in one language: --language uk, say.</source>
        <extracomment>%1 is the command, e.g. "export ics"</extracomment>
        <translation>%1 записується однією мовою, напр. --language uk.</translation>
    </message>
</context>
<context>
    <name>ExportDocumentCommand</name>
    <message>
        <source>--output: "%1" does not end in .pdf; the document is written as a PDF.</source>
        <extracomment>%1 is the file the user named; "--output" stays as it is</extracomment>
        <translation>--output: «%1» не закінчується на .pdf; документ записується у форматі PDF.</translation>
    </message>
    <message>
        <source>The programme as a PDF in one language or two; without --language, in the visit's print languages.</source>
        <translation>Програма візиту у форматі PDF однією мовою або двома; без --language — мовами друку візиту.</translation>
    </message>
    <message>
        <source>The participant list by role and institution; e-mail and phone only with --contacts.</source>
        <translation>Список учасників за роллю та установою; e-mail і телефон лише з --contacts.</translation>
    </message>
    <message>
        <source>An attendance sheet for each day, to sign.</source>
        <translation>Реєстраційний лист на кожен день, для підпису.</translation>
    </message>
    <message>
        <source>The meals of each day with their portions per diet.</source>
        <translation>Прийоми їжі кожного дня з кількістю порцій для кожної дієти.</translation>
    </message>
    <message>
        <source>Name badges, eight to an A4 sheet.</source>
        <translation>Бейджі, вісім на аркуші A4.</translation>
    </message>
    <message>
        <source>A certificate of participation for each member of the delegation, with the hours of programme attended.</source>
        <translation>Сертифікат про участь для кожного члена делегації з кількістю годин участі в програмі.</translation>
    </message>
</context>
<context>
    <name>ExportIcsCommand</name>
    <message>
        <source>The programme for calendars, in the visit's time zone, with the same event ids every time.</source>
        <translation>Програма візиту для календарів, у часовому поясі візиту, щоразу з тими самими ідентифікаторами подій.</translation>
    </message>
    <message>
        <source>--output: "%1" does not end in .ics; the programme is written as an iCalendar file.</source>
        <extracomment>%1 is the file the user named; "--output" stays as it is</extracomment>
        <translation>--output: «%1» не закінчується на .ics; програма записується як файл iCalendar.</translation>
    </message>
</context>
<context>
    <name>ExportParticipantsCsvCommand</name>
    <message>
        <source>The participants for a spreadsheet; e-mail and phone only with --contacts, diets and accessibility needs only with --diet.</source>
        <translation>Учасники для електронної таблиці; e-mail і телефон лише з --contacts, харчові потреби й потреби доступності лише з --diet.</translation>
    </message>
</context>
<context>
    <name>ExportPersonCommand</name>
    <message>
        <source>Everything stored about one person, as JSON.</source>
        <translation>Усе, що збережено про одну особу, у форматі JSON.</translation>
    </message>
    <message>
        <source>export person needs --person ID and --output FILE.json.</source>
        <extracomment>"export person", "--person ID" and "--output FILE.json" stay as they are</extracomment>
        <translation>export person потребує --person ID і --output FILE.json.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається записати файл %1: %2</translation>
    </message>
</context>
<context>
    <name>ExportVisitReportCommand</name>
    <message>
        <source>A draft of the visit's report in full sentences, day by day, as an OpenDocument text to finish in LibreOffice or Word.</source>
        <translation>Чернетка звіту про візит повними реченнями, день за днем, як текст OpenDocument, який можна доопрацювати в LibreOffice або Word.</translation>
    </message>
    <message>
        <source>--output: "%1" does not end in .odt; the report is written as an OpenDocument text.</source>
        <extracomment>%1 is the file the user named; "--output" stays as it is</extracomment>
        <translation>--output: «%1» не закінчується на .odt; звіт записується як текст OpenDocument.</translation>
    </message>
</context>
<context>
    <name>FollowUpRepository</name>
    <message>
        <source>Saving the follow-up task</source>
        <translation>Збереження подальшого завдання</translation>
    </message>
    <message>
        <source>Follow-up task %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Подальше завдання %1</translation>
    </message>
    <message>
        <source>Deleting the follow-up task</source>
        <translation>Видалення подальшого завдання</translation>
    </message>
    <message>
        <source>Reading the follow-up tasks</source>
        <translation>Читання подальших завдань</translation>
    </message>
</context>
<context>
    <name>FollowUpStatus</name>
    <message>
        <source>Open</source>
        <comment>follow-up task</comment>
        <translation>Відкрите</translation>
    </message>
    <message>
        <source>Done</source>
        <comment>follow-up task</comment>
        <translation>Виконане</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>follow-up task</comment>
        <translation>Скасоване</translation>
    </message>
</context>
<context>
    <name>FundingProjectRepository</name>
    <message>
        <source>Saving the funding project</source>
        <translation>Збереження проєкту</translation>
    </message>
    <message>
        <source>Reading the funding project</source>
        <translation>Читання проєкту</translation>
    </message>
    <message>
        <source>Funding project %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Проєкт %1</translation>
    </message>
    <message>
        <source>Deleting the funding project</source>
        <translation>Видалення проєкту</translation>
    </message>
    <message>
        <source>Reading the funding projects</source>
        <translation>Читання проєктів</translation>
    </message>
    <message>
        <source>Reading the visits of the funding project</source>
        <translation>Читання візитів, що фінансуються з проєкту</translation>
    </message>
</context>
<context>
    <name>FundingProjectValidator</name>
    <message>
        <source>Name: a funding project needs a name.</source>
        <translation>Назва: проєкт повинен мати назву.</translation>
    </message>
    <message>
        <source>Last day: %1 is before the first day, %2.</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>Останній день: %1 — раніше за перший день, %2.</translation>
    </message>
    <message>
        <source>Currency: "%1" is not a three-letter currency code (for example PLN or EUR).</source>
        <extracomment>%1 is what was entered as the currency</extracomment>
        <translation>Валюта: «%1» не є трилітерним кодом валюти (наприклад, PLN або EUR).</translation>
    </message>
    <message>
        <source>Total value: enter an amount of zero or more.</source>
        <translation>Загальна вартість: вкажіть суму, що дорівнює нулю або більша.</translation>
    </message>
    <message>
        <source>Co-financing: enter an amount of zero or more.</source>
        <translation>Співфінансування: вкажіть суму, що дорівнює нулю або більша.</translation>
    </message>
    <message>
        <source>Co-financing: it cannot be more than the project's total value.</source>
        <translation>Співфінансування: не може перевищувати загальну вартість проєкту.</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
</context>
<context>
    <name>HandbookWindow</name>
    <message>
        <source>Wizyta Handbook</source>
        <extracomment>the title of the handbook's window; Wizyta is the program's name</extracomment>
        <translation>Посібник користувача Wizyta</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <extracomment>goes back to the section read before, as in a web browser</extracomment>
        <translation>&amp;Назад</translation>
    </message>
    <message>
        <source>Back to the section read before (%1)</source>
        <extracomment>%1 is the key that does the same, such as Alt+Left</extracomment>
        <translation>Повернутися до попередньо прочитаного розділу (%1)</translation>
    </message>
    <message>
        <source>&amp;Forward</source>
        <extracomment>goes forward again after Back, as in a web browser</extracomment>
        <translation>&amp;Уперед</translation>
    </message>
    <message>
        <source>Forward to the next section read (%1)</source>
        <extracomment>%1 is the key that does the same, such as Alt+Right</extracomment>
        <translation>Перейти до розділу, прочитаного пізніше (%1)</translation>
    </message>
    <message>
        <source>&amp;Contents</source>
        <extracomment>above the list of the handbook's sections</extracomment>
        <translation>&amp;Зміст</translation>
    </message>
    <message>
        <source>Contents of the handbook</source>
        <translation>Зміст посібника</translation>
    </message>
    <message>
        <source>Handbook text</source>
        <translation>Текст посібника</translation>
    </message>
</context>
<context>
    <name>HtmlBuilder</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the end of a shortened list</extracomment>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ICalendarExport</name>
    <message>
        <source>Presented by:</source>
        <extracomment>in a calendar event's description: the people presenting the session, e.g. "Presented by: Anna Nowak"</extracomment>
        <translation>Доповідачі:</translation>
    </message>
    <message>
        <source>Moderated by:</source>
        <extracomment>in a calendar event's description: the person moderating the session</extracomment>
        <translation>Модератор:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <extracomment>in a calendar event's description: how the session is interpreted, e.g. "Interpretation: Polish → Ukrainian, consecutive"</extracomment>
        <translation>Переклад:</translation>
    </message>
    <message>
        <source>"%1" is not a two-letter language code such as uk.</source>
        <extracomment>%1 is what was given as a language code</extracomment>
        <translation>«%1» — це не дволітерний код мови на зразок uk.</translation>
    </message>
    <message>
        <source>The programme cannot be exported to a calendar: "%1" is not a known time zone (for example Europe/Warsaw).</source>
        <extracomment>%1 is a time zone name such as Europe/Warsaw</extracomment>
        <translation>Не вдається експортувати програму в календар: «%1» — невідомий часовий пояс (напр. Europe/Warsaw).</translation>
    </message>
    <message>
        <source>The calendar library could not write the programme.</source>
        <translation>Бібліотека календаря не змогла записати програму.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається записати файл %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCells</name>
    <message>
        <source>line %1, column "%2": %3</source>
        <extracomment>%1 is a line number of a CSV file, %2 a column's heading, %3 what is wrong</extracomment>
        <translation>рядок %1, стовпець «%2»: %3</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <extracomment>%1 is a line number of a CSV file, %2 why its row could not be saved</extracomment>
        <translation>рядок %1: %2</translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message>
        <source>%1 needs the file to read: %1 FILE.csv --visit ID.</source>
        <extracomment>%1 is the command, e.g. "import participants"; FILE.csv stays as it is</extracomment>
        <translation>%1 потребує файлу для читання: %1 FILE.csv --visit ID.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) to correct; nothing was written.</source>
        <extracomment>after the list of bad rows of an import</extracomment>
        <translation>
            <numerusform>%Ln рядок треба виправити; нічого не записано.</numerusform>
            <numerusform>%Ln рядки треба виправити; нічого не записано.</numerusform>
            <numerusform>%Ln рядків треба виправити; нічого не записано.</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <extracomment>before a row that is imported all the same, e.g. a session on a day outside the visit's; %1 is the file, line, column and what is wrong</extracomment>
        <translation>попередження: %1</translation>
    </message>
</context>
<context>
    <name>ImportParticipantsCommand</name>
    <message>
        <source>Reads a participant list from a spreadsheet; --dry-run checks every row and writes nothing.</source>
        <translation>Зчитує список учасників з електронної таблиці; --dry-run перевіряє кожен рядок і нічого не записує.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln of them already in the database.</source>
        <translation>
            <numerusform>З них %Ln уже є в базі.</numerusform>
            <numerusform>З них %Ln уже є в базі.</numerusform>
            <numerusform>З них %Ln уже є в базі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the visit.</source>
        <translation>
            <numerusform>%Ln особа вже бере участь у візиті.</numerusform>
            <numerusform>%Ln особи вже беруть участь у візиті.</numerusform>
            <numerusform>%Ln осіб уже беруть участь у візиті.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln participant(s) would be added.</source>
        <extracomment>the result of import participants --dry-run; %1 is a file</extracomment>
        <translation>
            <numerusform>%1: було б додано %Ln учасника.</numerusform>
            <numerusform>%1: було б додано %Ln учасників.</numerusform>
            <numerusform>%1: було б додано %Ln учасників.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln participant(s) added.</source>
        <translation>
            <numerusform>%1: додано %Ln учасника.</numerusform>
            <numerusform>%1: додано %Ln учасників.</numerusform>
            <numerusform>%1: додано %Ln учасників.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportPreviewDialog</name>
    <message>
        <source>Import %1</source>
        <extracomment>the title of the window showing a CSV file before it is imported; %1 is the file's name</extracomment>
        <translation>Імпорт: %1</translation>
    </message>
    <message>
        <source>semicolons</source>
        <translation>крапками з комою</translation>
    </message>
    <message>
        <source>commas</source>
        <translation>комами</translation>
    </message>
    <message>
        <source>tabs</source>
        <translation>табуляціями</translation>
    </message>
    <message>
        <source>%1 — read as %2, cells separated by %3.</source>
        <extracomment>%1 is a file, %2 its encoding (UTF-8, Windows-1250), %3 "semicolons", "commas" or "tabs"</extracomment>
        <translation>%1 — прочитано як %2, клітинки розділено %3.</translation>
    </message>
    <message>
        <source>What happens</source>
        <extracomment>the column of the import preview saying what happens to each row</extracomment>
        <translation>Що станеться</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <extracomment>the button that imports the rows shown</extracomment>
        <translation>&amp;Імпортувати</translation>
    </message>
    <message>
        <source>Holds:</source>
        <translation>Містить:</translation>
    </message>
    <message>
        <source>What the column "%1" holds</source>
        <extracomment>%1 is a column's heading in the file</extracomment>
        <translation>Що містить стовпець «%1»</translation>
    </message>
    <message>
        <source>Rows of the file</source>
        <translation>Рядки файлу</translation>
    </message>
</context>
<context>
    <name>ImportProgrammeCommand</name>
    <message>
        <source>Reads a programme from a spreadsheet; --dry-run checks every row and writes nothing.</source>
        <translation>Зчитує програму візиту з електронної таблиці; --dry-run перевіряє кожен рядок і нічого не записує.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the programme.</source>
        <translation>
            <numerusform>%Ln пункт уже є в програмі.</numerusform>
            <numerusform>%Ln пункти вже є в програмі.</numerusform>
            <numerusform>%Ln пунктів уже є в програмі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s) would be added.</source>
        <extracomment>the result of import agenda --dry-run; %1 is a file</extracomment>
        <translation>
            <numerusform>%1: було б додано %Ln пункт програми.</numerusform>
            <numerusform>%1: було б додано %Ln пункти програми.</numerusform>
            <numerusform>%1: було б додано %Ln пунктів програми.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Нічого не записано.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s) added.</source>
        <translation>
            <numerusform>%1: додано %Ln пункт програми.</numerusform>
            <numerusform>%1: додано %Ln пункти програми.</numerusform>
            <numerusform>%1: додано %Ln пунктів програми.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionChecklist</name>
    <message>
        <source>Filter institutions</source>
        <translation>Фільтрувати установи</translation>
    </message>
    <message>
        <source>No institutions yet: add them on the Institutions page first.</source>
        <translation>Установ ще немає: спершу додайте їх на сторінці «Установи».</translation>
    </message>
</context>
<context>
    <name>InstitutionDialog</name>
    <message>
        <source>Edit Institution</source>
        <translation>Редагування установи</translation>
    </message>
    <message>
        <source>New Institution</source>
        <translation>Нова установа</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>S&amp;hort name:</source>
        <translation>&amp;Скорочена назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Н&amp;аселений пункт:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>А&amp;дреса:</translation>
    </message>
    <message>
        <source>&amp;Phone:</source>
        <translation>Теле&amp;фон:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Website:</source>
        <translation>&amp;Вебсайт:</translation>
    </message>
    <message>
        <source>No&amp;tes:</source>
        <translation>&amp;Примітки:</translation>
    </message>
    <message>
        <source>e.g. MOPR Kraków</source>
        <translation>напр. ЦСС Житомир</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>e.g. Poland</source>
        <translation>напр. Польща</translation>
    </message>
</context>
<context>
    <name>InstitutionEdits</name>
    <message>
        <source>Edit Institution</source>
        <translation>Редагування установи</translation>
    </message>
    <message>
        <source>Edit institution ‘%1’</source>
        <translation>Редагування установи «%1»</translation>
    </message>
</context>
<context>
    <name>InstitutionKind</name>
    <message>
        <source>Social welfare centre</source>
        <comment>MOPS/MOPR/GOPS</comment>
        <translation>Центр соціальних служб</translation>
    </message>
    <message>
        <source>Regional social policy centre</source>
        <comment>ROPS</comment>
        <translation>Регіональний центр соціальної політики</translation>
    </message>
    <message>
        <source>Day-support home</source>
        <comment>e.g. środowiskowy dom samopomocy</comment>
        <translation>Центр денного перебування</translation>
    </message>
    <message>
        <source>Care home</source>
        <comment>dom pomocy społecznej</comment>
        <translation>Будинок-інтернат</translation>
    </message>
    <message>
        <source>Foundation (NGO)</source>
        <translation>Благодійний фонд</translation>
    </message>
    <message>
        <source>Association (NGO)</source>
        <translation>Громадська організація</translation>
    </message>
    <message>
        <source>City hall</source>
        <translation>Міська рада</translation>
    </message>
    <message>
        <source>Labour office</source>
        <translation>Центр зайнятості</translation>
    </message>
    <message>
        <source>Police</source>
        <translation>Поліція</translation>
    </message>
    <message>
        <source>Court</source>
        <translation>Суд</translation>
    </message>
    <message>
        <source>Library</source>
        <translation>Бібліотека</translation>
    </message>
    <message>
        <source>School or university</source>
        <translation>Школа або університет</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Охорона здоров’я</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of institution</comment>
        <translation>Інша</translation>
    </message>
</context>
<context>
    <name>InstitutionListModel</name>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>Скорочена назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
</context>
<context>
    <name>InstitutionRepository</name>
    <message>
        <source>Saving the institution</source>
        <translation>Збереження установи</translation>
    </message>
    <message>
        <source>Reading the institution</source>
        <translation>Читання установи</translation>
    </message>
    <message>
        <source>Institution %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Установа %1</translation>
    </message>
    <message>
        <source>Deleting the institution</source>
        <translation>Видалення установи</translation>
    </message>
    <message>
        <source>Reading the institutions</source>
        <translation>Читання установ</translation>
    </message>
    <message>
        <source>Reading where the institution is used</source>
        <translation>З’ясовування, де згадано установу</translation>
    </message>
    <message>
        <source>Reading the sessions held at the institution</source>
        <translation>Читання пунктів програми, що проходили в установі</translation>
    </message>
</context>
<context>
    <name>InstitutionValidator</name>
    <message>
        <source>Name: an institution needs a name.</source>
        <translation>Назва: установа повинна мати назву.</translation>
    </message>
    <message>
        <source>Country: use the two-letter country code, for example PL or UA.</source>
        <translation>Країна: використовуйте дволітерний код країни, наприклад PL або UA.</translation>
    </message>
    <message>
        <source>E-mail: "%1" does not look like an e-mail address (for example sekretariat@mops.example.pl).</source>
        <extracomment>%1 is what was entered as an e-mail address</extracomment>
        <translation>Ел. пошта: «%1» не схоже на адресу електронної пошти (наприклад, sekretariat@mops.example.pl).</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message>
        <source>Search institutions by name, short name, city or country</source>
        <translation>Шукати установи за назвою, скороченням, населеним пунктом або країною</translation>
    </message>
    <message>
        <source>Search institutions</source>
        <translation>Пошук установ</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>&amp;Add Institution…</source>
        <translation>&amp;Додати установу…</translation>
    </message>
    <message>
        <source>No institutions yet</source>
        <translation>Установ ще немає</translation>
    </message>
    <message>
        <source>Add the welfare centres, NGOs, city halls and other institutions that host or send visits. Their people and the sessions they host will be shown beside them.</source>
        <translation>Додайте центри соціальних служб, громадські організації, міські ради та інші установи, що приймають або направляють візити. Поруч із кожною ви побачите її працівників і пункти програми, що в ній проходять.</translation>
    </message>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n установа</numerusform>
            <numerusform>%n установи</numerusform>
            <numerusform>%n установ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n institution(s)</source>
        <extracomment>%1 institutions are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 з %n установи</numerusform>
            <numerusform>%1 з %n установ</numerusform>
            <numerusform>%1 з %n установ</numerusform>
        </translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>No one from this institution is recorded yet.</source>
        <translation>Ще не записано жодної особи з цієї установи.</translation>
    </message>
    <message>
        <source>Sessions held here</source>
        <translation>Пункти програми в цій установі</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>%1 date and time, %2 session title, %3 visit title</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>No session has been held here yet.</source>
        <translation>Тут ще не проходив жоден пункт програми.</translation>
    </message>
    <message>
        <source>Add institution ‘%1’</source>
        <translation>Додавання установи «%1»</translation>
    </message>
    <message>
        <source>Delete Institution</source>
        <translation>Видалення установи</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) from it will stay, without an institution.</source>
        <translation>
            <numerusform>%n особа з цієї установи залишиться, але без установи.</numerusform>
            <numerusform>%n особи з цієї установи залишаться, але без установи.</numerusform>
            <numerusform>%n осіб із цієї установи залишаться, але без установи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is the venue of %n session(s); they will stay, without a venue.</source>
        <translation>
            <numerusform>%n пункт програми, що проходить у ній, залишиться без місця проведення.</numerusform>
            <numerusform>%n пункти програми, що проходять у ній, залишаться без місця проведення.</numerusform>
            <numerusform>%n пунктів програми, що проходять у ній, залишаться без місця проведення.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) name it as host or sender; they will stay, without it.</source>
        <translation>
            <numerusform>Вона є приймаючою або направляючою стороною у %n візиті; візити залишаться, але без неї.</numerusform>
            <numerusform>Вона є приймаючою або направляючою стороною у %n візитах; візити залишаться, але без неї.</numerusform>
            <numerusform>Вона є приймаючою або направляючою стороною у %n візитах; візити залишаться, але без неї.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the institution ‘%1’?</source>
        <translation>Видалити установу «%1»?</translation>
    </message>
    <message>
        <source>Delete institution ‘%1’</source>
        <translation>Видалення установи «%1»</translation>
    </message>
    <message numerus="yes">
        <source>It will no longer be a partner in %n funding project(s).</source>
        <translation>
            <numerusform>Вона перестане бути партнером %n проєкту.</numerusform>
            <numerusform>Вона перестане бути партнером %n проєктів.</numerusform>
            <numerusform>Вона перестане бути партнером %n проєктів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will no longer be a member of %n exchange group(s).</source>
        <translation>
            <numerusform>Вона перестане бути членом %n групи обміну.</numerusform>
            <numerusform>Вона перестане бути членом %n груп обміну.</numerusform>
            <numerusform>Вона перестане бути членом %n груп обміну.</numerusform>
        </translation>
    </message>
    <message>
        <source>Details of the institution</source>
        <translation>Відомості про установу</translation>
    </message>
    <message>
        <source>Name (%1):</source>
        <extracomment>%1 is the name of a language, e.g. "Name (Polish):"</extracomment>
        <translation>Назва (%1):</translation>
    </message>
</context>
<context>
    <name>InterpretationMode</name>
    <message>
        <source>No interpretation</source>
        <translation>Без перекладу</translation>
    </message>
    <message>
        <source>Consecutive</source>
        <comment>kind of interpretation</comment>
        <translation>Послідовний</translation>
    </message>
    <message>
        <source>Simultaneous</source>
        <comment>kind of interpretation</comment>
        <translation>Синхронний</translation>
    </message>
    <message>
        <source>Whispered</source>
        <comment>kind of interpretation</comment>
        <translation>Пошепки</translation>
    </message>
</context>
<context>
    <name>InterpretationText</name>
    <message>
        <source>%1 → %2, consecutive</source>
        <extracomment>after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted into, named in the document's language ("polski → ukraiński, konsekutywne")</extracomment>
        <translation>%1 → %2, послідовний</translation>
    </message>
    <message>
        <source>consecutive</source>
        <extracomment>after the label "Interpretation:", when the languages are not known yet</extracomment>
        <translation>послідовний</translation>
    </message>
    <message>
        <source>%1 → %2, simultaneous</source>
        <extracomment>after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted into, named in the document's language ("polski → ukraiński, symultaniczne")</extracomment>
        <translation>%1 → %2, синхронний</translation>
    </message>
    <message>
        <source>simultaneous</source>
        <extracomment>after the label "Interpretation:", when the languages are not known yet</extracomment>
        <translation>синхронний</translation>
    </message>
    <message>
        <source>%1 → %2, whispered</source>
        <extracomment>after the label "Interpretation:"; %1 is the language spoken, %2 the language(s) interpreted into, named in the document's language ("polski → ukraiński, szeptane")</extracomment>
        <translation>%1 → %2, пошепки</translation>
    </message>
    <message>
        <source>whispered</source>
        <extracomment>after the label "Interpretation:", when the languages are not known yet</extracomment>
        <translation>пошепки</translation>
    </message>
</context>
<context>
    <name>KeptWarnings</name>
    <message>
        <source>Checking the programmes</source>
        <translation>Перевірка програм візитів</translation>
    </message>
    <message>
        <source>Preparing the conflict check</source>
        <translation>Підготування перевірки накладок</translation>
    </message>
</context>
<context>
    <name>LanguageOption</name>
    <message>
        <source>--language: "%1": a document is printed in one language or in two different ones, e.g. uk or pl,uk.</source>
        <extracomment>%1 is what the user typed after --language</extracomment>
        <translation>--language: «%1»: документ друкується однією мовою або двома різними, напр. uk чи pl,uk.</translation>
    </message>
    <message>
        <source>--language: "%1" is not a language code such as pl, uk or en.</source>
        <extracomment>%1 is one of the languages the user typed after --language</extracomment>
        <translation>--language: «%1» не є кодом мови, як-от pl, uk або en.</translation>
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
        <translation>Виводить ідентифікатор, назву, кількість учасників і термін наступної зустрічі кожної групи обміну.</translation>
    </message>
</context>
<context>
    <name>ListProjectsCommand</name>
    <message>
        <source>Prints the id, acronym, name and period of each funding project.</source>
        <translation>Виводить ідентифікатор, абревіатуру, назву та період кожного проєкту фінансування.</translation>
    </message>
</context>
<context>
    <name>ListVisitsCommand</name>
    <message>
        <source>Prints the id, days, status and title of each visit.</source>
        <translation>Виводить номер, дні, статус і назву кожного візиту.</translation>
    </message>
</context>
<context>
    <name>MainMenus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New Visit…</source>
        <translation>&amp;Новий візит…</translation>
    </message>
    <message>
        <source>Add a visit and open it to build its programme</source>
        <translation>Додати візит і відкрити його, щоб скласти програму</translation>
    </message>
    <message>
        <source>New &amp;Database…</source>
        <translation>Нова &amp;база даних…</translation>
    </message>
    <message>
        <source>Start a new, empty database file</source>
        <translation>Створити новий порожній файл бази даних</translation>
    </message>
    <message>
        <source>&amp;Open Database…</source>
        <translation>&amp;Відкрити базу даних…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Відкрити нед&amp;авні</translation>
    </message>
    <message>
        <source>Restore &amp;Backup…</source>
        <translation>Відновити &amp;резервну копію…</translation>
    </message>
    <message>
        <source>Go back to a copy of the database made on an earlier day</source>
        <translation>Повернутися до копії бази даних, зробленої раніше</translation>
    </message>
    <message>
        <source>Print Pre&amp;view…</source>
        <translation>Попередній пере&amp;гляд…</translation>
    </message>
    <message>
        <source>See the open visit's document, chosen under its details, before printing it</source>
        <translation>Переглянути перед друком документ відкритого візиту, вибраний під його подробицями</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Друкувати…</translation>
    </message>
    <message>
        <source>Print the open visit's document chosen under its details</source>
        <translation>Надрукувати документ відкритого візиту, вибраний під його подробицями</translation>
    </message>
    <message>
        <source>&amp;Export PDF…</source>
        <translation>&amp;Експортувати в PDF…</translation>
    </message>
    <message>
        <source>Save the open visit's document chosen under its details as a PDF file</source>
        <translation>Зберегти як файл PDF документ відкритого візиту, вибраний під його подробицями</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Ви&amp;йти</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Зміни</translation>
    </message>
    <message>
        <source>Planning &amp;Settings…</source>
        <translation>&amp;Налаштування планування…</translation>
    </message>
    <message>
        <source>Erase Personal &amp;Data of This Visit…</source>
        <translation>Видалити персональні &amp;дані учасників цього візиту…</translation>
    </message>
    <message>
        <source>After a visit: erase its participants' contact details, diets, accessibility needs and notes</source>
        <translation>Після візиту: видалити контактні дані, харчування, потреби щодо доступності й примітки його учасників</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Дов&amp;ідка</translation>
    </message>
    <message>
        <source>Wizyta &amp;Handbook</source>
        <translation>По&amp;сібник користувача Wizyta</translation>
    </message>
    <message>
        <source>The handbook, at the part about what you are doing</source>
        <translation>Посібник, відкритий там, де йдеться про те, що ви зараз робите</translation>
    </message>
    <message>
        <source>&amp;About Wizyta</source>
        <translation>&amp;Про програму Wizyta</translation>
    </message>
    <message>
        <source>&amp;Undo %1</source>
        <extracomment>%1 names the edit, e.g. "Delete institution ‘MOPS Płock’"</extracomment>
        <translation>&amp;Скасувати: %1</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Скасувати</translation>
    </message>
    <message>
        <source>&amp;Redo %1</source>
        <extracomment>%1 names the edit, e.g. "Delete institution ‘MOPS Płock’"</extracomment>
        <translation>&amp;Повторити: %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Повторити</translation>
    </message>
    <message>
        <source>No recent databases</source>
        <translation>Немає недавніх баз даних</translation>
    </message>
    <message>
        <source>D&amp;uplicate Visit…</source>
        <translation>Д&amp;ублювати візит…</translation>
    </message>
    <message>
        <source>A new visit made from the open one: its programme on new days</source>
        <translation>Новий візит на основі відкритого: його програма в нові дні</translation>
    </message>
    <message>
        <source>Export Visi&amp;t Report…</source>
        <translation>Експортувати &amp;звіт про візит…</translation>
    </message>
    <message>
        <source>Save a draft of the open visit's report, to finish in LibreOffice or Word (.odt)</source>
        <translation>Зберегти чернетку звіту про відкритий візит, щоб доопрацювати її в LibreOffice або Word (.odt)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Календар</translation>
    </message>
    <message>
        <source>Institutions</source>
        <translation>Установи</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Funding projects</source>
        <translation>Проєкти фінансування</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Розділи</translation>
    </message>
    <message>
        <source>Wizyta</source>
        <translation>Wizyta</translation>
    </message>
    <message>
        <source>%1 (read-only) — Wizyta</source>
        <extracomment>%1 is the database file name</extracomment>
        <translation>%1 (лише для читання) — Wizyta</translation>
    </message>
    <message>
        <source>%1 — Wizyta</source>
        <translation>%1 — Wizyta</translation>
    </message>
    <message>
        <source>Cannot open the database</source>
        <translation>Не вдається відкрити базу даних</translation>
    </message>
    <message>
        <source>New Database</source>
        <translation>Нова база даних</translation>
    </message>
    <message>
        <source>Wizyta databases (*.wizyta)</source>
        <translation>Бази даних програми Wizyta (*.wizyta)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open it with File › Open Database.</source>
        <translation>%1 вже існує. Виберіть іншу назву або відкрийте цей файл командою Файл › Відкрити базу даних.</translation>
    </message>
    <message>
        <source>Open Database</source>
        <translation>Відкрити базу даних</translation>
    </message>
    <message>
        <source>Wizyta databases (*.wizyta *.sqlite);;All files (*)</source>
        <translation>Бази даних програми Wizyta (*.wizyta *.sqlite);;Усі файли (*)</translation>
    </message>
    <message>
        <source>About Wizyta</source>
        <translation>Про програму Wizyta</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Wizyta %1&lt;/h3&gt;&lt;p&gt;Plans study visits in social services: programmes, participants, conflicts, printed documents.&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Wizyta %1&lt;/h3&gt;&lt;p&gt;Планування навчальних візитів у соціальних службах: програми візитів, учасники, накладки в розкладі, документи для друку.&lt;/p&gt;&lt;p&gt;Вільне програмне забезпечення за ліцензією GNU General Public License версії 3 або новішої.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The change could not be made</source>
        <translation>Не вдалося внести зміну</translation>
    </message>
    <message>
        <source>Restore Backup</source>
        <translation>Відновлення резервної копії</translation>
    </message>
    <message>
        <source>Database in Use</source>
        <translation>База даних використовується</translation>
    </message>
    <message>
        <source>Open it read-only?</source>
        <translation>Відкрити її лише для читання?</translation>
    </message>
    <message>
        <source>Exchange groups</source>
        <translation>Групи обміну</translation>
    </message>
</context>
<context>
    <name>MeetingPlanner</name>
    <message>
        <source>The exchange group “%1” has no members, so no one can host its meeting.</source>
        <extracomment>%1 is the exchange group's name</extracomment>
        <translation>Група обміну «%1» не має учасників, тож ніхто не може приймати її зустріч.</translation>
    </message>
    <message>
        <source>Institution %1 is not a member of the exchange group “%2”.</source>
        <extracomment>%1 is a number, %2 the exchange group's name</extracomment>
        <translation>Установа %1 не є учасницею групи обміну «%2».</translation>
    </message>
</context>
<context>
    <name>MoneyEdit</name>
    <message>
        <source>An amount in %1, for example %2</source>
        <extracomment>%1 is a currency code such as PLN, %2 an amount such as 1 250 000,50</extracomment>
        <translation>Сума у валюті %1, наприклад %2</translation>
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
        <translation>Приймаюча сторона: %1</translation>
    </message>
    <message>
        <source>Calendar of %1</source>
        <translation>Календар: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>%1 visit title, %2 its status</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: no visits</source>
        <extracomment>%1 a day, e.g. "19 May 2026"</extracomment>
        <translation>%1: візитів немає</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s): %2</source>
        <extracomment>%1 a day, %2 the titles of its visits</extracomment>
        <translation>
            <numerusform>%1: %n візит: %2</numerusform>
            <numerusform>%1: %n візити: %2</numerusform>
            <numerusform>%1: %n візитів: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <extracomment>%1 the selected visit's title</extracomment>
        <translation>Вибрано: %1.</translation>
    </message>
    <message>
        <source>Wk</source>
        <extracomment>Heading of the ISO week number column of a month calendar: keep it very short</extracomment>
        <translation>Тиж.</translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>In a calendar day too small for all its visits: how many are not shown</extracomment>
        <translation>
            <numerusform>+%n ще</numerusform>
            <numerusform>+%n ще</numerusform>
            <numerusform>+%n ще</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Visit</source>
        <translation>&amp;Відкрити візит</translation>
    </message>
    <message>
        <source>&amp;New Visit Starting %1…</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"</extracomment>
        <translation>&amp;Новий візит із %1…</translation>
    </message>
</context>
<context>
    <name>NameBadgeDocument</name>
    <message>
        <source>Name badges</source>
        <extracomment>the name of the printed document with the participants' badges</extracomment>
        <translation>Бейджі</translation>
    </message>
    <message>
        <source>No participants entered yet.</source>
        <extracomment>on an empty sheet of badges</extracomment>
        <translation>Учасників ще не внесено.</translation>
    </message>
</context>
<context>
    <name>OutcomeKind</name>
    <message>
        <source>Cooperation agreement</source>
        <translation>Угода про співпрацю</translation>
    </message>
    <message>
        <source>Letter of intent</source>
        <translation>Лист про наміри</translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation>Рекомендації</translation>
    </message>
    <message>
        <source>Standard adopted</source>
        <translation>Ухвалений стандарт</translation>
    </message>
    <message>
        <source>Other outcome</source>
        <translation>Інший результат</translation>
    </message>
</context>
<context>
    <name>OutcomeRepository</name>
    <message>
        <source>Saving what came of the visit</source>
        <translation>Збереження результату візиту</translation>
    </message>
    <message>
        <source>Outcome %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Результат %1</translation>
    </message>
    <message>
        <source>Deleting what came of the visit</source>
        <translation>Видалення результату візиту</translation>
    </message>
    <message>
        <source>Reading what came of the visit</source>
        <translation>Читання результатів візиту</translation>
    </message>
</context>
<context>
    <name>OutcomeValidator</name>
    <message>
        <source>Title: say what was agreed or adopted.</source>
        <translation>Назва: напишіть, про що домовилися або що ухвалили.</translation>
    </message>
    <message>
        <source>Task: say what is to be done.</source>
        <translation>Завдання: напишіть, що треба зробити.</translation>
    </message>
</context>
<context>
    <name>PagedDocument</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається записати файл %1: %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: the PDF could not be made.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Не вдається записати файл %1: не вдалося створити PDF.</translation>
    </message>
</context>
<context>
    <name>ParticipantColumns</name>
    <message>
        <source>(not imported)</source>
        <extracomment>a CSV column that is not imported</extracomment>
        <translation>(не імпортувати)</translation>
    </message>
    <message>
        <source>Given name</source>
        <translation>Ім’я</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Прізвище</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Given name in Latin script</source>
        <translation>Ім’я латиницею</translation>
    </message>
    <message>
        <source>Family name in Latin script</source>
        <translation>Прізвище латиницею</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Від’їзд</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Проживання</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Дієта</translation>
    </message>
    <message>
        <source>Diet details</source>
        <translation>Дієта – подробиці</translation>
    </message>
    <message>
        <source>Accessibility needs</source>
        <translation>Потреби щодо доступності</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Примітки</translation>
    </message>
</context>
<context>
    <name>ParticipantDialog</name>
    <message>
        <source>Person: no one recorded is called “%1”. Choose a name from the list, or choose “New person” to enter them.</source>
        <extracomment>%1 is what was typed in the list of people</extracomment>
        <translation>Особа: у базі немає нікого на ім’я «%1». Виберіть ім’я зі списку або позначте «Нова особа», щоб її ввести.</translation>
    </message>
    <message>
        <source>Institution: “%1” is not in the list; choose one of the names it offers, or clear the text.</source>
        <extracomment>%1 is what was typed in the list of institutions</extracomment>
        <translation>Установа: «%1» немає у списку; виберіть одну із запропонованих назв або очистіть поле.</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Редагування учасника</translation>
    </message>
    <message>
        <source>Add Participant</source>
        <translation>Додавання учасника</translation>
    </message>
    <message>
        <source>E&amp;xisting person</source>
        <translation>&amp;Особа з бази</translation>
    </message>
    <message>
        <source>Ne&amp;w person</source>
        <translation>&amp;Нова особа</translation>
    </message>
    <message>
        <source>Parti&amp;cipant:</source>
        <translation>У&amp;часник:</translation>
    </message>
    <message>
        <source>&amp;Person:</source>
        <translation>О&amp;соба:</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>Given name in &amp;Latin script:</source>
        <translation>Ім’я &amp;латиницею:</translation>
    </message>
    <message>
        <source>Family name in Latin scrip&amp;t:</source>
        <translation>Прізвище ла&amp;тиницею:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>Уст&amp;анова:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Роль:</translation>
    </message>
    <message>
        <source>&amp;Arrival:</source>
        <translation>Приб&amp;уття:</translation>
    </message>
    <message>
        <source>&amp;Departure:</source>
        <translation>&amp;Від’їзд:</translation>
    </message>
    <message>
        <source>Acco&amp;mmodation:</source>
        <translation>Про&amp;живання:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>Type any part of the name, in either script</source>
        <translation>Введіть будь-яку частину імені, будь-якою абеткою</translation>
    </message>
    <message>
        <source>when the name is written in another script</source>
        <translation>коли ім’я записано іншою абеткою</translation>
    </message>
    <message>
        <source>e.g. Hotel Polonia, room 12</source>
        <translation>напр. готель «Полонія», кімната 12</translation>
    </message>
    <message>
        <source>Known</source>
        <extracomment>the arrival or departure time is known and entered</extracomment>
        <translation>Відомо</translation>
    </message>
    <message>
        <source>Arrival time known</source>
        <translation>Час прибуття відомий</translation>
    </message>
    <message>
        <source>Arrival time</source>
        <translation>Час прибуття</translation>
    </message>
    <message>
        <source>Departure time known</source>
        <translation>Час від’їзду відомий</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>Час від’їзду</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no institution chosen</extracomment>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>e.g. Ukraine</source>
        <translation>напр. Україна</translation>
    </message>
</context>
<context>
    <name>ParticipantExport</name>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається записати файл %1: %2</translation>
    </message>
</context>
<context>
    <name>ParticipantImport</name>
    <message>
        <source>Reading the people</source>
        <translation>Читання осіб</translation>
    </message>
    <message>
        <source>No column holds the participants' names: one headed "Family name" ("Nazwisko", "Прізвище") or "Full name" is needed.</source>
        <translation>Жоден стовпець не містить імен учасників: потрібен стовпець «Прізвище» («Nazwisko», «Family name») або «Ім’я та прізвище».</translation>
    </message>
    <message>
        <source>"%1" is not a country: write a code such as UA or PL.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>«%1» — це не країна: впишіть код на зразок UA чи PL.</translation>
    </message>
    <message>
        <source>"%1" is not a role such as "Delegation member".</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>«%1» — це не роль на зразок «Член делегації».</translation>
    </message>
    <message>
        <source>"%1" is not a day and time such as 2026-05-19 14:30 or 19.05.2026 14:30.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>«%1» — це не дата й час на зразок 2026-05-19 14:30 чи 19.05.2026 14:30.</translation>
    </message>
    <message>
        <source>Importing the participants</source>
        <translation>Імпорт учасників</translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message>
        <source>Participant list</source>
        <extracomment>above the visit's title</extracomment>
        <translation>Список учасників</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <extracomment>under the visit's header: how many take part</extracomment>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>No participants entered yet.</source>
        <extracomment>a list without participants</extracomment>
        <translation>Учасників ще не внесено.</translation>
    </message>
    <message>
        <source>No.</source>
        <extracomment>a column of the participant list: the number of a row</extracomment>
        <translation>№</translation>
    </message>
    <message>
        <source>Name</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Institution</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Position</source>
        <extracomment>a column of the participant list: the person's job</extracomment>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>a column of the participant list: a country code such as UA</extracomment>
        <translation>Країна</translation>
    </message>
    <message>
        <source>E-mail</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Phone</source>
        <extracomment>a column of the participant list</extracomment>
        <translation>Телефон</translation>
    </message>
    <message>
        <source>Delegation leadership</source>
        <extracomment>a heading of the participant list, over the delegation's leader or leaders</extracomment>
        <translation>Керівництво делегації</translation>
    </message>
    <message>
        <source>Delegation members</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Члени делегації</translation>
    </message>
    <message>
        <source>Hosts</source>
        <extracomment>a heading of the participant list, over the people of the hosting institution</extracomment>
        <translation>Приймаюча сторона</translation>
    </message>
    <message>
        <source>Presenters</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Доповідачі</translation>
    </message>
    <message>
        <source>Moderators</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Модератори</translation>
    </message>
    <message>
        <source>Interpreters</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Перекладачі</translation>
    </message>
    <message>
        <source>Guides and drivers</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Гіди та водії</translation>
    </message>
    <message>
        <source>Organisers</source>
        <extracomment>a heading of the participant list</extracomment>
        <translation>Організатори</translation>
    </message>
</context>
<context>
    <name>ParticipantListModel</name>
    <message>
        <source>Accessibility: %1</source>
        <extracomment>%1 is what a participant needs, e.g. "wheelchair access"</extracomment>
        <translation>Доступність: %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Роль</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Arrival</source>
        <translation>Прибуття</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>Від’їзд</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Проживання</translation>
    </message>
    <message>
        <source>Diet</source>
        <translation>Дієта</translation>
    </message>
</context>
<context>
    <name>ParticipantRepository</name>
    <message>
        <source>Saving the participant</source>
        <translation>Збереження учасника</translation>
    </message>
    <message>
        <source>Reading the participant</source>
        <translation>Читання учасника</translation>
    </message>
    <message>
        <source>Participant %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Учасник %1</translation>
    </message>
    <message>
        <source>Deleting the participant</source>
        <translation>Видалення учасника</translation>
    </message>
    <message>
        <source>Reading the participants</source>
        <translation>Читання списку учасників</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Візит %1</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Особа %1</translation>
    </message>
    <message>
        <source>Person: %1 is already a participant of this visit.</source>
        <extracomment>%1 is a person's name</extracomment>
        <translation>Особа: %1 вже є учасником цього візиту.</translation>
    </message>
</context>
<context>
    <name>ParticipantRole</name>
    <message>
        <source>Delegation leader</source>
        <translation>Керівник делегації</translation>
    </message>
    <message>
        <source>Delegation member</source>
        <translation>Член делегації</translation>
    </message>
    <message>
        <source>Host</source>
        <comment>a person from the hosting institution</comment>
        <translation>Приймаюча сторона</translation>
    </message>
    <message>
        <source>Presenter</source>
        <translation>Доповідач</translation>
    </message>
    <message>
        <source>Moderator</source>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <translation>Перекладач</translation>
    </message>
    <message>
        <source>Guide or driver</source>
        <translation>Гід або водій</translation>
    </message>
    <message>
        <source>Organiser</source>
        <translation>Організатор</translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message>
        <source>Search people by name (in any script), institution or e-mail</source>
        <translation>Шукати осіб за ім’ям (будь-якою абеткою), установою або електронною адресою</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Пошук осіб</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>&amp;Add Person…</source>
        <translation>&amp;Додати особу…</translation>
    </message>
    <message>
        <source>No people yet</source>
        <translation>Осіб ще немає</translation>
    </message>
    <message>
        <source>Add the delegates, hosts, presenters and interpreters who take part in visits, with their institution, languages, diet and accessibility needs. Their visits will be shown beside them.</source>
        <translation>Додайте членів делегацій, приймаючу сторону, доповідачів і перекладачів, які беруть участь у візитах, — з установою, мовами, дієтою та потребами доступності. Поруч із кожною особою ви побачите її візити.</translation>
    </message>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n особа</numerusform>
            <numerusform>%n особи</numerusform>
            <numerusform>%n осіб</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <extracomment>%1 people are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 з %n особи</numerusform>
            <numerusform>%1 з %n осіб</numerusform>
            <numerusform>%1 з %n осіб</numerusform>
        </translation>
    </message>
    <message>
        <source>In Latin script:</source>
        <translation>Латиницею:</translation>
    </message>
    <message>
        <source>Country:</source>
        <translation>Країна:</translation>
    </message>
    <message>
        <source>Languages:</source>
        <translation>Мови:</translation>
    </message>
    <message>
        <source>Diet:</source>
        <translation>Дієта:</translation>
    </message>
    <message>
        <source>Accessibility needs:</source>
        <translation>Потреби щодо доступності:</translation>
    </message>
    <message>
        <source>Consent given on:</source>
        <extracomment>consent to keeping their personal data</extracomment>
        <translation>Згоду на обробку даних надано:</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>не зазначено</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Not in any visit yet.</source>
        <translation>Ще не бере участі в жодному візиті.</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <extracomment>%1 the visit's days, %2 its title, %3 the person's role in it</extracomment>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>Edit person ‘%1’</source>
        <translation>Редагування особи «%1»</translation>
    </message>
    <message>
        <source>Delete Person</source>
        <translation>Видалення особи</translation>
    </message>
    <message numerus="yes">
        <source>They take part in %n visit(s); they will be removed from those participant lists.</source>
        <translation>
            <numerusform>Ця особа бере участь у %n візиті; її буде вилучено зі списків учасників.</numerusform>
            <numerusform>Ця особа бере участь у %n візитах; її буде вилучено зі списків учасників.</numerusform>
            <numerusform>Ця особа бере участь у %n візитах; її буде вилучено зі списків учасників.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They present, moderate or interpret in %n session(s); those sessions will stay, without them.</source>
        <translation>
            <numerusform>Виступає доповідачем, модератором або перекладачем у %n пункті програми; він залишиться, але без цієї особи.</numerusform>
            <numerusform>Виступає доповідачем, модератором або перекладачем у %n пунктах програми; вони залишаться, але без цієї особи.</numerusform>
            <numerusform>Виступає доповідачем, модератором або перекладачем у %n пунктах програми; вони залишаться, але без цієї особи.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They coordinate %n visit(s); those visits will stay, with no coordinator.</source>
        <translation>
            <numerusform>Ця особа координує візити (%n); вони залишаться без координатора.</numerusform>
            <numerusform>Ця особа координує візити (%n); вони залишаться без координатора.</numerusform>
            <numerusform>Ця особа координує візити (%n); вони залишаться без координатора.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete the person ‘%1’?</source>
        <translation>Видалити особу «%1»?</translation>
    </message>
    <message>
        <source>Delete person ‘%1’</source>
        <translation>Видалення особи «%1»</translation>
    </message>
    <message>
        <source>Export Personal Data…</source>
        <extracomment>exports everything Wizyta keeps about the selected person, e.g. when they ask for it</extracomment>
        <translation>Експортувати персональні дані…</translation>
    </message>
    <message>
        <source>Save everything stored about this person as a JSON file, for example when they ask for it</source>
        <translation>Зберегти все, що зберігається про цю особу, як файл JSON, напр. коли вона про це попросить</translation>
    </message>
    <message>
        <source>Export Personal Data</source>
        <translation>Експорт персональних даних</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>Файли JSON (*.json)</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається записати файл %1: %2</translation>
    </message>
    <message>
        <source>Details of the person</source>
        <translation>Відомості про особу</translation>
    </message>
</context>
<context>
    <name>PersonDialog</name>
    <message>
        <source>Add person ‘%1’</source>
        <translation>Додавання особи «%1»</translation>
    </message>
    <message>
        <source>Institution: "%1" is not in the list. Choose one of the institutions, or add it on the Institutions page first.</source>
        <extracomment>%1 is the text typed in the Institution box</extracomment>
        <translation>Установа: «%1» немає у списку. Виберіть одну з установ або спершу додайте її на сторінці «Установи».</translation>
    </message>
    <message>
        <source>Edit Person</source>
        <translation>Редагування особи</translation>
    </message>
    <message>
        <source>New Person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>&amp;Given name:</source>
        <translation>&amp;Ім’я:</translation>
    </message>
    <message>
        <source>&amp;Family name:</source>
        <translation>&amp;Прізвище:</translation>
    </message>
    <message>
        <source>&amp;Institution:</source>
        <translation>&amp;Установа:</translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation>П&amp;осада:</translation>
    </message>
    <message>
        <source>C&amp;ountry:</source>
        <translation>&amp;Країна:</translation>
    </message>
    <message>
        <source>Lang&amp;uages:</source>
        <translation>&amp;Мови:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Ел. пошта:</translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation>&amp;Телефон:</translation>
    </message>
    <message>
        <source>&amp;Diet:</source>
        <translation>&amp;Дієта:</translation>
    </message>
    <message>
        <source>Diet &amp;note:</source>
        <translation>Примітка до ді&amp;єти:</translation>
    </message>
    <message>
        <source>&amp;Accessibility needs:</source>
        <translation>Потреби щодо до&amp;ступності:</translation>
    </message>
    <message>
        <source>Personal data:</source>
        <extracomment>the row holding "Consent given on" and its date</extracomment>
        <translation>Персональні дані:</translation>
    </message>
    <message>
        <source>Note&amp;s:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>as in the passport, for badges and bookings</source>
        <extracomment>the name in Latin script, when the person writes theirs in Cyrillic or another script</extracomment>
        <translation>як у паспорті — для бейджів і бронювань</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>the empty choice of the Institution box</extracomment>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>e.g. social worker, director</source>
        <translation>напр. соціальний працівник, директор</translation>
    </message>
    <message>
        <source>e.g. allergic to nuts</source>
        <translation>напр. алергія на горіхи</translation>
    </message>
    <message>
        <source>&amp;Consent given on</source>
        <extracomment>consent to their personal data being kept; a date follows</extracomment>
        <translation>&amp;Згоду надано</translation>
    </message>
    <message>
        <source>Consent date</source>
        <translation>Дата згоди</translation>
    </message>
    <message>
        <source>e.g. Ukraine</source>
        <translation>напр. Україна</translation>
    </message>
    <message>
        <source>e.g. Ukrainian, Polish, English</source>
        <extracomment>names of languages as the list offers them, separated by commas</extracomment>
        <translation>напр. українська, польська, англійська</translation>
    </message>
    <message>
        <source>Given name in &amp;Latin script:</source>
        <translation>Ім’я &amp;латиницею:</translation>
    </message>
    <message>
        <source>Family name in Latin scrip&amp;t:</source>
        <translation>Прізвище лати&amp;ницею:</translation>
    </message>
</context>
<context>
    <name>PersonListModel</name>
    <message>
        <source>Name</source>
        <translation>Ім’я та прізвище</translation>
    </message>
    <message>
        <source>Institution</source>
        <translation>Установа</translation>
    </message>
    <message>
        <source>Position</source>
        <translation>Посада</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Країна</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Ел. пошта</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>Name in Latin script</source>
        <translation>Ім’я та прізвище латиницею</translation>
    </message>
</context>
<context>
    <name>PersonRepository</name>
    <message>
        <source>Saving the person</source>
        <translation>Збереження особи</translation>
    </message>
    <message>
        <source>Reading the person</source>
        <translation>Читання особи</translation>
    </message>
    <message>
        <source>Person %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Особа %1</translation>
    </message>
    <message>
        <source>Deleting the person</source>
        <translation>Видалення особи</translation>
    </message>
    <message>
        <source>Reading the people</source>
        <translation>Читання списку осіб</translation>
    </message>
    <message>
        <source>Reading the person's visits</source>
        <translation>Читання візитів особи</translation>
    </message>
    <message>
        <source>Reading where the person is named</source>
        <translation>З’ясовування, де згадано особу</translation>
    </message>
</context>
<context>
    <name>PersonValidator</name>
    <message>
        <source>Family name: a person needs a family name.</source>
        <translation>Прізвище: особа повинна мати прізвище.</translation>
    </message>
    <message>
        <source>Country: use the two-letter country code, for example PL or UA.</source>
        <translation>Країна: використовуйте дволітерний код країни, наприклад PL або UA.</translation>
    </message>
    <message>
        <source>E-mail: "%1" does not look like an e-mail address (for example olena.kovalenko@example.org).</source>
        <extracomment>%1 is what was entered as an e-mail address</extracomment>
        <translation>Ел. пошта: «%1» не схоже на адресу електронної пошти (наприклад, olena.kovalenko@example.org).</translation>
    </message>
    <message>
        <source>Languages: "%1" is not a two-letter language code in lower case (for example pl, uk, en).</source>
        <extracomment>%1 is what was entered as a language code</extracomment>
        <translation>Мови: «%1» не є дволітерним кодом мови, записаним малими літерами (наприклад, pl, uk, en).</translation>
    </message>
</context>
<context>
    <name>PersonalData</name>
    <message>
        <source>The visit is not over yet (its last day is %1): its participants' details are still needed.</source>
        <extracomment>%1 is the visit's last day</extracomment>
        <translation>Візит ще не завершився (його останній день — %1): дані учасників досі потрібні.</translation>
    </message>
    <message>
        <source>Erasing personal data</source>
        <translation>Видалення персональних даних</translation>
    </message>
    <message>
        <source>Reading the person's data</source>
        <translation>Читання даних особи</translation>
    </message>
</context>
<context>
    <name>PlaceholderPage</name>
    <message>
        <source>No database is open</source>
        <translation>Жодну базу даних не відкрито</translation>
    </message>
    <message>
        <source>Create a database with File › New Database, or open one with File › Open Database.</source>
        <translation>Створіть базу даних командою Файл › Нова база даних або відкрийте наявну командою Файл › Відкрити базу даних.</translation>
    </message>
</context>
<context>
    <name>PlanMeetingCommand</name>
    <message>
        <source>Adds an exchange group's next meeting as a draft: the member that has waited longest hosts, the usual interval after the last meeting, off weekends and public holidays. Prints the new visit's id, host and days.</source>
        <translation>Додає чернетку наступної зустрічі групи обміну: приймає учасник, який чекає найдовше, у звичний проміжок після останньої зустрічі, поза вихідними та святковими днями. Виводить ідентифікатор нового візиту, приймаючу сторону й дні.</translation>
    </message>
    <message>
        <source>plan-meeting needs --group ID; list groups shows the ids.</source>
        <extracomment>"--group ID" and "list groups" stay as they are</extracomment>
        <translation>plan-meeting потребує --group ID; ідентифікатори показує list groups.</translation>
    </message>
    <message>
        <source>--%1: "%2" is not an id.</source>
        <extracomment>%1 is an option name, %2 what the user typed</extracomment>
        <translation>--%1: «%2» — не ідентифікатор.</translation>
    </message>
    <message>
        <source>--first-day: "%1" is not a day; write it as 2026-05-19.</source>
        <extracomment>%1 is what the user typed</extracomment>
        <translation>--first-day: «%1» — не дата; запишіть її як 2026-05-19.</translation>
    </message>
</context>
<context>
    <name>PlanMeetingDialog</name>
    <message>
        <source>Last day: the meeting cannot end before it starts.</source>
        <translation>Останній день: зустріч не може закінчитися раніше, ніж почнеться.</translation>
    </message>
    <message>
        <source>has not hosted yet</source>
        <extracomment>after a member's name in the list of possible hosts</extracomment>
        <translation>ще не приймала зустрічі</translation>
    </message>
    <message>
        <source>last hosted %1</source>
        <extracomment>after a member's name in the list of possible hosts; %1 is a date</extracomment>
        <translation>востаннє приймала %1</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 is an institution, %2 when it last hosted the group's meeting</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Proposed host: the member that has waited longest.</source>
        <translation>Запропонована приймаюча сторона: учасник, який чекає найдовше.</translation>
    </message>
    <message>
        <source>Due on %1, the group's usual interval after its last meeting.</source>
        <extracomment>%1 is a date</extracomment>
        <translation>Термін: %1 — звичайний проміжок групи після її останньої зустрічі.</translation>
    </message>
    <message>
        <source>Moved off the weekend and the public holidays in %1.</source>
        <extracomment>%1 is a country's name</extracomment>
        <translation>Перенесено з вихідних і державних свят (%1).</translation>
    </message>
    <message>
        <source>Moved off the weekend.</source>
        <translation>Перенесено з вихідних.</translation>
    </message>
    <message>
        <source>The meeting is added as a draft, the other members invited; then build its programme.</source>
        <translation>Зустріч буде додано як чернетку із запрошеними іншими учасниками; потім складіть її програму.</translation>
    </message>
    <message>
        <source>Plan Next Meeting of %1</source>
        <extracomment>%1 is the exchange group's name</extracomment>
        <translation>Наступна зустріч: %1</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Приймаюча сторона:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>П&amp;ерший день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Останній день:</translation>
    </message>
    <message>
        <source>Why these days</source>
        <translation>Чому ці дні</translation>
    </message>
    <message>
        <source>&amp;Plan Meeting</source>
        <translation>&amp;Запланувати зустріч</translation>
    </message>
</context>
<context>
    <name>PlanningSettingsDialog</name>
    <message>
        <source> min</source>
        <extracomment>after a number of minutes, with its leading space: "15 min"</extracomment>
        <translation> хв</translation>
    </message>
    <message>
        <source>Planning Settings</source>
        <translation>Налаштування планування</translation>
    </message>
    <message>
        <source>Change planning settings</source>
        <translation>Зміна налаштувань планування</translation>
    </message>
    <message>
        <source>Row %1: %2</source>
        <extracomment>%1 is a row number of the travel-time table, %2 what is wrong with that row</extracomment>
        <translation>Рядок %1: %2</translation>
    </message>
    <message>
        <source>these two cities are already in row %1; keep one of the two rows.</source>
        <extracomment>%1 is a row number of the travel-time table</extracomment>
        <translation>ці два міста вже є в рядку %1; залиште лише один із цих рядків.</translation>
    </message>
    <message>
        <source>Travel &amp;within a city:</source>
        <translation>Переїзд у &amp;межах міста:</translation>
    </message>
    <message>
        <source>Travel between &amp;cities, unless listed below:</source>
        <translation>Переї&amp;зд між містами, якщо не вказано нижче:</translation>
    </message>
    <message>
        <source>An &amp;interpreter works without a break for at most:</source>
        <translation>&amp;Перекладач працює без перерви щонайбільше:</translation>
    </message>
    <message>
        <source>Between &amp;these cities:</source>
        <extracomment>before the table of travel times between pairs of cities</extracomment>
        <translation>Між &amp;цими містами:</translation>
    </message>
    <message>
        <source>First city</source>
        <extracomment>columns of the travel-time table; a time applies both ways, and messages about a row name its cities "first city" and "second city"</extracomment>
        <translation>Перше місто</translation>
    </message>
    <message>
        <source>Second city</source>
        <translation>Друге місто</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Хвилини</translation>
    </message>
    <message>
        <source>Travel times between pairs of cities</source>
        <translation>Час переїзду між парами міст</translation>
    </message>
    <message>
        <source>&amp;Add Pair</source>
        <translation>&amp;Додати пару</translation>
    </message>
    <message>
        <source>&amp;Remove Pair</source>
        <translation>&amp;Вилучити пару</translation>
    </message>
    <message>
        <source>Used to warn when there is not enough time to travel between two sessions in different cities.</source>
        <translation>Використовується, щоб попередити, коли між двома пунктами програми в різних містах замало часу на переїзд.</translation>
    </message>
</context>
<context>
    <name>PrintedDocument</name>
    <message>
        <source>Printed %1</source>
        <extracomment>in the footer of each page of a printed document; %1 is a day, e.g. "Printed 12 May 2026"</extracomment>
        <translation>Надруковано %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <extracomment>in the footer of each page of a printed document: "Page 2 of 5"</extracomment>
        <translation>Сторінка %1 з %2</translation>
    </message>
    <message>
        <source>A document is printed in one language or in two, e.g. uk or pl,uk.</source>
        <translation>Документ друкується однією мовою або двома, напр. uk чи pl,uk.</translation>
    </message>
    <message>
        <source>"%1" is not a language code such as pl, uk or en.</source>
        <extracomment>%1 is what was given as a language</extracomment>
        <translation>«%1» не є кодом мови, як-от pl, uk або en.</translation>
    </message>
    <message>
        <source>A document in two languages needs two different ones, not %1 twice.</source>
        <extracomment>%1 is a language code such as uk</extracomment>
        <translation>Документ двома мовами потребує двох різних мов, а не двічі %1.</translation>
    </message>
</context>
<context>
    <name>ProgrammeDocument</name>
    <message>
        <source>Programme</source>
        <extracomment>above the visit's title</extracomment>
        <translation>Програма візиту</translation>
    </message>
    <message>
        <source>Nothing planned.</source>
        <extracomment>under a day with no session</extracomment>
        <translation>Нічого не заплановано.</translation>
    </message>
    <message>
        <source>No sessions planned yet.</source>
        <extracomment>a programme without any session</extracomment>
        <translation>Пунктів програми ще не заплановано.</translation>
    </message>
    <message>
        <source>Venue:</source>
        <extracomment>where a session takes place</extracomment>
        <translation>Місце:</translation>
    </message>
    <message>
        <source>Presented by:</source>
        <extracomment>the people presenting a session, e.g. "Presented by: Anna Nowak, Jan Kowalski"</extracomment>
        <translation>Доповідачі:</translation>
    </message>
    <message>
        <source>Moderated by:</source>
        <extracomment>the person moderating a session</extracomment>
        <translation>Модератор:</translation>
    </message>
    <message>
        <source>Interpretation:</source>
        <extracomment>how a session is interpreted, e.g. "Interpretation: Polish → Ukrainian, consecutive (Olena Kravets)"</extracomment>
        <translation>Переклад:</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <extracomment>under a session running past midnight; %1 is a day and a time, e.g. "Wednesday, 20 May 2026 01:00"</extracomment>
        <translation>Закінчення: %1</translation>
    </message>
</context>
<context>
    <name>ProgrammeImport</name>
    <message>
        <source>Reading the programme</source>
        <translation>Читання програми</translation>
    </message>
    <message>
        <source>A programme needs the columns date, start, end and title ("data", "początek", "koniec", "tytuł"; "дата", "початок", "кінець", "назва").</source>
        <translation>Програма потребує стовпців дата, початок, кінець і назва («дата», «початок», «кінець», «назва»; «data», «początek», «koniec», «tytuł»).</translation>
    </message>
    <message>
        <source>"%1" is not a day such as 2026-05-19 or 19.05.2026.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>«%1» — це не дата на зразок 2026-05-19 чи 19.05.2026.</translation>
    </message>
    <message>
        <source>"%1" is not a time such as 9:00 or 14:30.</source>
        <extracomment>%1 is what the cell holds</extracomment>
        <translation>«%1» — це не час на зразок 9:00 чи 14:30.</translation>
    </message>
    <message>
        <source>%1 is not a day of the visit (%2 to %3).</source>
        <extracomment>%1 is a day, %2 and %3 the visit's first and last day</extracomment>
        <translation>%1 — не день візиту (з %2 по %3).</translation>
    </message>
    <message>
        <source>Importing the programme</source>
        <translation>Імпорт програми</translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message>
        <source>Whole delegation</source>
        <translation>Уся делегація</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a person and their role in a session, e.g. "Anna Nowak (Presenter)"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>День</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Час</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Venue</source>
        <translation>Місце</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Населений пункт</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Особи</translation>
    </message>
    <message>
        <source>Audience</source>
        <translation>Учасники</translation>
    </message>
</context>
<context>
    <name>ProgrammeRepository</name>
    <message>
        <source>Saving the session</source>
        <translation>Збереження пункту програми</translation>
    </message>
    <message>
        <source>Session %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Пункт програми %1</translation>
    </message>
    <message>
        <source>Deleting the session</source>
        <translation>Видалення пункту програми</translation>
    </message>
    <message>
        <source>Moving the session</source>
        <translation>Перенесення пункту програми</translation>
    </message>
    <message>
        <source>Reading the programme</source>
        <translation>Читання програми візиту</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Візит %1</translation>
    </message>
    <message>
        <source>Venue: the institution chosen does not exist (any more).</source>
        <translation>Місце: вибраної установи (вже) не існує.</translation>
    </message>
    <message>
        <source>People: a person chosen does not exist (any more).</source>
        <translation>Особи: однієї з вибраних осіб (вже) не існує.</translation>
    </message>
    <message>
        <source>Audience: a participant chosen is not in this visit (any more).</source>
        <translation>Учасники: один із вибраних учасників (вже) не бере участі в цьому візиті.</translation>
    </message>
</context>
<context>
    <name>ProjectDialog</name>
    <message>
        <source>Total value: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250 000,50</extracomment>
        <translation>Загальна вартість: «%1» не є сумою; запишіть її, наприклад, так: %2.</translation>
    </message>
    <message>
        <source>Co-financing: "%1" is not an amount; write it like %2.</source>
        <extracomment>%1 is what was typed, %2 an example amount such as 1 250 000,50</extracomment>
        <translation>Співфінансування: «%1» не є сумою; запишіть її, наприклад, так: %2.</translation>
    </message>
    <message>
        <source>Edit Funding Project</source>
        <translation>Редагування проєкту</translation>
    </message>
    <message>
        <source>New Funding Project</source>
        <translation>Новий проєкт</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>A&amp;cronym:</source>
        <translation>&amp;Акронім:</translation>
    </message>
    <message>
        <source>&amp;Funder:</source>
        <translation>&amp;Донор:</translation>
    </message>
    <message>
        <source>A&amp;greement number:</source>
        <translation>Номер &amp;угоди:</translation>
    </message>
    <message>
        <source>Perio&amp;d:</source>
        <extracomment>before two rows: "from [date]" and "until [date]"</extracomment>
        <translation>&amp;Період реалізації:</translation>
    </message>
    <message>
        <source>fro&amp;m</source>
        <extracomment>the first day of a funding project's period follows; unchecked when it is not known</extracomment>
        <translation>&amp;з</translation>
    </message>
    <message>
        <source>&amp;until</source>
        <extracomment>the last day of a funding project's period follows; unchecked when it is not known</extracomment>
        <translation>д&amp;о</translation>
    </message>
    <message>
        <source>First day of the project</source>
        <translation>Перший день проєкту</translation>
    </message>
    <message>
        <source>Last day of the project</source>
        <translation>Останній день проєкту</translation>
    </message>
    <message>
        <source>Cu&amp;rrency:</source>
        <translation>&amp;Валюта:</translation>
    </message>
    <message>
        <source>A three-letter code, such as PLN or EUR</source>
        <translation>Трилітерний код, наприклад PLN або EUR</translation>
    </message>
    <message>
        <source>&amp;Total value:</source>
        <translation>За&amp;гальна вартість:</translation>
    </message>
    <message>
        <source>Co-f&amp;inancing:</source>
        <translation>Співф&amp;інансування:</translation>
    </message>
    <message>
        <source>&amp;Partners:</source>
        <translation>Па&amp;ртнери:</translation>
    </message>
    <message>
        <source>Filter partner institutions</source>
        <translation>Фільтрувати установи-партнери</translation>
    </message>
    <message>
        <source>Partner institutions</source>
        <translation>Установи-партнери</translation>
    </message>
    <message>
        <source>Logo:</source>
        <translation>Логотип:</translation>
    </message>
    <message>
        <source>Logo preview</source>
        <translation>Попередній перегляд логотипа</translation>
    </message>
    <message>
        <source>Choose &amp;logo…</source>
        <translation>Вибрати &amp;логотип…</translation>
    </message>
    <message>
        <source>R&amp;emove logo</source>
        <translation>Вилу&amp;чити логотип</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>e.g. European Social Fund Plus, Norway Grants</source>
        <translation>напр. Європейський соціальний фонд плюс, Норвезькі гранти</translation>
    </message>
    <message>
        <source>Images (%1)</source>
        <extracomment>%1 is a list of file name patterns such as *.png *.jpg</extracomment>
        <translation>Зображення (%1)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Усі файли (*)</translation>
    </message>
    <message>
        <source>Choose Logo</source>
        <extracomment>%1 is a file name, %2 the reason from the system
----------
%1 is a file name</extracomment>
        <translation>Вибір логотипа</translation>
    </message>
    <message>
        <source>The file %1 could not be read: %2</source>
        <translation>Не вдалося прочитати файл %1: %2</translation>
    </message>
    <message>
        <source>%1 is not a picture Wizyta can show. Choose a PNG, JPEG or other image file.</source>
        <translation>%1 не є зображенням, яке Wizyta може показати. Виберіть файл PNG, JPEG або інше зображення.</translation>
    </message>
    <message>
        <source>No logo</source>
        <translation>Логотипа немає</translation>
    </message>
</context>
<context>
    <name>ProjectListModel</name>
    <message>
        <source>from %1</source>
        <extracomment>a funding project's period with no known end; %1 is a date such as 1 May 2026</extracomment>
        <translation>з %1</translation>
    </message>
    <message>
        <source>until %1</source>
        <extracomment>a funding project's period with no known start; %1 is a date such as 31 December 2027</extracomment>
        <translation>до %1</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Acronym</source>
        <translation>Акронім</translation>
    </message>
    <message>
        <source>Funder</source>
        <translation>Донор</translation>
    </message>
    <message>
        <source>Period</source>
        <extracomment>the days a funding project runs</extracomment>
        <translation>Період реалізації</translation>
    </message>
    <message>
        <source>Budget</source>
        <translation>Бюджет</translation>
    </message>
    <message>
        <source>Visits</source>
        <extracomment>how many visits a funding project pays for</extracomment>
        <translation>Візити</translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message>
        <source>Search funding projects by name, acronym or funder</source>
        <translation>Шукати проєкти за назвою, акронімом або донором</translation>
    </message>
    <message>
        <source>Search funding projects</source>
        <translation>Пошук проєктів</translation>
    </message>
    <message>
        <source>Funding projects</source>
        <translation>Проєкти фінансування</translation>
    </message>
    <message>
        <source>&amp;Add Funding Project…</source>
        <translation>&amp;Додати проєкт…</translation>
    </message>
    <message>
        <source>No funding projects yet</source>
        <translation>Проєктів ще немає</translation>
    </message>
    <message>
        <source>Add the projects that pay for visits (an EU social fund call, Norway grants, a ministry, an embassy) with their period, budget and partners. Each visit can then name the project that funds it, and the project's figures and logo go into its reports.</source>
        <translation>Додайте проєкти, з яких фінансуються візити (конкурс фондів ЄС, Норвезькі гранти, міністерство, посольство), із періодом реалізації, бюджетом і партнерами. Тоді кожен візит зможе вказати проєкт, що його фінансує, а дані й логотип проєкту потраплять до звітів.</translation>
    </message>
    <message numerus="yes">
        <source>%n funding project(s)</source>
        <translation>
            <numerusform>%n проєкт</numerusform>
            <numerusform>%n проєкти</numerusform>
            <numerusform>%n проєктів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n funding project(s)</source>
        <extracomment>%1 funding projects are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 з %n проєкту</numerusform>
            <numerusform>%1 з %n проєктів</numerusform>
            <numerusform>%1 з %n проєктів</numerusform>
        </translation>
    </message>
    <message>
        <source>Funder:</source>
        <translation>Донор:</translation>
    </message>
    <message>
        <source>Agreement number:</source>
        <translation>Номер угоди:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Період реалізації:</translation>
    </message>
    <message>
        <source>Budget:</source>
        <translation>Бюджет:</translation>
    </message>
    <message>
        <source>Co-financing:</source>
        <translation>Співфінансування:</translation>
    </message>
    <message>
        <source>Partners</source>
        <translation>Партнери</translation>
    </message>
    <message>
        <source>No partner institutions are recorded.</source>
        <translation>Установи-партнери не записані.</translation>
    </message>
    <message>
        <source>Visits funded</source>
        <translation>Профінансовані візити</translation>
    </message>
    <message>
        <source>No visit names this project as its funding yet.</source>
        <translation>Жоден візит ще не вказує цей проєкт як джерело фінансування.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>%1 the days of a visit, %2 its title</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Add funding project ‘%1’</source>
        <translation>Додавання проєкту «%1»</translation>
    </message>
    <message>
        <source>Funding Projects</source>
        <translation>Проєкти фінансування</translation>
    </message>
    <message>
        <source>Edit funding project ‘%1’</source>
        <translation>Редагування проєкту «%1»</translation>
    </message>
    <message>
        <source>Delete Funding Project</source>
        <translation>Видалення проєкту</translation>
    </message>
    <message>
        <source>Delete the funding project ‘%1’?</source>
        <translation>Видалити проєкт «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>It funds %n visit(s); they will stay, without a funding project:</source>
        <translation>
            <numerusform>З нього фінансуються візити (%n); вони залишаться без проєкту фінансування:</numerusform>
            <numerusform>З нього фінансуються візити (%n); вони залишаться без проєкту фінансування:</numerusform>
            <numerusform>З нього фінансуються візити (%n); вони залишаться без проєкту фінансування:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the end of a shortened list of visits</extracomment>
        <translation>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
            <numerusform>… і ще %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete funding project ‘%1’</source>
        <translation>Видалення проєкту «%1»</translation>
    </message>
    <message>
        <source>Details of the funding project</source>
        <translation>Відомості про проєкт фінансування</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>%1: %2 is not a time of day. Type hours 00–23 and minutes 00–59, such as 0930 or 9:30.</source>
        <extracomment>%1 is the field's name, e.g. "Start"; %2 what was typed in it, e.g. "25:75"</extracomment>
        <translation>%1: %2 — це не час доби. Введіть години 00–23 і хвилини 00–59, наприклад 0930 або 9:30.</translation>
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
            <numerusform>Поле «%1» містить %2 — у друкованих документах цього символу не буде видно: на його місці надрукується □.</numerusform>
            <numerusform>Поле «%1» містить %2 — у друкованих документах цих символів (%n) не буде видно: на їхньому місці надрукується □.</numerusform>
            <numerusform>Поле «%1» містить %2 — у друкованих документах цих символів (%n) не буде видно: на їхньому місці надрукується □.</numerusform>
        </translation>
    </message>
    <message>
        <source>Save anyway, or cancel and change them in the form?</source>
        <translation>Зберегти попри це чи скасувати й виправити у формі?</translation>
    </message>
    <message>
        <source>Characters That Cannot Be Printed</source>
        <translation>Символи, яких не можна надрукувати</translation>
    </message>
    <message>
        <source>Save &amp;Anyway</source>
        <translation>Зберегти &amp;попри це</translation>
    </message>
</context>
<context>
    <name>RecordListPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>В&amp;идалити</translation>
    </message>
</context>
<context>
    <name>RestoreBackupDialog</name>
    <message>
        <source>Restore Backup</source>
        <translation>Відновлення резервної копії</translation>
    </message>
    <message>
        <source>Choose the copy of %1 to go back to. Everything changed since that copy was made is replaced; the database as it is now is kept as a backup too, so this can be undone the same way.

Backups are kept in %2.</source>
        <extracomment>%1 is the database file, %2 the folder of its backups</extracomment>
        <translation>Виберіть копію бази %1, до якої слід повернутися. Усе, що змінено відтоді, буде замінено; поточну базу теж буде збережено як резервну копію, тож це можна скасувати так само.

Резервні копії зберігаються в теці %2.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>a backup in the list: %1 its day and time, %2 its size such as "1.2 MB"</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No backups yet: one is made each day the database is opened.</source>
        <translation>Резервних копій ще немає: копія створюється щодня, коли базу відкривають.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <extracomment>the button that puts the chosen backup in place of the database</extracomment>
        <translation>&amp;Відновити</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Резервні копії</translation>
    </message>
</context>
<context>
    <name>SampleData</name>
    <message>
        <source>Adding the sample visits</source>
        <translation>Додавання зразкових візитів</translation>
    </message>
    <message>
        <source>The sample visits are already in this database.</source>
        <translation>Зразкові візити вже є в цій базі даних.</translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message>
        <source>Venue: “%1” is not in the list. Choose an institution from it, enter a new one with “New Institution…”, or clear the text and give the address.</source>
        <extracomment>%1 is what was typed in the list of institutions</extracomment>
        <translation>Місце: «%1» немає у списку. Виберіть із нього установу, додайте нову кнопкою «Нова установа…» або очистіть поле і вкажіть адресу.</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Редагування пункту програми</translation>
    </message>
    <message>
        <source>Add Session</source>
        <translation>Новий пункт програми</translation>
    </message>
    <message>
        <source>Da&amp;y:</source>
        <translation>&amp;День:</translation>
    </message>
    <message>
        <source>&amp;Start:</source>
        <translation>&amp;Початок:</translation>
    </message>
    <message>
        <source>&amp;End:</source>
        <translation>&amp;Кінець:</translation>
    </message>
    <message numerus="yes">
        <source>&amp;End (%n day(s) later):</source>
        <translation>
            <numerusform>&amp;Кінець (через %n день):</numerusform>
            <numerusform>&amp;Кінець (через %n дні):</numerusform>
            <numerusform>&amp;Кінець (через %n днів):</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Venue:</source>
        <translation>&amp;Місце:</translation>
    </message>
    <message>
        <source>New &amp;Institution…</source>
        <translation>Нова &amp;установа…</translation>
    </message>
    <message>
        <source>Roo&amp;m:</source>
        <translation>&amp;Зала:</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>Адр&amp;еса:</translation>
    </message>
    <message>
        <source>&amp;City:</source>
        <translation>Населени&amp;й пункт:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>Мов&amp;а:</translation>
    </message>
    <message>
        <source>Inter&amp;pretation:</source>
        <translation>Перек&amp;лад:</translation>
    </message>
    <message>
        <source>Pe&amp;ople:</source>
        <translation>&amp;Особи:</translation>
    </message>
    <message>
        <source>Add Pe&amp;rson</source>
        <translation>Додати осо&amp;бу</translation>
    </message>
    <message>
        <source>A&amp;udience:</source>
        <translation>У&amp;часники:</translation>
    </message>
    <message>
        <source>&amp;Whole delegation</source>
        <translation>Уся деле&amp;гація</translation>
    </message>
    <message>
        <source>C&amp;hosen participants</source>
        <translation>&amp;Вибрані учасники</translation>
    </message>
    <message>
        <source>Participants attending</source>
        <translation>Присутні учасники</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>Опи&amp;с:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>e.g. Meeting with the director of the centre</source>
        <translation>напр. Зустріч із директором центру</translation>
    </message>
    <message>
        <source>when it differs from the venue's</source>
        <translation>якщо відрізняється від адреси установи</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no institution chosen as the venue</extracomment>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>%1 (new)</source>
        <extracomment>an institution entered in place, stored when the session is saved</extracomment>
        <translation>%1 (нова)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Особа</translation>
    </message>
    <message>
        <source>Role in the session</source>
        <translation>Роль у пункті програми</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove this person from the session</source>
        <translation>Вилучити цю особу з пункту програми</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <extracomment>a participant and their role in the visit, e.g. "Olena Kovalenko — Delegation member"</extracomment>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Опис</translation>
    </message>
    <message>
        <source>e.g. Polish</source>
        <translation>напр. польська</translation>
    </message>
    <message>
        <source>into, e.g. Ukrainian</source>
        <extracomment>the languages a session is interpreted into, beside the kind of interpretation</extracomment>
        <translation>на яку мову, напр. українська</translation>
    </message>
    <message>
        <source>Languages interpreted into</source>
        <translation>Мови, на які перекладають</translation>
    </message>
</context>
<context>
    <name>SessionEdits</name>
    <message>
        <source>Add session ‘%1’</source>
        <translation>Додавання пункту програми «%1»</translation>
    </message>
    <message>
        <source>Edit Session</source>
        <translation>Редагування пункту програми</translation>
    </message>
    <message>
        <source>Edit session ‘%1’</source>
        <translation>Редагування пункту програми «%1»</translation>
    </message>
    <message>
        <source>Move session ‘%1’</source>
        <translation>Перенесення пункту програми «%1»</translation>
    </message>
    <message>
        <source>Move Session</source>
        <translation>Перенесення пункту програми</translation>
    </message>
    <message>
        <source>Change length of session ‘%1’</source>
        <translation>Зміна тривалості пункту програми «%1»</translation>
    </message>
    <message>
        <source>Change Session Length</source>
        <translation>Зміна тривалості пункту програми</translation>
    </message>
    <message>
        <source>Delete session ‘%1’</source>
        <translation>Видалення пункту програми «%1»</translation>
    </message>
    <message>
        <source>Delete Session</source>
        <translation>Видалення пункту програми</translation>
    </message>
</context>
<context>
    <name>SessionKind</name>
    <message>
        <source>Presentation</source>
        <translation>Презентація</translation>
    </message>
    <message>
        <source>Panel discussion</source>
        <translation>Панельна дискусія</translation>
    </message>
    <message>
        <source>Workshop</source>
        <translation>Семінар-практикум</translation>
    </message>
    <message>
        <source>Site visit</source>
        <comment>visiting an institution</comment>
        <translation>Відвідування установи</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Зустріч</translation>
    </message>
    <message>
        <source>Meal</source>
        <translation>Прийом їжі</translation>
    </message>
    <message>
        <source>Transfer</source>
        <comment>travel between places</comment>
        <translation>Переїзд</translation>
    </message>
    <message>
        <source>Cultural programme</source>
        <translation>Культурна програма</translation>
    </message>
    <message>
        <source>Free time</source>
        <translation>Вільний час</translation>
    </message>
    <message>
        <source>Other</source>
        <comment>kind of session</comment>
        <translation>Інше</translation>
    </message>
</context>
<context>
    <name>SessionRole</name>
    <message>
        <source>Presenter</source>
        <comment>role in a session</comment>
        <translation>Доповідач</translation>
    </message>
    <message>
        <source>Moderator</source>
        <comment>role in a session</comment>
        <translation>Модератор</translation>
    </message>
    <message>
        <source>Interpreter</source>
        <comment>role in a session</comment>
        <translation>Перекладач</translation>
    </message>
</context>
<context>
    <name>SessionValidator</name>
    <message>
        <source>Start: enter when the session starts.</source>
        <translation>Початок: вкажіть, коли починається цей пункт програми.</translation>
    </message>
    <message>
        <source>Title: a session needs a title.</source>
        <translation>Назва: пункт програми повинен мати назву.</translation>
    </message>
    <message>
        <source>Title: "%1" is not a two-letter language code such as uk.</source>
        <extracomment>%1 is what was entered as a language code</extracomment>
        <translation>Назва: «%1» не є дволітерним кодом мови, як-от uk.</translation>
    </message>
    <message>
        <source>Description: "%1" is not a two-letter language code such as uk.</source>
        <extracomment>%1 is what was entered as a language code</extracomment>
        <translation>Опис: «%1» не є дволітерним кодом мови, як-от uk.</translation>
    </message>
    <message>
        <source>End: enter when the session ends.</source>
        <translation>Кінець: вкажіть, коли закінчується цей пункт програми.</translation>
    </message>
    <message>
        <source>End: the session ends at %1, before or when it starts (%2).</source>
        <extracomment>%1 and %2 are times of day, with the dates when the days differ</extracomment>
        <translation>Кінець: пункт програми закінчується о %1, тобто не пізніше, ніж починається (%2).</translation>
    </message>
    <message>
        <source>End: a session lasts at most 24 hours; this one starts at %1 and ends at %2.</source>
        <extracomment>%1 and %2 are dates with times of day</extracomment>
        <translation>Кінець: пункт програми може тривати щонайбільше 24 години; цей починається %1, а закінчується %2.</translation>
    </message>
    <message>
        <source>Language: use the two-letter language code, for example pl or uk.</source>
        <translation>Мова: використовуйте дволітерний код мови, наприклад pl або uk.</translation>
    </message>
    <message>
        <source>People: choose a person for each role.</source>
        <translation>Особи: виберіть особу для кожної ролі.</translation>
    </message>
    <message>
        <source>People: the same person is listed twice in the same role.</source>
        <translation>Особи: та сама особа вказана двічі в одній ролі.</translation>
    </message>
    <message>
        <source>Audience: choose each participant once.</source>
        <translation>Учасники: виберіть кожного учасника лише один раз.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Interpretation: "%1" is not a two-letter language code such as uk.</source>
        <extracomment>%1 is what was entered as a language code</extracomment>
        <translation>Переклад: «%1» не є дволітерним кодом мови, як-от uk.</translation>
    </message>
</context>
<context>
    <name>SettingsRepository</name>
    <message>
        <source>Reading the settings</source>
        <translation>Читання налаштувань</translation>
    </message>
    <message>
        <source>Content language: "%1" is not a two-letter language code (for example pl, uk or en).</source>
        <extracomment>%1 is what was entered as a language code</extracomment>
        <translation>Мова вмісту: «%1» не є дволітерним кодом мови (наприклад, pl, uk або en).</translation>
    </message>
    <message>
        <source>Travel within a city: enter zero or more minutes.</source>
        <translation>Переїзд у межах міста: вкажіть кількість хвилин, нуль або більше.</translation>
    </message>
    <message>
        <source>Travel between cities: enter zero or more minutes.</source>
        <translation>Переїзд між містами: вкажіть кількість хвилин, нуль або більше.</translation>
    </message>
    <message>
        <source>Interpreter works at most: enter more than zero minutes.</source>
        <translation>Перекладач працює щонайбільше: вкажіть кількість хвилин, більшу за нуль.</translation>
    </message>
    <message>
        <source>Reading the travel times</source>
        <translation>Читання часу переїздів</translation>
    </message>
    <message>
        <source>First city: enter the name of a city.</source>
        <translation>Перше місто: вкажіть назву міста.</translation>
    </message>
    <message>
        <source>Second city: enter the name of a city.</source>
        <translation>Друге місто: вкажіть назву міста.</translation>
    </message>
    <message>
        <source>Second city: it is the same as the first; travel within a city takes the same-city time.</source>
        <translation>Друге місто: те саме, що й перше; для переїздів у межах міста діє час переїзду в місті.</translation>
    </message>
    <message>
        <source>Minutes: enter zero or more minutes.</source>
        <translation>Хвилини: вкажіть кількість хвилин, нуль або більше.</translation>
    </message>
    <message>
        <source>Saving the travel time</source>
        <translation>Збереження часу переїзду</translation>
    </message>
    <message>
        <source>Deleting the travel time</source>
        <translation>Видалення часу переїзду</translation>
    </message>
    <message>
        <source>The travel time between %1 and %2</source>
        <extracomment>%1 and %2 are city names</extracomment>
        <translation>Час переїзду між містами %1 і %2</translation>
    </message>
    <message>
        <source>Saving the settings</source>
        <translation>Збереження налаштувань</translation>
    </message>
</context>
<context>
    <name>TableMemory</name>
    <message>
        <source>&amp;Fit Columns to Their Contents</source>
        <translation>&amp;Підігнати стовпці до вмісту</translation>
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
            <numerusform>%1: «%2» має %n символ; у двох рядках друку вміщується щонайбільше %3. Скоротіть текст.</numerusform>
            <numerusform>%1: «%2» має %n символи; у двох рядках друку вміщується щонайбільше %3. Скоротіть текст.</numerusform>
            <numerusform>%1: «%2» має %n символів; у двох рядках друку вміщується щонайбільше %3. Скоротіть текст.</numerusform>
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
        <translation>«%1» не є кодом мови ISO 639-1 (дві літери, наприклад uk, cs, no).</translation>
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
        <translation>Інша мова…</translation>
    </message>
    <message>
        <source>Add Language…</source>
        <translation>Додати мову…</translation>
    </message>
    <message>
        <source>Write this text in another language too</source>
        <translation>Введіть цей текст і іншою мовою</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove the text in %1</source>
        <extracomment>%1 is the name of a language, e.g. Українська</extracomment>
        <translation>Вилучити текст мовою: %1</translation>
    </message>
    <message>
        <source>Code of the language to add</source>
        <translation>Код мови, яку додати</translation>
    </message>
    <message>
        <source>ISO 639-1 code, e.g. no</source>
        <translation>код ISO 639-1, напр. no</translation>
    </message>
    <message>
        <source>Type the two-letter code and press Enter; Esc cancels</source>
        <translation>Введіть дволітерний код і натисніть Enter; Esc скасовує</translation>
    </message>
</context>
<context>
    <name>UserPrompts</name>
    <message>
        <source>%1 was saved in %2.</source>
        <extracomment>%1 is a file's name, %2 the folder it is in</extracomment>
        <translation>Файл %1 збережено в теці %2.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Відкрити</translation>
    </message>
    <message>
        <source>Show in &amp;Folder</source>
        <translation>Показати в &amp;теці</translation>
    </message>
</context>
<context>
    <name>VisitCopier</name>
    <message>
        <source>Copying the visit</source>
        <translation>Копіювання візиту</translation>
    </message>
    <message>
        <source>Choose the first day of the new visit.</source>
        <translation>Виберіть перший день нового візиту.</translation>
    </message>
    <message>
        <source>Copying the sessions</source>
        <translation>Копіювання пунктів програми</translation>
    </message>
    <message>
        <source>Choose the day the sessions are copied to.</source>
        <translation>Виберіть день, до якого буде скопійовано пункти програми.</translation>
    </message>
</context>
<context>
    <name>VisitCostsTab</name>
    <message>
        <source>Costs</source>
        <translation>Витрати</translation>
    </message>
    <message>
        <source>&amp;Add Cost…</source>
        <translation>&amp;Додати витрату…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Р&amp;едагувати…</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Вида&amp;лити</translation>
    </message>
    <message>
        <source>No costs yet: add the hotel, meals, interpreters and transport with “Add Cost…” (Insert).</source>
        <translation>Витрат ще немає: додайте готель, харчування, перекладачів і транспорт кнопкою «Додати витрату…» (Insert).</translation>
    </message>
    <message>
        <source>planned %1, actual %2</source>
        <extracomment>totals of a visit's costs in one currency: %1 the amount planned, %2 the amount spent</extracomment>
        <translation>заплановано %1, фактично %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 who pays (a project's acronym or "Own funds"), %2 how much</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Total: %1</source>
        <extracomment>%1 the totals per currency, e.g. "planned PLN 1,200.00, actual PLN 800.00"</extracomment>
        <translation>Разом: %1</translation>
    </message>
    <message>
        <source>Paid by: %1</source>
        <extracomment>%1 how much each funder pays, the actual amount where known, else the planned one</extracomment>
        <translation>Хто платить: %1</translation>
    </message>
    <message>
        <source>Add cost ‘%1’</source>
        <translation>Додати витрату «%1»</translation>
    </message>
    <message>
        <source>Edit Cost</source>
        <translation>Редагувати витрату</translation>
    </message>
    <message>
        <source>Edit cost ‘%1’</source>
        <translation>Редагувати витрату «%1»</translation>
    </message>
    <message>
        <source>Delete Cost</source>
        <translation>Видалити витрату</translation>
    </message>
    <message>
        <source>Delete the cost ‘%1’?</source>
        <translation>Видалити витрату «%1»?</translation>
    </message>
    <message>
        <source>Delete cost ‘%1’</source>
        <translation>Видалити витрату «%1»</translation>
    </message>
</context>
<context>
    <name>VisitDeletion</name>
    <message>
        <source>Delete Visit</source>
        <translation>Видалення візиту</translation>
    </message>
    <message>
        <source>Delete the visit ‘%1’?</source>
        <translation>Видалити візит «%1»?</translation>
    </message>
    <message numerus="yes">
        <source>Its %n participant(s) will be taken off it; the people stay recorded.</source>
        <translation>
            <numerusform>Учасників візиту (%n) буде вилучено зі списку; самих осіб буде збережено в базі.</numerusform>
            <numerusform>Учасників візиту (%n) буде вилучено зі списку; самих осіб буде збережено в базі.</numerusform>
            <numerusform>Учасників візиту (%n) буде вилучено зі списку; самих осіб буде збережено в базі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its programme of %n session(s) will be deleted.</source>
        <translation>
            <numerusform>Його програму з %n пункту буде видалено.</numerusform>
            <numerusform>Його програму з %n пунктів буде видалено.</numerusform>
            <numerusform>Його програму з %n пунктів буде видалено.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete visit ‘%1’</source>
        <translation>Видалення візиту «%1»</translation>
    </message>
</context>
<context>
    <name>VisitDialog</name>
    <message>
        <source>Add visit ‘%1’</source>
        <translation>Додавання візиту «%1»</translation>
    </message>
    <message>
        <source>“%1” is not in the list: choose one of the names it offers, or clear the text.</source>
        <extracomment>%1 is what was typed in a list of institutions or people</extracomment>
        <translation>«%1» немає у списку: виберіть одну із запропонованих назв або очистіть поле.</translation>
    </message>
    <message>
        <source>Edit Visit</source>
        <translation>Редагування візиту</translation>
    </message>
    <message>
        <source>New Visit</source>
        <translation>Новий візит</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Назва:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Тип:</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>&amp;Статус:</translation>
    </message>
    <message>
        <source>&amp;First day:</source>
        <translation>&amp;Перший день:</translation>
    </message>
    <message>
        <source>&amp;Last day:</source>
        <translation>&amp;Останній день:</translation>
    </message>
    <message>
        <source>Time &amp;zone:</source>
        <translation>&amp;Часовий пояс:</translation>
    </message>
    <message>
        <source>&amp;Host institution:</source>
        <translation>Приймаюча &amp;установа:</translation>
    </message>
    <message>
        <source>S&amp;ending institution:</source>
        <translation>Направ&amp;ляюча установа:</translation>
    </message>
    <message>
        <source>Sending c&amp;ountry:</source>
        <translation>&amp;Країна делегації:</translation>
    </message>
    <message>
        <source>Sending &amp;region:</source>
        <translation>&amp;Регіон делегації:</translation>
    </message>
    <message>
        <source>Funding &amp;project:</source>
        <translation>Проєкт &amp;фінансування:</translation>
    </message>
    <message>
        <source>&amp;Working languages:</source>
        <translation>Робочі &amp;мови:</translation>
    </message>
    <message>
        <source>Pr&amp;int languages:</source>
        <translation>Мови &amp;друку:</translation>
    </message>
    <message>
        <source>&amp;Coordinator:</source>
        <translation>Координ&amp;атор:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>Пр&amp;имітки:</translation>
    </message>
    <message>
        <source>e.g. Study visit of the Lviv city hall</source>
        <translation>напр. Навчальний візит Львівської міської ради</translation>
    </message>
    <message>
        <source>e.g. Zhytomyr region</source>
        <translation>напр. Житомирська область</translation>
    </message>
    <message>
        <source>(none)</source>
        <extracomment>no institution, project or person chosen</extracomment>
        <translation>(немає)</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Working languages: "%1" is not a language; choose one from the list, such as Polish or Ukrainian.</source>
        <extracomment>%1 is what was entered as a language</extracomment>
        <translation>Робочі мови: «%1» — це не мова; виберіть мову зі списку, напр. польську чи українську.</translation>
    </message>
    <message>
        <source>Print languages: "%1" is not a language; choose one from the list, such as Polish or Ukrainian.</source>
        <extracomment>%1 is what was entered as a language</extracomment>
        <translation>Мови друку: «%1» — це не мова; виберіть мову зі списку, напр. польську чи українську.</translation>
    </message>
    <message>
        <source>e.g. Ukraine</source>
        <translation>напр. Україна</translation>
    </message>
    <message>
        <source>e.g. Polish, Ukrainian</source>
        <extracomment>names of languages as the list offers them, separated by commas
----------
the languages the programme is printed in by default</extracomment>
        <translation>напр. польська, українська</translation>
    </message>
</context>
<context>
    <name>VisitDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>the length of a visit, after its days: "19–25 May 2026 (7 days)"</extracomment>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Day %1</source>
        <extracomment>a day of the visit, counted from 1: "Day 2 — Wednesday, 20 May 2026"</extracomment>
        <translation>День %1</translation>
    </message>
    <message>
        <source>Host:</source>
        <extracomment>the institution hosting the visit</extracomment>
        <translation>Приймаюча сторона:</translation>
    </message>
    <message>
        <source>Funded by:</source>
        <extracomment>the project that pays for the visit</extracomment>
        <translation>Фінансування:</translation>
    </message>
    <message>
        <source>Some items are given in %1: no %2 text was entered.</source>
        <extracomment>%1 and %2 are language names (see DocumentLanguage): the text in %2 is missing, %1 is used instead</extracomment>
        <translation>Деякі пункти подано %1 мовою: для них не введено тексту %2 мовою.</translation>
    </message>
</context>
<context>
    <name>VisitDocuments</name>
    <message>
        <source>Programme</source>
        <translation>Програма візиту</translation>
    </message>
    <message>
        <source>Participant list</source>
        <translation>Список учасників</translation>
    </message>
    <message>
        <source>Attendance sheets</source>
        <translation>Реєстраційні листи</translation>
    </message>
    <message>
        <source>Catering summary</source>
        <translation>Зведення з харчування</translation>
    </message>
    <message>
        <source>Name badges</source>
        <translation>Бейджі</translation>
    </message>
    <message>
        <source>The visit's programme day by day, for the delegation</source>
        <translation>Програма візиту день за днем, для делегації</translation>
    </message>
    <message>
        <source>The participants by role and institution</source>
        <translation>Учасники за роллю та установою</translation>
    </message>
    <message>
        <source>One sheet a day with a column for signatures, as funders ask for</source>
        <translation>Один аркуш на кожен день із графою для підпису, як вимагають донори</translation>
    </message>
    <message>
        <source>The meals of each day with the number of portions for each diet, for the caterer</source>
        <translation>Прийоми їжі кожного дня з кількістю порцій для кожного виду харчування, для кейтерингу</translation>
    </message>
    <message>
        <source>Eight badges to an A4 sheet, to cut out</source>
        <translation>Вісім бейджів на аркуші A4, для вирізання</translation>
    </message>
    <message>
        <source>Certificates of participation</source>
        <translation>Сертифікати про участь</translation>
    </message>
    <message>
        <source>A page for each member of the delegation with the hours of programme they attended, to sign and hand out</source>
        <translation>Для кожного члена делегації сторінка з кількістю годин участі в програмі, щоб підписати й вручити</translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message>
        <source>← All &amp;visits</source>
        <extracomment>goes back from one visit to the list of visits</extracomment>
        <translation>← Усі &amp;візити</translation>
    </message>
    <message>
        <source>Back to the list of visits (Esc)</source>
        <translation>Повернутися до списку візитів (Esc)</translation>
    </message>
    <message>
        <source>Visit</source>
        <translation>Візит</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Подробиці</translation>
    </message>
    <message>
        <source>&amp;Participants</source>
        <translation>&amp;Учасники</translation>
    </message>
    <message>
        <source>Pro&amp;gramme</source>
        <translation>Про&amp;грама</translation>
    </message>
    <message>
        <source>Visit details</source>
        <translation>Подробиці візиту</translation>
    </message>
    <message>
        <source>Title (%1):</source>
        <extracomment>%1 is the name of a language, such as Ukrainian</extracomment>
        <translation>Назва (%1):</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Тип:</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Статус:</translation>
    </message>
    <message>
        <source>Days:</source>
        <extracomment>%1 the days of a visit, %2 how many days that is</extracomment>
        <translation>Дні:</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n день</numerusform>
            <numerusform>%n дні</numerusform>
            <numerusform>%n днів</numerusform>
        </translation>
    </message>
    <message>
        <source>Time zone:</source>
        <translation>Часовий пояс:</translation>
    </message>
    <message>
        <source>Host institution:</source>
        <translation>Приймаюча установа:</translation>
    </message>
    <message>
        <source>Sending institution:</source>
        <translation>Направляюча установа:</translation>
    </message>
    <message>
        <source>Sending country and region:</source>
        <translation>Країна та регіон делегації:</translation>
    </message>
    <message>
        <source>Funding project:</source>
        <translation>Проєкт фінансування:</translation>
    </message>
    <message>
        <source>Working languages:</source>
        <translation>Робочі мови:</translation>
    </message>
    <message>
        <source>Print languages:</source>
        <translation>Мови друку:</translation>
    </message>
    <message>
        <source>Coordinator:</source>
        <translation>Координатор:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Примітки:</translation>
    </message>
    <message>
        <source>Participants and programme</source>
        <translation>Учасники та програма</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n пункт програми</numerusform>
            <numerusform>%n пункти програми</numerusform>
            <numerusform>%n пунктів програми</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit Visit</source>
        <translation>Редагування візиту</translation>
    </message>
    <message>
        <source>Edit visit ‘%1’</source>
        <translation>Редагування візиту «%1»</translation>
    </message>
    <message>
        <source>Translations for printing</source>
        <extracomment>a heading: whether the visit's texts are written in the languages it is printed in</extracomment>
        <translation>Переклади для друку</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 is the name of a language, e.g. Українська; %2 why its texts could not be counted</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: everything is translated.</source>
        <extracomment>%1 is the name of a language, e.g. Українська</extracomment>
        <translation>%1: усе перекладено.</translation>
    </message>
    <message>
        <source>the visit has no title in this language</source>
        <translation>візит не має назви цією мовою</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have no title in this language</source>
        <translation>
            <numerusform>%n пункт програми не має назви цією мовою</numerusform>
            <numerusform>%n пункти програми не мають назви цією мовою</numerusform>
            <numerusform>%n пунктів програми не мають назви цією мовою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have no description in this language</source>
        <extracomment>only sessions with a description in the main language are counted</extracomment>
        <translation>
            <numerusform>%n пункт програми не має опису цією мовою</numerusform>
            <numerusform>%n пункти програми не мають опису цією мовою</numerusform>
            <numerusform>%n пунктів програми не мають опису цією мовою</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) have no name in it</source>
        <translation>
            <numerusform>%n місце не має назви цією мовою</numerusform>
            <numerusform>%n місця не мають назви цією мовою</numerusform>
            <numerusform>%n місць не мають назви цією мовою</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2.</source>
        <extracomment>%1 is the name of a language, e.g. Українська; %2 what has no text in it, e.g. "4 sessions have no title in this language; 2 venues have no name in it"</extracomment>
        <translation>%1: %2.</translation>
    </message>
    <message>
        <source>The visit’s title</source>
        <translation>Назва візиту</translation>
    </message>
    <message>
        <source>%1 %2 (%3)</source>
        <extracomment>a session in a list of missing translations: %1 its day and time, %2 its title, %3 what it lacks</extracomment>
        <translation>%1 %2 (%3)</translation>
    </message>
    <message>
        <source>title</source>
        <extracomment>what a session lacks in a language</extracomment>
        <translation>назва</translation>
    </message>
    <message>
        <source>description</source>
        <extracomment>what a session lacks in a language</extracomment>
        <translation>опис</translation>
    </message>
    <message>
        <source>%1 (venue’s name)</source>
        <extracomment>a venue in a list of missing translations: %1 its name in the main language</extracomment>
        <translation>%1 (назва місця)</translation>
    </message>
    <message>
        <source>Ti&amp;meline</source>
        <extracomment>the programme drawn day by day, hour by hour</extracomment>
        <translation>&amp;Часова шкала</translation>
    </message>
    <message>
        <source>Edit Det&amp;ails…</source>
        <translation>Р&amp;едагувати подробиці…</translation>
    </message>
    <message>
        <source>Delete Vi&amp;sit…</source>
        <translation>Ви&amp;далити візит…</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Дублюв&amp;ати…</translation>
    </message>
    <message>
        <source>A new visit made from this one: its programme on new days</source>
        <translation>Новий візит на основі цього: його програма в нові дні</translation>
    </message>
    <message>
        <source>Institutions invited:</source>
        <extracomment>the institutions taking part besides host and sender, e.g. an exchange group's members</extracomment>
        <translation>Запрошені установи:</translation>
    </message>
    <message>
        <source>Visit Repor&amp;t…</source>
        <extracomment>a button under a visit's details: saves a draft of the report written after the visit</extracomment>
        <translation>Звіт пр&amp;о візит…</translation>
    </message>
    <message>
        <source>Save a draft of the visit's report, day by day in full sentences, to finish in LibreOffice or Word (.odt)</source>
        <translation>Зберегти чернетку звіту про візит — день за днем, повними реченнями — щоб доопрацювати її в LibreOffice або Word (.odt)</translation>
    </message>
    <message>
        <source>&amp;Costs</source>
        <extracomment>the tab with a visit's costs: what was planned and spent, and who pays</extracomment>
        <translation>Ви&amp;трати</translation>
    </message>
    <message>
        <source>The funding project %1 is overspent: its budget is %2 and %3 has been spent.</source>
        <extracomment>%1 a funding project, %2 its budget, %3 what has been spent from it, e.g. "PLN 12,500.00"</extracomment>
        <translation>Проєкт фінансування %1 перевищив бюджет: він становить %2, а витрачено %3.</translation>
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
        <translation>Файли електронних таблиць (*.csv *.txt);;Усі файли (*)</translation>
    </message>
    <message>
        <source>Import Participants</source>
        <translation>Імпорт учасників</translation>
    </message>
    <message>
        <source>New person, new institution</source>
        <translation>Нова особа, нова установа</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Нова особа</translation>
    </message>
    <message>
        <source>Known person, added to the visit</source>
        <translation>Відома особа, додана до візиту</translation>
    </message>
    <message>
        <source>Already in the visit: left as it is</source>
        <translation>Уже бере участь у візиті: без змін</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) to correct in the file first.</source>
        <translation>
            <numerusform>Спершу виправте у файлі %n рядок.</numerusform>
            <numerusform>Спершу виправте у файлі %n рядки.</numerusform>
            <numerusform>Спершу виправте у файлі %n рядків.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing participants…</source>
        <translation>Імпорт учасників…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Import participants from %1</source>
        <extracomment>an edit in Edit › Undo; %1 is a file's name</extracomment>
        <translation>Імпорт учасників із файлу %1</translation>
    </message>
    <message>
        <source>Export Participants</source>
        <translation>Експорт учасників</translation>
    </message>
    <message>
        <source>Include the participants' e-mail addresses and phone numbers?

They are personal data: send the file only to those who need them.</source>
        <translation>Додати адреси e-mail і номери телефонів учасників?

Це персональні дані: передавайте файл лише тим, кому вони потрібні.</translation>
    </message>
    <message>
        <source>Participants</source>
        <extracomment>the start of a file name for a visit's participants</extracomment>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>Spreadsheet files (*.csv)</source>
        <translation>Файли електронних таблиць (*.csv)</translation>
    </message>
    <message>
        <source>Import Programme</source>
        <translation>Імпорт програми</translation>
    </message>
    <message>
        <source>New session, new venue</source>
        <translation>Новий пункт програми, нове місце</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Новий пункт програми</translation>
    </message>
    <message>
        <source>Already in the programme: left as it is</source>
        <translation>Уже є в програмі: без змін</translation>
    </message>
    <message>
        <source>Import programme from %1</source>
        <extracomment>an edit in Edit › Undo; %1 is a file's name</extracomment>
        <translation>Імпорт програми з файлу %1</translation>
    </message>
    <message>
        <source>Export to Calendar</source>
        <translation>Експорт у календар</translation>
    </message>
    <message>
        <source>Programme</source>
        <extracomment>the start of a file name for a visit's programme as a calendar</extracomment>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Файли календаря (*.ics)</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to add.</source>
        <extracomment>under the rows of a participants' file; followed by the counts of known people and problems</extracomment>
        <translation>
            <numerusform>Буде додано %n учасника.</numerusform>
            <numerusform>Буде додано %n учасників.</numerusform>
            <numerusform>Буде додано %n учасників.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in the database.</source>
        <translation>
            <numerusform>З них %n уже є в базі.</numerusform>
            <numerusform>З них %n уже є в базі.</numerusform>
            <numerusform>З них %n уже є в базі.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the visit.</source>
        <translation>
            <numerusform>%n особа вже бере участь у візиті.</numerusform>
            <numerusform>%n особи вже беруть участь у візиті.</numerusform>
            <numerusform>%n осіб уже беруть участь у візиті.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to add.</source>
        <translation>
            <numerusform>Буде додано %n пункт програми.</numerusform>
            <numerusform>Буде додано %n пункти програми.</numerusform>
            <numerusform>Буде додано %n пунктів програми.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the programme.</source>
        <translation>
            <numerusform>%n пункт уже є в програмі.</numerusform>
            <numerusform>%n пункти вже є в програмі.</numerusform>
            <numerusform>%n пунктів уже є в програмі.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, with a warning:
%2</source>
        <extracomment>a row of a programme imported with a warning: %1 is "New session" or "New session, new venue", %2 the warnings, each "column: what"</extracomment>
        <translation>%1, з попередженням:
%2</translation>
    </message>
    <message numerus="yes">
        <source>%n of them on a day outside the visit: imported all the same, and listed among the visit's conflicts.</source>
        <extracomment>under the rows of a programme's file, after "3 sessions to add."</extracomment>
        <translation>
            <numerusform>%n з них припадає на день поза датами візиту: його все одно буде імпортовано й показано серед накладок візиту.</numerusform>
            <numerusform>%n з них припадають на дні поза датами візиту: їх все одно буде імпортовано й показано серед накладок візиту.</numerusform>
            <numerusform>%n з них припадає на дні поза датами візиту: їх все одно буде імпортовано й показано серед накладок візиту.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export Visit Report</source>
        <translation>Експорт звіту про візит</translation>
    </message>
    <message>
        <source>Report</source>
        <extracomment>the start of a file name for the draft of a visit's report</extracomment>
        <translation>Звіт</translation>
    </message>
    <message>
        <source>OpenDocument texts (*.odt)</source>
        <translation>Текстові документи OpenDocument (*.odt)</translation>
    </message>
</context>
<context>
    <name>VisitKind</name>
    <message>
        <source>Incoming study visit</source>
        <comment>a delegation comes to us</comment>
        <translation>Навчальний візит до нас</translation>
    </message>
    <message>
        <source>Outgoing study visit</source>
        <comment>our staff go abroad</comment>
        <translation>Навчальна поїздка</translation>
    </message>
    <message>
        <source>Exchange group meeting</source>
        <translation>Зустріч групи обміну</translation>
    </message>
    <message>
        <source>Conference</source>
        <translation>Конференція</translation>
    </message>
    <message>
        <source>Working meeting</source>
        <translation>Робоча зустріч</translation>
    </message>
</context>
<context>
    <name>VisitListModel</name>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Days</source>
        <translation>Дні</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Приймаюча сторона</translation>
    </message>
    <message>
        <source>Country</source>
        <extracomment>the country a delegation comes from</extracomment>
        <translation>Країна</translation>
    </message>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
</context>
<context>
    <name>VisitParticipantValidator</name>
    <message>
        <source>Visit: choose the visit.</source>
        <translation>Візит: виберіть візит.</translation>
    </message>
    <message>
        <source>Person: choose a person.</source>
        <translation>Особа: виберіть особу.</translation>
    </message>
    <message>
        <source>Departure: %1 is before the arrival, %2.</source>
        <extracomment>%1 and %2 are a date with a time of day</extracomment>
        <translation>Від’їзд: %1 — раніше за прибуття, %2.</translation>
    </message>
</context>
<context>
    <name>VisitParticipantsTab</name>
    <message>
        <source>Participants</source>
        <translation>Учасники</translation>
    </message>
    <message>
        <source>&amp;Add Participant…</source>
        <translation>&amp;Додати учасника…</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Р&amp;едагувати…</translation>
    </message>
    <message>
        <source>No participants yet: add the delegation, the hosts and the interpreters with “Add Participant…” (Insert).</source>
        <translation>Учасників ще немає: додайте делегацію, приймаючу сторону й перекладачів кнопкою «Додати учасника…» (Insert).</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>%1 a role such as "Interpreter", %2 how many participants have it</extracomment>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n учасник</numerusform>
            <numerusform>%n учасники</numerusform>
            <numerusform>%n учасників</numerusform>
        </translation>
    </message>
    <message>
        <source>Add participant ‘%1’</source>
        <translation>Додавання учасника «%1»</translation>
    </message>
    <message>
        <source>Edit Participant</source>
        <translation>Редагування учасника</translation>
    </message>
    <message>
        <source>Edit participant ‘%1’</source>
        <translation>Редагування учасника «%1»</translation>
    </message>
    <message>
        <source>Remove Participant</source>
        <translation>Вилучення учасника</translation>
    </message>
    <message>
        <source>Remove ‘%1’ from this visit?</source>
        <translation>Вилучити «%1» з цього візиту?</translation>
    </message>
    <message numerus="yes">
        <source>They were chosen to attend %n session(s), and will no longer be listed there.</source>
        <translation>
            <numerusform>Цю особу обрано учасником %n пункту програми, і її там більше не буде.</numerusform>
            <numerusform>Цю особу обрано учасником %n пунктів програми, і її там більше не буде.</numerusform>
            <numerusform>Цю особу обрано учасником %n пунктів програми, і її там більше не буде.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove participant ‘%1’</source>
        <translation>Вилучення учасника «%1»</translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Імпортувати…</translation>
    </message>
    <message>
        <source>Add participants from a spreadsheet (CSV), e.g. a list the partner sent</source>
        <translation>Додати учасників з електронної таблиці (CSV), напр. зі списку, надісланого партнером</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Save the participants as a spreadsheet (CSV) for Excel or LibreOffice</source>
        <translation>Зберегти учасників як електронну таблицю (CSV) для Excel чи LibreOffice</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Вилучити з візиту</translation>
    </message>
    <message>
        <source>Rem&amp;ove</source>
        <translation>Ви&amp;лучити</translation>
    </message>
</context>
<context>
    <name>VisitProgrammeTab</name>
    <message>
        <source>Programme</source>
        <translation>Програма</translation>
    </message>
    <message>
        <source>Ed&amp;it…</source>
        <translation>Р&amp;едагувати…</translation>
    </message>
    <message>
        <source>Earlie&amp;r</source>
        <translation>&amp;Раніше</translation>
    </message>
    <message>
        <source>Move the session 15 minutes earlier (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Перенести пункт програми на 15 хвилин раніше (%1)</translation>
    </message>
    <message>
        <source>Move the session 15 minutes later (%1)</source>
        <extracomment>%1 is a keyboard shortcut</extracomment>
        <translation>Перенести пункт програми на 15 хвилин пізніше (%1)</translation>
    </message>
    <message>
        <source>No sessions yet: build the programme day by day with “Add Session…” (Insert).</source>
        <translation>Пунктів програми ще немає: складайте програму день за днем кнопкою «Додати пункт програми…» (Insert).</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n пункт програми</numerusform>
            <numerusform>%n пункти програми</numerusform>
            <numerusform>%n пунктів програми</numerusform>
        </translation>
    </message>
    <message>
        <source>Import…</source>
        <translation>Імпортувати…</translation>
    </message>
    <message>
        <source>Add sessions from a programme drafted in a spreadsheet (CSV)</source>
        <translation>Додати пункти з програми, складеної в електронній таблиці (CSV)</translation>
    </message>
    <message>
        <source>Export to Calendar…</source>
        <extracomment>saves the programme as an iCalendar (.ics) file for phone and desktop calendars</extracomment>
        <translation>Експортувати в календар…</translation>
    </message>
    <message>
        <source>Save the programme as an iCalendar file (.ics) that delegates add to their phone's calendar</source>
        <translation>Зберегти програму як файл iCalendar (.ics), який учасники додадуть до календаря в телефоні</translation>
    </message>
    <message>
        <source>Dele&amp;te</source>
        <translation>Вида&amp;лити</translation>
    </message>
    <message>
        <source>L&amp;ater</source>
        <translation>Пізні&amp;ше</translation>
    </message>
    <message>
        <source>Add &amp;Session…</source>
        <translation>&amp;Додати пункт програми…</translation>
    </message>
    <message>
        <source>Copy from Another Visit…</source>
        <translation>Копіювати з іншого візиту…</translation>
    </message>
    <message>
        <source>A day or chosen sessions of an earlier visit, copied to a day of this one</source>
        <translation>День або вибрані пункти програми попереднього візиту, скопійовані на день цього візиту</translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message>
        <source>Course of the visit</source>
        <extracomment>the heading of the report's account of the visit day by day</extracomment>
        <translation>Перебіг візиту</translation>
    </message>
    <message>
        <source>Outcomes and follow-ups</source>
        <extracomment>the heading of the report's last part, which the coordinator writes</extracomment>
        <translation>Результати та подальші кроки</translation>
    </message>
    <message>
        <source>Day %1 — %2</source>
        <extracomment>a day's heading; %1 is the day of the visit counted from 1, %2 the date with its weekday, e.g. "Day 2 — Wednesday, 20 May 2026"</extracomment>
        <translation>День %1 — %2</translation>
    </message>
    <message>
        <source>The study visit took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Навчальний візит відбувся %1</translation>
    </message>
    <message>
        <source>The outgoing study visit took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Навчальна поїздка відбулася %1</translation>
    </message>
    <message>
        <source>The exchange group meeting took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Зустріч групи обміну відбулася %1</translation>
    </message>
    <message>
        <source>The conference took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Конференція відбулася %1</translation>
    </message>
    <message>
        <source>The working meeting took place on %1.</source>
        <extracomment>%1 is a day, e.g. "19 May 2026"; in Ukrainian it ends in "р.", so no full stop follows it there</extracomment>
        <translation>Робоча зустріч відбулася %1</translation>
    </message>
    <message numerus="yes">
        <source>The study visit took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Навчальний візит відбувся %1 і тривав %n день.</numerusform>
            <numerusform>Навчальний візит відбувся %1 і тривав %n дні.</numerusform>
            <numerusform>Навчальний візит відбувся %1 і тривав %n днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outgoing study visit took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Навчальна поїздка відбулася %1 і тривала %n день.</numerusform>
            <numerusform>Навчальна поїздка відбулася %1 і тривала %n дні.</numerusform>
            <numerusform>Навчальна поїздка відбулася %1 і тривала %n днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The exchange group meeting took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Зустріч групи обміну відбулася %1 і тривала %n день.</numerusform>
            <numerusform>Зустріч групи обміну відбулася %1 і тривала %n дні.</numerusform>
            <numerusform>Зустріч групи обміну відбулася %1 і тривала %n днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The conference took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Конференція відбулася %1 і тривала %n день.</numerusform>
            <numerusform>Конференція відбулася %1 і тривала %n дні.</numerusform>
            <numerusform>Конференція відбулася %1 і тривала %n днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The working meeting took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit's days, e.g. "19–25 May 2026" (in Ukrainian ending in "р."); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>Робоча зустріч відбулася %1 і тривала %n день.</numerusform>
            <numerusform>Робоча зустріч відбулася %1 і тривала %n дні.</numerusform>
            <numerusform>Робоча зустріч відбулася %1 і тривала %n днів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The delegation came from %1.</source>
        <extracomment>%1 lists the institutions the delegation came from, e.g. "Lviv City Council (Lviv, Ukraine) and Caritas Lviv"; the number chooses between one institution and several</extracomment>
        <translation>
            <numerusform>Делегація представляла: %1.</numerusform>
            <numerusform>Делегація представляла: %1.</numerusform>
            <numerusform>Делегація представляла: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The participants came from %1.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %1 lists the institutions the participants came from; the number chooses between one institution and several</extracomment>
        <translation>
            <numerusform>Учасники представляли: %1.</numerusform>
            <numerusform>Учасники представляли: %1.</numerusform>
            <numerusform>Учасники представляли: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>The delegation travelled from %1.</source>
        <extracomment>when the delegation's institutions are not known: %1 is its country, perhaps with its region, e.g. "Ukraine (Zhytomyr region)"</extracomment>
        <translation>Делегація прибула з країни: %1.</translation>
    </message>
    <message numerus="yes">
        <source>The delegation numbered %n participant(s).</source>
        <extracomment>%n is how many people the delegation had, its leader included</extracomment>
        <translation>
            <numerusform>Делегація налічувала %n особу.</numerusform>
            <numerusform>Делегація налічувала %n особи.</numerusform>
            <numerusform>Делегація налічувала %n осіб.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) took part.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %n is how many people came</extracomment>
        <translation>
            <numerusform>Участь узяла %n особа.</numerusform>
            <numerusform>Участь узяли %n особи.</numerusform>
            <numerusform>Участь узяли %n осіб.</numerusform>
        </translation>
    </message>
    <message>
        <source>The host was %1.</source>
        <extracomment>%1 is the institution hosting the visit, e.g. "Municipal Social Welfare Centre in Kalisz"</extracomment>
        <translation>Приймаючою стороною була установа: %1.</translation>
    </message>
    <message>
        <source>The costs were covered by the project “%1”.</source>
        <extracomment>%1 is the name of the project paying for the visit</extracomment>
        <translation>Витрати покрито з коштів проєкту «%1».</translation>
    </message>
    <message>
        <source>The costs were covered by the project “%1”, funded by %2.</source>
        <extracomment>%1 is the name of the project paying for the visit, %2 who funds the project, e.g. "European Social Fund"</extracomment>
        <translation>Витрати покрито з коштів проєкту «%1» (фінансувальник: %2).</translation>
    </message>
    <message>
        <source>To be completed: the purpose of the visit and what the delegation wished to learn.</source>
        <extracomment>a paragraph for the coordinator to replace, in italics</extracomment>
        <translation>Заповнити: мета візиту та те, що делегація хотіла дізнатися.</translation>
    </message>
    <message>
        <source>On this day the delegation visited %1.</source>
        <extracomment>%1 lists the institutions where the day's sessions were held</extracomment>
        <translation>Цього дня делегація відвідала: %1.</translation>
    </message>
    <message numerus="yes">
        <source>%1 presented “%2”.</source>
        <extracomment>%1 lists the presenters, each with their institution: "Donata Woźniak (PUP w Kaliszu) and Anna Chodyła (MOPS w Kaliszu)"; %2 is the session's title; %n is how many presenters there are</extracomment>
        <translation>
            <numerusform>У пункті програми «%2» виступив доповідач: %1.</numerusform>
            <numerusform>У пункті програми «%2» виступили доповідачі: %1.</numerusform>
            <numerusform>У пункті програми «%2» виступили доповідачі: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 presented “%2” at %3.</source>
        <extracomment>%1 lists the presenters, each with their institution, %2 is the session's title, %3 the institution it was held at; %n is how many presenters there are</extracomment>
        <translation>
            <numerusform>У пункті програми «%2» (місце: %3) виступив доповідач: %1.</numerusform>
            <numerusform>У пункті програми «%2» (місце: %3) виступили доповідачі: %1.</numerusform>
            <numerusform>У пункті програми «%2» (місце: %3) виступили доповідачі: %1.</numerusform>
        </translation>
    </message>
    <message>
        <source>On this day the participants visited %1.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %1 lists the institutions where the day's sessions were held</extracomment>
        <translation>Цього дня учасники відвідали: %1.</translation>
    </message>
    <message>
        <source>The programme included “%1”.</source>
        <extracomment>a session without presenters; %1 is its title</extracomment>
        <translation>Програма включала пункт «%1».</translation>
    </message>
    <message>
        <source>The programme included “%1” at %2.</source>
        <extracomment>a session without presenters; %1 is its title, %2 the institution it was held at</extracomment>
        <translation>Програма включала пункт «%1» (місце: %2).</translation>
    </message>
    <message>
        <source>The cultural programme included “%1”.</source>
        <extracomment>a session of the cultural programme without presenters; %1 is its title</extracomment>
        <translation>Культурна програма включала пункт «%1».</translation>
    </message>
    <message>
        <source>The cultural programme included “%1” at %2.</source>
        <extracomment>a session of the cultural programme without presenters; %1 is its title, %2 the institution it was held at</extracomment>
        <translation>Культурна програма включала пункт «%1» (місце: %2).</translation>
    </message>
    <message>
        <source>To be completed: nothing of the programme is recorded for this day.</source>
        <extracomment>a paragraph for the coordinator to replace, in italics, under a day with no session recorded</extracomment>
        <translation>Заповнити: у програмі на цей день нічого не записано.</translation>
    </message>
    <message>
        <source>To be completed: the agreements reached, the recommendations made and the follow-up tasks — who will do what, and by when.</source>
        <extracomment>a paragraph for the coordinator to replace, in italics, under "Outcomes and follow-ups"</extracomment>
        <translation>Заповнити: досягнуті домовленості, напрацьовані рекомендації та подальші завдання — хто, що і до якого терміну зробить.</translation>
    </message>
</context>
<context>
    <name>VisitReportDraft</name>
    <message>
        <source>"%1" is not a language code such as pl, uk or en.</source>
        <extracomment>%1 is what was given as a language</extracomment>
        <translation>«%1» не є кодом мови, як-от pl, uk або en.</translation>
    </message>
    <message>
        <source>%1 cannot be written: the OpenDocument text could not be made.</source>
        <extracomment>%1 is a file</extracomment>
        <translation>Не вдається записати файл %1: не вдалося створити текст OpenDocument.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <extracomment>%1 is a file, %2 the system's reason</extracomment>
        <translation>Не вдається записати файл %1: %2</translation>
    </message>
</context>
<context>
    <name>VisitRepository</name>
    <message>
        <source>Saving the visit</source>
        <translation>Збереження візиту</translation>
    </message>
    <message>
        <source>Reading the visit</source>
        <translation>Читання візиту</translation>
    </message>
    <message>
        <source>Visit %1</source>
        <extracomment>%1 is a number</extracomment>
        <translation>Візит %1</translation>
    </message>
    <message>
        <source>Deleting the visit</source>
        <translation>Видалення візиту</translation>
    </message>
    <message>
        <source>Reading the visits</source>
        <translation>Читання візитів</translation>
    </message>
</context>
<context>
    <name>VisitStatus</name>
    <message>
        <source>Draft</source>
        <comment>status of a visit</comment>
        <translation>Чернетка</translation>
    </message>
    <message>
        <source>Planned</source>
        <comment>status of a visit</comment>
        <translation>Запланований</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <comment>status of a visit</comment>
        <translation>Підтверджений</translation>
    </message>
    <message>
        <source>In progress</source>
        <comment>status of a visit</comment>
        <translation>Триває</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>status of a visit</comment>
        <translation>Завершений</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <comment>status of a visit</comment>
        <translation>Скасований</translation>
    </message>
</context>
<context>
    <name>VisitTimeline</name>
    <message>
        <source>Programme timeline</source>
        <translation>Часова шкала програми</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <extracomment>the kind and the time of a session, e.g. "Workshop, 09:00–10:30"</extracomment>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Chosen: %1.</source>
        <extracomment>%1 describes the session chosen in the timeline</extracomment>
        <translation>Вибрано: %1.</translation>
    </message>
    <message>
        <source>Arrow keys choose a session; Alt+Up and Alt+Down move it by 15 minutes, Alt+Shift+Up and Alt+Shift+Down shorten or lengthen it; Enter opens it, Delete deletes it. Drag a session to move it, its lower edge to change its end, or empty space to add a session; hold Shift for single minutes.</source>
        <translation>Стрілки вибирають пункт програми; Alt+Вгору й Alt+Вниз переносять його на 15 хвилин, Alt+Shift+Вгору й Alt+Shift+Вниз скорочують або подовжують його; Enter відкриває, Delete видаляє. Перетягніть пункт програми, щоб перенести його, нижній край — щоб змінити кінець, або порожнє місце — щоб додати новий; утримуйте Shift для кроку в одну хвилину.</translation>
    </message>
    <message>
        <source>&amp;Edit Session…</source>
        <translation>&amp;Редагувати пункт програми…</translation>
    </message>
    <message>
        <source>&amp;Delete Session</source>
        <translation>&amp;Видалити пункт програми</translation>
    </message>
    <message>
        <source>&amp;Add Session Here…</source>
        <translation>&amp;Додати тут пункт програми…</translation>
    </message>
</context>
<context>
    <name>VisitTimelineTab</name>
    <message>
        <source>Drag a session to move it, or its lower edge to change when it ends; drag across empty space to add one. Times snap to 5 minutes: hold Shift for single minutes.</source>
        <translation>Перетягніть пункт програми, щоб перенести його, або його нижній край, щоб змінити кінець; проведіть по порожньому місцю, щоб додати новий. Час змінюється кроком 5 хвилин: утримуйте Shift для кроку в одну хвилину.</translation>
    </message>
    <message>
        <source>Programme timeline</source>
        <translation>Часова шкала програми</translation>
    </message>
    <message>
        <source>Co&amp;nflicts:</source>
        <translation>&amp;Накладки:</translation>
    </message>
    <message>
        <source>Conflict warnings</source>
        <translation>Попередження про накладки</translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попередження</numerusform>
            <numerusform>%n попереджень</numerusform>
        </translation>
    </message>
    <message>
        <source>No conflicts found.</source>
        <translation>Накладок не виявлено.</translation>
    </message>
</context>
<context>
    <name>VisitValidator</name>
    <message>
        <source>Title: a visit needs a title.</source>
        <translation>Назва: візит повинен мати назву.</translation>
    </message>
    <message>
        <source>First day: enter the day the visit starts.</source>
        <translation>Перший день: вкажіть день початку візиту.</translation>
    </message>
    <message>
        <source>Last day: enter the day the visit ends.</source>
        <translation>Останній день: вкажіть день завершення візиту.</translation>
    </message>
    <message>
        <source>Last day: %1 is before the first day, %2.</source>
        <extracomment>%1 and %2 are dates</extracomment>
        <translation>Останній день: %1 — раніше за перший день, %2.</translation>
    </message>
    <message>
        <source>Time zone: "%1" is not a known time zone (for example Europe/Warsaw).</source>
        <extracomment>%1 is a time zone name such as Europe/Warsaw</extracomment>
        <translation>Часовий пояс: «%1» не є відомим часовим поясом (наприклад, Europe/Warsaw).</translation>
    </message>
    <message>
        <source>Country: use the two-letter country code, for example UA or CZ.</source>
        <translation>Країна: використовуйте дволітерний код країни, наприклад UA або CZ.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Назва</translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message>
        <source>Search visits by title, host or country</source>
        <translation>Шукати візити за назвою, приймаючою стороною або країною</translation>
    </message>
    <message>
        <source>Search visits</source>
        <translation>Пошук візитів</translation>
    </message>
    <message>
        <source>Visits</source>
        <translation>Візити</translation>
    </message>
    <message>
        <source>No visits yet</source>
        <translation>Візитів ще немає</translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n візит</numerusform>
            <numerusform>%n візити</numerusform>
            <numerusform>%n візитів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n visit(s)</source>
        <extracomment>%1 visits are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 з %n візиту</numerusform>
            <numerusform>%1 з %n візитів</numerusform>
            <numerusform>%1 з %n візитів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;New Visit…</source>
        <translation>&amp;Новий візит…</translation>
    </message>
    <message>
        <source>Plan your first study visit with New Visit, or add the sample visits to see how a week-long programme in two cities, a one-day visit and a visit from Czechia look in Wizyta. Sample visits can be deleted like any other.</source>
        <translation>Сплануйте перший навчальний візит кнопкою «Новий візит» або додайте зразкові візити, щоб побачити, як у програмі Wizyta виглядають тижнева програма у двох містах, одноденний візит і візит гостей із Чехії. Зразкові візити можна видалити, як і будь-які інші.</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Усі статуси</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Статус</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Усі види</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Тип</translation>
    </message>
    <message>
        <source>All years</source>
        <translation>Усі роки</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>Рік</translation>
    </message>
    <message>
        <source>Add &amp;Sample Visits</source>
        <translation>Додати &amp;зразкові візити</translation>
    </message>
    <message>
        <source>Add sample visits</source>
        <translation>Додавання зразкових візитів</translation>
    </message>
    <message>
        <source>Sample Visits</source>
        <translation>Зразкові візити</translation>
    </message>
    <message>
        <source>Details of the visit</source>
        <translation>Подробиці візиту</translation>
    </message>
    <message>
        <source>D&amp;uplicate…</source>
        <translation>Дублюв&amp;ати…</translation>
    </message>
    <message>
        <source>A new visit made from this one: its programme on new days</source>
        <translation>Новий візит на основі цього: його програма в нові дні</translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message>
        <source>Calendar of %1</source>
        <extracomment>Accessible name of the year calendar: %1 the year, e.g. "2026"</extracomment>
        <translation>Календар: %1</translation>
    </message>
    <message>
        <source>%1: no visits</source>
        <extracomment>%1 a month and year, e.g. "May 2026"</extracomment>
        <translation>%1: візитів немає</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n visit(s): %2</source>
        <extracomment>%1 a month and year, %2 the titles of its visits</extracomment>
        <translation>
            <numerusform>%1: %n візит: %2</numerusform>
            <numerusform>%1: %n візити: %2</numerusform>
            <numerusform>%1: %n візитів: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Selected: %1.</source>
        <extracomment>%1 the selected visit's title</extracomment>
        <translation>Вибрано: %1.</translation>
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
            <numerusform>Тиждень %1: %n візит</numerusform>
            <numerusform>Тиждень %1: %n візити</numerusform>
            <numerusform>Тиждень %1: %n візитів</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Open Visit</source>
        <translation>&amp;Відкрити візит</translation>
    </message>
    <message>
        <source>&amp;Show %1</source>
        <extracomment>In a year calendar's menu: %1 a month and year, e.g. "May 2026"</extracomment>
        <translation>&amp;Показати %1</translation>
    </message>
</context>
</TS>