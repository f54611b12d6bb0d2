<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk" sourcelanguage="en">
    <context>
        <name>AgendaRepository</name>
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
        <name>AgendaSessionValidator</name>
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
            <translation>Використання:
  wizyta [--database FILE] [--language pl|uk|en]   відкрити вікно програми
  wizyta --version | --help
  wizyta [--database FILE] check                   перевірити цілісність файлу
  wizyta [--database FILE] list visits             номер, дні, статус і назва кожного візиту
  wizyta [--database FILE] add visit --title T --first-day D --last-day D [--country CC]
                                                   додати візит і вивести його номер

Дні записуються як 2026-05-19 або 19.05.2026. Без --database використовується типова база даних у теці даних користувача.
Код завершення: 0 виконано, 1 не вдалося виконати (диск заповнений, файл зайнятий), 2 неправильний виклик, 3 помилкові вхідні дані.
</translation>
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
            <source>%1: no problems found.</source>
            <translation>%1: проблем не виявлено.</translation>
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
            <translation>%1 не вдалося: базу даних %2 відкрито лише для читання.</translation>
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
        <message>
            <source>%1 failed: changes cannot be recorded for undo.</source>
            <extracomment>%1 names the action, e.g. "Saving the change"</extracomment>
            <translation>%1 не вдалося: неможливо записати зміни для скасування.</translation>
        </message>
    </context>
    <context>
        <name>Error</name>
        <message>
            <source>%1 failed: %2</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
            <translation>%1 не вдалося: %2</translation>
        </message>
        <message>
            <source>%1 failed: the database is in use by another program. Try again in a moment.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 не вдалося: базу даних використовує інша програма. Спробуйте ще раз за мить.</translation>
        </message>
        <message>
            <source>%1 failed: the database is open read-only.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 не вдалося: базу даних відкрито лише для читання.</translation>
        </message>
        <message>
            <source>%1 failed: the database file cannot be read or written (%2).</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit"; %2 is SQLite's own message.</extracomment>
            <translation>%1 не вдалося: файл бази даних неможливо прочитати або записати (%2).</translation>
        </message>
        <message>
            <source>%1 failed: the database file is damaged. Restore it from a backup.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 не вдалося: файл бази даних пошкоджено. Відновіть його з резервної копії.</translation>
        </message>
        <message>
            <source>%1 failed: the disk is full. Nothing was changed; free some space and try again.</source>
            <extracomment>%1 is an action in the nominative, e.g. "Saving the visit".</extracomment>
            <translation>%1 не вдалося: диск заповнений. Нічого не змінено; звільніть місце і спробуйте ще раз.</translation>
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
            <translation>&amp;Телефон:</translation>
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
            <source>two letters, e.g. PL</source>
            <translation>дві літери, напр. UA</translation>
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
            <translation>Будинок соціальної опіки</translation>
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
            <source>&amp;Open</source>
            <translation>&amp;Відкрити</translation>
        </message>
        <message>
            <source>&amp;Delete</source>
            <translation>В&amp;идалити</translation>
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
            <source>Edit institution ‘%1’</source>
            <translation>Редагування установи «%1»</translation>
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
                <numerusform>У ній проходить %n пункт програми; він залишиться, але без місця.</numerusform>
                <numerusform>У ній проходять %n пункти програми; вони залишаться, але без місця.</numerusform>
                <numerusform>У ній проходять %n пунктів програми; вони залишаться, але без місця.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n visit(s) name it as host or sender; they will stay, without it.</source>
            <translation>
                <numerusform>%n візит вказує її як приймаючу або направляючу сторону; візит залишиться, але без неї.</numerusform>
                <numerusform>%n візити вказують її як приймаючу або направляючу сторону; візити залишаться, але без неї.</numerusform>
                <numerusform>%n візитів вказують її як приймаючу або направляючу сторону; візити залишаться, але без неї.</numerusform>
            </translation>
        </message>
        <message>
            <source>Delete the institution ‘%1’?</source>
            <translation>Видалити установу «%1»?</translation>
        </message>
        <message>
            <source>Edit › Undo brings it all back.</source>
            <translation>Команда Зміни › Скасувати поверне все.</translation>
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
            <source>&amp;File</source>
            <translation>&amp;Файл</translation>
        </message>
        <message>
            <source>&amp;New Database…</source>
            <translation>&amp;Нова база даних…</translation>
        </message>
        <message>
            <source>&amp;Open Database…</source>
            <translation>&amp;Відкрити базу даних…</translation>
        </message>
        <message>
            <source>Open &amp;Recent</source>
            <translation>Відкрити &amp;недавні</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>Ви&amp;йти</translation>
        </message>
        <message>
            <source>&amp;Language</source>
            <translation>&amp;Мова</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Довідка</translation>
        </message>
        <message>
            <source>&amp;About Wizyta</source>
            <translation>&amp;Про програму Wizyta</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Розділи</translation>
        </message>
        <message>
            <source>No recent databases</source>
            <translation>Немає недавніх баз даних</translation>
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
            <source>&amp;Edit</source>
            <translation>&amp;Зміни</translation>
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
            <source>The change could not be made</source>
            <translation>Не вдалося внести зміну</translation>
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
        <name>PlaceholderPage</name>
        <message>
            <source>No database is open</source>
            <translation>Жодну базу даних не відкрито</translation>
        </message>
        <message>
            <source>Create a database with File › New Database, or open one with File › Open Database.</source>
            <translation>Створіть базу даних командою Файл › Нова база даних або відкрийте наявну командою Файл › Відкрити базу даних.</translation>
        </message>
        <message>
            <source>Calendar</source>
            <translation>Календар</translation>
        </message>
        <message>
            <source>The year at a glance: every visit as a bar across its days, month by month. This view is being built.</source>
            <translation>Увесь рік з першого погляду: кожен візит — смуга через його дні, місяць за місяцем. Цей вигляд ще готується.</translation>
        </message>
        <message>
            <source>People</source>
            <translation>Особи</translation>
        </message>
        <message>
            <source>Delegates, hosts, presenters and interpreters, with their languages, diets and needs. This view is being built.</source>
            <translation>Члени делегацій, приймаюча сторона, доповідачі й перекладачі — з їхніми мовами, дієтами та потребами. Цей вигляд ще готується.</translation>
        </message>
        <message>
            <source>Funding projects</source>
            <translation>Проєкти фінансування</translation>
        </message>
        <message>
            <source>The projects that pay for visits, with their budgets and partners. This view is being built.</source>
            <translation>Проєкти, з яких фінансуються візити, з їхніми бюджетами та партнерами. Цей вигляд ще готується.</translation>
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
            <translation>Харчування</translation>
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
            <translation>Вид</translation>
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
        <message>
            <source>Every study visit, exchange-group meeting and conference you plan will be listed here with its days, status and host.</source>
            <translation>Тут з’явиться кожен запланований навчальний візит, зустріч групи обміну й конференція — з датами, статусом і приймаючою стороною.</translation>
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
    </context>
</TS>
