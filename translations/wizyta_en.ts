<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>ConflictChecker</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) are in %2 and %3 at the same time (%4).</source>
        <extracomment>%1 is a person, %2 and %3 sessions&apos; titles in quotation marks, %4 a day and times</extracomment>
        <translation>
            <numerusform>%1 and %n other participant are in %2 and %3 at the same time (%4).</numerusform>
            <numerusform>%1 and %n other participants are in %2 and %3 at the same time (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) attend %2 (%3) before arriving (%4).</source>
        <extracomment>%1 is a person, %2 a session&apos;s title in quotation marks, %3 its day and times, %4 the day and time they all arrive</extracomment>
        <translation>
            <numerusform>%1 and %n other participant attend %2 (%3) before arriving (%4).</numerusform>
            <numerusform>%1 and %n other participants attend %2 (%3) before arriving (%4).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 and %n other participant(s) attend %2 (%3) after leaving (%4).</source>
        <extracomment>%1 is a person, %2 a session&apos;s title in quotation marks, %3 its day and times, %4 the day and time they all leave</extracomment>
        <translation>
            <numerusform>%1 and %n other participant attend %2 (%3) after leaving (%4).</numerusform>
            <numerusform>%1 and %n other participants attend %2 (%3) after leaving (%4).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CopySessionsDialog</name>
    <message numerus="yes">
        <source>Copy %n session(s)</source>
        <translation>
            <numerusform>Copy %n session</numerusform>
            <numerusform>Copy %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) copied to %1.</source>
        <extracomment>%1 the days the copied sessions land on</extracomment>
        <translation>
            <numerusform>%n session copied to %1.</numerusform>
            <numerusform>%n sessions copied to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DatabaseCare</name>
    <message numerus="yes">
        <source>Personal data erased for %n person(s).</source>
        <translation>
            <numerusform>Personal data erased for %n person.</numerusform>
            <numerusform>Personal data erased for %n people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) kept their contact details for a visit not yet over.</source>
        <translation>
            <numerusform>%n person kept their contact details for a visit not yet over.</numerusform>
            <numerusform>%n people kept their contact details for a visit not yet over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DuplicateVisitDialog</name>
    <message numerus="yes">
        <source>Its %n session(s) move with the days, with their venues, people and translations.</source>
        <translation>
            <numerusform>Its %n session moves with the days, with its venue, people and translations.</numerusform>
            <numerusform>Its %n sessions move with the days, with their venues, people and translations.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ErasePersonalDataCommand</name>
    <message numerus="yes">
        <source>Contact details, diets, accessibility needs and notes erased for %Ln person(s).</source>
        <translation>
            <numerusform>Contact details, diets, accessibility needs and notes erased for %Ln person.</numerusform>
            <numerusform>Contact details, diets, accessibility needs and notes erased for %Ln people.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln person(s) kept for a visit not yet over.</source>
        <translation>
            <numerusform>%Ln person kept for a visit not yet over.</numerusform>
            <numerusform>%Ln people kept for a visit not yet over.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeGroupListModel</name>
    <message numerus="yes">
        <source>every %n day(s)</source>
        <extracomment>how often an exchange group meets</extracomment>
        <translation>
            <numerusform>every %n day</numerusform>
            <numerusform>every %n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ExchangeGroupsPage</name>
    <message numerus="yes">
        <source>%n exchange group(s)</source>
        <translation>
            <numerusform>%n exchange group</numerusform>
            <numerusform>%n exchange groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n exchange group(s)</source>
        <extracomment>%1 exchange groups are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 of %n exchange group</numerusform>
            <numerusform>%1 of %n exchange groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: hosted %n time(s), last on %2</source>
        <extracomment>%1 is an institution, %2 a date; %n how many meetings it hosted</extracomment>
        <translation>
            <numerusform>%1: hosted %n time, last on %2</numerusform>
            <numerusform>%1: hosted %n times, last on %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its %n meeting(s) will stay as visits, without a group.</source>
        <translation>
            <numerusform>Its %n meeting will stay as a visit, without a group.</numerusform>
            <numerusform>Its %n meetings will stay as visits, without a group.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HtmlBuilder</name>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the end of a shortened list</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportCommand</name>
    <message numerus="yes">
        <source>%Ln row(s) to correct; nothing was written.</source>
        <extracomment>after the list of bad rows of an import</extracomment>
        <translation>
            <numerusform>%Ln row to correct; nothing was written.</numerusform>
            <numerusform>%Ln rows to correct; nothing was written.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportParticipantsCommand</name>
    <message numerus="yes">
        <source>%Ln of them already in the database.</source>
        <translation>
            <numerusform>%Ln of them is already in the database.</numerusform>
            <numerusform>%Ln of them are already in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln already in the visit.</source>
        <translation>
            <numerusform>%Ln is already in the visit.</numerusform>
            <numerusform>%Ln are already in the visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln participant(s) would be added.</source>
        <extracomment>the result of import participants --dry-run; %1 is a file</extracomment>
        <translation>
            <numerusform>%1: %Ln participant would be added.</numerusform>
            <numerusform>%1: %Ln participants would be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln participant(s) added.</source>
        <translation>
            <numerusform>%1: %Ln participant added.</numerusform>
            <numerusform>%1: %Ln participants added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportProgrammeCommand</name>
    <message numerus="yes">
        <source>%Ln already in the programme.</source>
        <translation>
            <numerusform>%Ln is already in the programme.</numerusform>
            <numerusform>%Ln are already in the programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s) would be added.</source>
        <extracomment>the result of import agenda --dry-run; %1 is a file</extracomment>
        <translation>
            <numerusform>%1: %Ln session would be added.</numerusform>
            <numerusform>%1: %Ln sessions would be added.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln session(s) added.</source>
        <translation>
            <numerusform>%1: %Ln session added.</numerusform>
            <numerusform>%1: %Ln sessions added.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>InstitutionsPage</name>
    <message numerus="yes">
        <source>%n institution(s)</source>
        <translation>
            <numerusform>%n institution</numerusform>
            <numerusform>%n institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n institution(s)</source>
        <extracomment>%1 institutions are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 of %n institution</numerusform>
            <numerusform>%1 of %n institutions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n person(s) from it will stay, without an institution.</source>
        <translation>
            <numerusform>%n person from it will stay, without an institution.</numerusform>
            <numerusform>%n people from it will stay, without an institution.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It is the venue of %n session(s); they will stay, without a venue.</source>
        <translation>
            <numerusform>It is the venue of %n session; it will stay, without a venue.</numerusform>
            <numerusform>It is the venue of %n sessions; they will stay, without a venue.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n visit(s) name it as host or sender; they will stay, without it.</source>
        <translation>
            <numerusform>%n visit names it as host or sender; it will stay, without it.</numerusform>
            <numerusform>%n visits name it as host or sender; they will stay, without it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will no longer be a partner in %n funding project(s).</source>
        <translation>
            <numerusform>It will no longer be a partner in %n funding project.</numerusform>
            <numerusform>It will no longer be a partner in %n funding projects.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It will no longer be a member of %n exchange group(s).</source>
        <translation>
            <numerusform>It will no longer be a member of %n exchange group.</numerusform>
            <numerusform>It will no longer be a member of %n exchange groups.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MonthView</name>
    <message numerus="yes">
        <source>%1: %n visit(s): %2</source>
        <extracomment>%1 a day, %2 the titles of its visits</extracomment>
        <translation>
            <numerusform>%1: %n visit: %2</numerusform>
            <numerusform>%1: %n visits: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n more</source>
        <extracomment>In a calendar day too small for all its visits: how many are not shown</extracomment>
        <translation>
            <numerusform>+%n more</numerusform>
            <numerusform>+%n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ParticipantListDocument</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <extracomment>under the visit&apos;s header: how many take part</extracomment>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeoplePage</name>
    <message numerus="yes">
        <source>%n person(s)</source>
        <translation>
            <numerusform>%n person</numerusform>
            <numerusform>%n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n person(s)</source>
        <extracomment>%1 people are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 of %n person</numerusform>
            <numerusform>%1 of %n people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They take part in %n visit(s); they will be removed from those participant lists.</source>
        <translation>
            <numerusform>They take part in %n visit; they will be removed from its participant list.</numerusform>
            <numerusform>They take part in %n visits; they will be removed from those participant lists.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They present, moderate or interpret in %n session(s); those sessions will stay, without them.</source>
        <translation>
            <numerusform>They present, moderate or interpret in %n session; it will stay, without them.</numerusform>
            <numerusform>They present, moderate or interpret in %n sessions; those sessions will stay, without them.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They coordinate %n visit(s); those visits will stay, with no coordinator.</source>
        <translation>
            <numerusform>They coordinate %n visit; it will stay, with no coordinator.</numerusform>
            <numerusform>They coordinate %n visits; those visits will stay, with no coordinator.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammeModel</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProjectsPage</name>
    <message numerus="yes">
        <source>%n funding project(s)</source>
        <translation>
            <numerusform>%n funding project</numerusform>
            <numerusform>%n funding projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n funding project(s)</source>
        <extracomment>%1 funding projects are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 of %n funding project</numerusform>
            <numerusform>%1 of %n funding projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It funds %n visit(s); they will stay, without a funding project:</source>
        <translation>
            <numerusform>It funds %n visit; it will stay, without a funding project:</numerusform>
            <numerusform>It funds %n visits; they will stay, without a funding project:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <extracomment>the end of a shortened list of visits</extracomment>
        <translation>
            <numerusform>… and %n more</numerusform>
            <numerusform>… and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message numerus="yes">
        <source>“%1” contains %2, which the printed documents cannot show: %n character(s) would print as □.</source>
        <extracomment>%1 is a field (&quot;Title&quot;), %2 the characters, e.g. &quot;👍 🚀&quot;; %n how many they are</extracomment>
        <translation>
            <numerusform>“%1” contains %2, which the printed documents cannot show: %n character would print as □.</numerusform>
            <numerusform>“%1” contains %2, which the printed documents cannot show: %n characters would print as □.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionDialog</name>
    <message numerus="yes">
        <source>&amp;End (%n day(s) later):</source>
        <translation>
            <numerusform>&amp;End (%n day later):</numerusform>
            <numerusform>&amp;End (%n days later):</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TextLimits</name>
    <message numerus="yes">
        <source>%1: “%2” has %n character(s); at most %3 print on two lines. Shorten it.</source>
        <extracomment>%1 is the field (&quot;Title&quot;), %2 the beginning of the text, %3 the most characters allowed; %n how many it has</extracomment>
        <translation>
            <numerusform>%1: “%2” has %n character; at most %3 print on two lines. Shorten it.</numerusform>
            <numerusform>%1: “%2” has %n characters; at most %3 print on two lines. Shorten it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitDeletion</name>
    <message numerus="yes">
        <source>Its %n participant(s) will be taken off it; the people stay recorded.</source>
        <translation>
            <numerusform>Its %n participant will be taken off it; the person stays recorded.</numerusform>
            <numerusform>Its %n participants will be taken off it; the people stay recorded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Its programme of %n session(s) will be deleted.</source>
        <translation>
            <numerusform>Its programme of %n session will be deleted.</numerusform>
            <numerusform>Its programme of %n sessions will be deleted.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitDocument</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <extracomment>the length of a visit, after its days: &quot;19–25 May 2026 (7 days)&quot;</extracomment>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitEditor</name>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have no title in this language</source>
        <translation>
            <numerusform>%n session has no title in this language</numerusform>
            <numerusform>%n sessions have no title in this language</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) have no description in this language</source>
        <extracomment>only sessions with a description in the main language are counted</extracomment>
        <translation>
            <numerusform>%n session has no description in this language</numerusform>
            <numerusform>%n sessions have no description in this language</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n venue(s) have no name in it</source>
        <translation>
            <numerusform>%n venue has no name in it</numerusform>
            <numerusform>%n venues have no name in it</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitImportExport</name>
    <message numerus="yes">
        <source>%n row(s) to correct in the file first.</source>
        <translation>
            <numerusform>%n row to correct in the file first.</numerusform>
            <numerusform>%n rows to correct in the file first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) to add.</source>
        <extracomment>under the rows of a participants&apos; file; followed by the counts of known people and problems</extracomment>
        <translation>
            <numerusform>%n participant to add.</numerusform>
            <numerusform>%n participants to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them already in the database.</source>
        <translation>
            <numerusform>%n of them is already in the database.</numerusform>
            <numerusform>%n of them are already in the database.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the visit.</source>
        <translation>
            <numerusform>%n is already in the visit.</numerusform>
            <numerusform>%n are already in the visit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) to add.</source>
        <translation>
            <numerusform>%n session to add.</numerusform>
            <numerusform>%n sessions to add.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n already in the programme.</source>
        <translation>
            <numerusform>%n is already in the programme.</numerusform>
            <numerusform>%n are already in the programme.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them on a day outside the visit: imported all the same, and listed among the visit&apos;s conflicts.</source>
        <extracomment>under the rows of a programme&apos;s file, after &quot;3 sessions to add.&quot;</extracomment>
        <translation>
            <numerusform>%n of them on a day outside the visit: imported all the same, and listed among the visit&apos;s conflicts.</numerusform>
            <numerusform>%n of them on a day outside the visit: imported all the same, and listed among the visit&apos;s conflicts.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitParticipantsTab</name>
    <message numerus="yes">
        <source>%n participant(s)</source>
        <translation>
            <numerusform>%n participant</numerusform>
            <numerusform>%n participants</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They were chosen to attend %n session(s), and will no longer be listed there.</source>
        <translation>
            <numerusform>They were chosen to attend %n session, and will no longer be listed there.</numerusform>
            <numerusform>They were chosen to attend %n sessions, and will no longer be listed there.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitProgrammeTab</name>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitReport</name>
    <message numerus="yes">
        <source>The study visit took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit&apos;s days, e.g. &quot;19–25 May 2026&quot; (in Ukrainian ending in &quot;р.&quot;); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>The study visit took place on %1 and lasted %n day.</numerusform>
            <numerusform>The study visit took place on %1 and lasted %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The outgoing study visit took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit&apos;s days, e.g. &quot;19–25 May 2026&quot; (in Ukrainian ending in &quot;р.&quot;); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>The outgoing study visit took place on %1 and lasted %n day.</numerusform>
            <numerusform>The outgoing study visit took place on %1 and lasted %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The exchange group meeting took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit&apos;s days, e.g. &quot;19–25 May 2026&quot; (in Ukrainian ending in &quot;р.&quot;); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>The exchange group meeting took place on %1 and lasted %n day.</numerusform>
            <numerusform>The exchange group meeting took place on %1 and lasted %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The conference took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit&apos;s days, e.g. &quot;19–25 May 2026&quot; (in Ukrainian ending in &quot;р.&quot;); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>The conference took place on %1 and lasted %n day.</numerusform>
            <numerusform>The conference took place on %1 and lasted %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The working meeting took place on %1 and lasted %n day(s).</source>
        <extracomment>%1 is the visit&apos;s days, e.g. &quot;19–25 May 2026&quot; (in Ukrainian ending in &quot;р.&quot;); %n how many days, at least 2</extracomment>
        <translation>
            <numerusform>The working meeting took place on %1 and lasted %n day.</numerusform>
            <numerusform>The working meeting took place on %1 and lasted %n days.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The delegation came from %1.</source>
        <extracomment>%1 lists the institutions the delegation came from, e.g. &quot;Lviv City Council (Lviv, Ukraine) and Caritas Lviv&quot;; the number chooses between one institution and several</extracomment>
        <translation>
            <numerusform>The delegation came from %1.</numerusform>
            <numerusform>The delegation came from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The participants came from %1.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %1 lists the institutions the participants came from; the number chooses between one institution and several</extracomment>
        <translation>
            <numerusform>The participants came from %1.</numerusform>
            <numerusform>The participants came from %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The delegation numbered %n participant(s).</source>
        <extracomment>%n is how many people the delegation had, its leader included</extracomment>
        <translation>
            <numerusform>The delegation numbered %n participant.</numerusform>
            <numerusform>The delegation numbered %n participants.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n participant(s) took part.</source>
        <extracomment>at an exchange group meeting, a conference or a working meeting: %n is how many people came</extracomment>
        <translation>
            <numerusform>%n participant took part.</numerusform>
            <numerusform>%n participants took part.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 presented “%2”.</source>
        <extracomment>%1 lists the presenters, each with their institution: &quot;Donata Woźniak (PUP w Kaliszu) and Anna Chodyła (MOPS w Kaliszu)&quot;; %2 is the session&apos;s title; %n is how many presenters there are</extracomment>
        <translation>
            <numerusform>%1 presented “%2”.</numerusform>
            <numerusform>%1 presented “%2”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 presented “%2” at %3.</source>
        <extracomment>%1 lists the presenters, each with their institution, %2 is the session&apos;s title, %3 the institution it was held at; %n is how many presenters there are</extracomment>
        <translation>
            <numerusform>%1 presented “%2” at %3.</numerusform>
            <numerusform>%1 presented “%2” at %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitTimelineTab</name>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>VisitsPage</name>
    <message numerus="yes">
        <source>%n visit(s)</source>
        <translation>
            <numerusform>%n visit</numerusform>
            <numerusform>%n visits</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 of %n visit(s)</source>
        <extracomment>%1 visits are shown out of all %n</extracomment>
        <translation>
            <numerusform>%1 of %n visit</numerusform>
            <numerusform>%1 of %n visits</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>YearView</name>
    <message numerus="yes">
        <source>%1: %n visit(s): %2</source>
        <extracomment>%1 a month and year, %2 the titles of its visits</extracomment>
        <translation>
            <numerusform>%1: %n visit: %2</numerusform>
            <numerusform>%1: %n visits: %2</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>+%n</source>
        <extracomment>In a year calendar, beside a month whose visits do not all fit: how many are not shown</extracomment>
        <translation>
            <numerusform>+%n</numerusform>
            <numerusform>+%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Week %1: %n visit(s)</source>
        <extracomment>In a year calendar&apos;s tooltip: %1 the ISO week number, e.g. &quot;Week 21: 3 visits&quot;</extracomment>
        <translation>
            <numerusform>Week %1: %n visit</numerusform>
            <numerusform>Week %1: %n visits</numerusform>
        </translation>
    </message>
</context>
</TS>
