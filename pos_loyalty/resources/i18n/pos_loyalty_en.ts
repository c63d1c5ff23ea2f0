<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>CounterViewModel</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add %n more stamps?</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerDisplay</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/customer_display.py" />
            <source>%n more for {reward}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/customer_display.py" />
            <source>%n stamps: {reward}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/customer_display.py" />
            <source>Collect %n stamps for a reward</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/customer_display.py" />
            <source>{stamps} of %n stamps</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerStampCard</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/customer_display_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>DayTab</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/manager_day.py" />
            <source>Saved %n rows to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connected: %n programs. Pick the one to serve.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>{name}, %n stamps</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Frames</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/scanning/frames.py" />
            <source>%n images</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Guards</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago from {operator} at {station}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n lines written to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n operators written to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ImportTab</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/manager_import.py" />
            <source>Importing: {done} of %n members, batch {batch} of {batches}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use: %n</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/member_panel.py" />
            <source>{name}: {stamps} of %n stamps</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>MemberView</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/member_view.py" />
            <source>%n more for {name}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/member_view.py" />
            <source>%n reward(s) used</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/member_view.py" />
            <source>%n stamp(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/members.py" />
            <source>%n stamp(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/members.py" />
            <source>%n unused reward(s) ({names})</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n hours</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n minutes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n seconds</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>PushTab</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/manager_push.py" />
            <source>Sent to %n members.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Reissue</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/reissue.py" />
            <source>%n stamps are over today's limit: add them tomorrow.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/reissue.py" />
            <source>New card for {name}: %n stamps moved.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/review.py" />
            <source>%n stamp(s) for {name}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ScannerTestPage</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/settings_dialog.py" />
            <source>%n characters in {duration} ms, {gap} ms apart on average: “{text}”</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/settings_dialog.py" />
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
            <location filename="../../../../../../../../../../../../pos_loyalty/station/self_service.py" />
            <source>You just got a stamp. The next one can be added in %n seconds.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>SelfServiceScreen</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>%n of {goal} stamps</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/staff.py" />
            <source>%n hours</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/staff.py" />
            <source>%n minutes</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/staff.py" />
            <source>%n seconds</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. %n more tries before a lockout; type it again, or ask a manager.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/staff_page.py" />
            <source>%n entries of the audit log written to {path}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>StationFile</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; its %n queued writes were kept and will be sent. The old file is kept as {aside}.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message numerus="yes">
            <location filename="../../../../../../../../../../../../pos_loyalty/ui/action_panel.py" />
            <source>%n stamps to add</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
</TS>
