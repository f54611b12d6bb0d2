<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
