<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>CustomerStampCard</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ScannerTestPage</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>%n characters in {duration} ms, {gap} ms apart on average: “{text}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A scan is at least %n characters ending in Enter or Tab, {gap} ms apart on average or less.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SelfService</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>You just got a stamp. The next one can be added in %n seconds.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>%n entries of the audit log written to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
