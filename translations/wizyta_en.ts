<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
</TS>
