<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>CounterDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Close</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>{text}  (Esc)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>CounterWindow</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>DEMO</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Demo mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Demo mode: a local server with made-up members</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. Found: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. No member found: {note}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Show the camera picture</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>pos-loyalty · Counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>⚙  Settings</source>
            <translation type="unfinished" />
        </message>
    </context>
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
        <name>IdlePage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code or link</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up the typed code</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Scan a loyalty card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member: a short form, then the first stamp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>…or type the code printed under the QR code</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>MemberScreens</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Changes to {name} are on their way.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Print card</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp. Offline: the card gets its code when the server is back; print it then.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>The card of {name} is voided (on its way to the server).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>{name} is being deleted (on its way to the server).</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramEditor</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>A program's goal, rewards and daily limit can be changed here only on the bundled (demo) server. This station uses another backend: change them where that backend is managed.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add a reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>At stamps</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Changes apply to {name} at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Choose a program in the list above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Daily stamp limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Not saved: see the note above.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the daily limit</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Program rules status</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove the chosen reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: type the stamps, and the days it stays valid (or nothing), as whole numbers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rewards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rules of the chosen program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save the program's rules</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saved.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saving …</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Stamp goal</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the daily limit as a whole number, or leave it empty for no limit.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the stamp goal as a whole number, e.g. 10.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Valid for (days, empty: always)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>empty: no limit</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>ProgramRules</name>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>The server database could not be changed: {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>There is no server database at {path}.</source>
            <translation type="unfinished" />
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
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Click here, then scan a card (or type and press Enter)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No scan yet.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test field</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✓ Taken as a scan</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✗ Taken as typing</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SelfService</name>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Please ask at the counter.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Scan your card first, then ask for the stamp.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>That is all the stamps for today. See you tomorrow!</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>You just got a stamp. The next one can be added in %n seconds.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>{name} (self-service)</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> Backend changes apply after a restart.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> s</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A loyalty server (e.g. the Coupontools cloud)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API key</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API secret</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>As the system</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Back to the scan prompt after</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Backend</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera resolution</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera {index}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Colours of every screen; high contrast is black, white and yellow</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Consent wording on the sign-up form</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter: scan, then tap +1</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Dark</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Demo (a local server with made-up members)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Every text on screen at this size, up to twice as large</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>High contrast</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Ignore the same code for</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members here, to look up and search offline</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members on this station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Language</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Light</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Manager window…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Mode</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Names, e-mail and phone of the program's members, kept in this station's file. Turning it off wipes the copy.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No camera (scanner or typing only)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No system keyring was found: the secret is kept until the app closes.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Open the manager window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Operator</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Play a sound on every stamp and reward</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Program</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner station: every scan adds a stamp</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): available.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): not available. {reason}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Server address</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Sign-up consent</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Text size</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The counter's language; it changes when you save</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The secret is kept in the system keyring.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Theme</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Undo window</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Warn on a repeat stamp within</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>What a new member agrees to, beside the checkbox on the sign-up form. It is kept with each sign-up in the audit log.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>unchanged</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>{percent} %</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff</source>
            <translation type="unfinished" />
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  at the counter</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  locked out</source>
            <translation type="unfinished" />
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>%n entries of the audit log written to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add a member of staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add the first manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add this member of staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>CSV files (*.csv)</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashier: stamps, rewards, sign-ups, cards</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashiers sign in with their PIN (click the name in the status bar). A manager's PIN is asked for voids, deletes, reviews, settings and staff. Changes here apply at once.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log (CSV)…</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Manager: also edit, void, delete, review, settings</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name of the new member of staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN for the chosen person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>No staff yet: everyone works under the operator name in Settings → Counter, and voids, deletes and reviews wait for a manager. Add yourself as the first manager; then add the cashiers.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN of the new member of staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove the chosen person</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role of the new member of staff</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set new PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set the new PIN</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff message</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff of this station</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The audit log could not be written to {path}: {reason}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The same PIN again</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The two PINs differ: type the same PIN twice.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>cashier</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>manager</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{low}–{high} digits</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name}  ·  {role}</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} has a new PIN (a lockout, if any, is over).</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} is now a {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was added as {role}.</source>
            <translation type="unfinished" />
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was removed (the audit log keeps the name).</source>
            <translation type="unfinished" />
        </message>
    </context>
</TS>
