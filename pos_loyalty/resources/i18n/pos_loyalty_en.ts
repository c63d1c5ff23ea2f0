<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB" sourcelanguage="en">
    <context>
        <name>ActionPanel</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add %n stamps</source>
            <translation>
                <numerusform>Add %n stamp</numerusform>
                <numerusform>Add %n stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CounterViewModel</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add %n more stamps?</source>
            <translation>
                <numerusform>Add %n more stamp?</numerusform>
                <numerusform>Add %n more stamps?</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: %n queued stamp(s) sent.</source>
            <translation>
                <numerusform>Back online: %n queued stamp sent.</numerusform>
                <numerusform>Back online: %n queued stamps sent.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: everything queued here was sent (%n).</source>
            <translation>
                <numerusform>Back online: everything queued here was sent (%n).</numerusform>
                <numerusform>Back online: everything queued here was sent (%n).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerDisplay</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n more for {reward}</source>
            <translation>
                <numerusform>%n more for {reward}</numerusform>
                <numerusform>%n more for {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n stamps: {reward}</source>
            <translation>
                <numerusform>%n stamp: {reward}</numerusform>
                <numerusform>%n stamps: {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Collect %n stamps for a reward</source>
            <translation>
                <numerusform>Collect %n stamp for a reward</numerusform>
                <numerusform>Collect %n stamps for a reward</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} of %n stamp</numerusform>
                <numerusform>{stamps} of %n stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerStampCard</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} of %n stamp</numerusform>
                <numerusform>{stamps} of %n stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayTab</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Saved %n rows to {path}.</source>
            <translation>
                <numerusform>Saved %n row to {path}.</numerusform>
                <numerusform>Saved %n rows to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connected: %n programs. Pick the one to serve.</source>
            <translation>
                <numerusform>Connected: %n program. Pick the one to serve.</numerusform>
                <numerusform>Connected: %n programs. Pick the one to serve.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>{name}, %n stamps</source>
            <translation>
                <numerusform>{name}, %n stamp</numerusform>
                <numerusform>{name}, %n stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Frames</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>%n images</source>
            <translation>
                <numerusform>%n image</numerusform>
                <numerusform>%n images</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Guards</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago at this counter, by {operator}.</source>
            <translation>
                <numerusform>This member got a stamp %n second ago at this counter, by {operator}.</numerusform>
                <numerusform>This member got a stamp %n seconds ago at this counter, by {operator}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago from {operator} at {station}.</source>
            <translation>
                <numerusform>This member got a stamp %n second ago from {operator} at {station}.</numerusform>
                <numerusform>This member got a stamp %n seconds ago from {operator} at {station}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>%n stamps moved to the new card</source>
            <translation>
                <numerusform>%n stamp moved to the new card</numerusform>
                <numerusform>%n stamps moved to the new card</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n lines written to {path}.</source>
            <translation>
                <numerusform>%n line written to {path}.</numerusform>
                <numerusform>%n lines written to {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n operators written to {path}.</source>
            <translation>
                <numerusform>%n operator written to {path}.</numerusform>
                <numerusform>%n operators written to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImportTab</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Importing: {done} of %n members, batch {batch} of {batches}</source>
            <translation>
                <numerusform>Importing: {done} of %n member, batch {batch} of {batches}</numerusform>
                <numerusform>Importing: {done} of %n members, batch {batch} of {batches}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use: %n</source>
            <translation>
                <numerusform>Rewards to use: %n</numerusform>
                <numerusform>Rewards to use: %n</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{name}: {stamps} of %n stamps</source>
            <translation>
                <numerusform>{name}: {stamps} of %n stamp</numerusform>
                <numerusform>{name}: {stamps} of %n stamps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} of %n stamp</numerusform>
                <numerusform>{stamps} of %n stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>MemberView</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n more for {name}</source>
            <translation>
                <numerusform>%n more for {name}</numerusform>
                <numerusform>%n more for {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n reward(s) used</source>
            <translation>
                <numerusform>%n reward used</numerusform>
                <numerusform>%n rewards used</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n stamp</numerusform>
                <numerusform>%n stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n stamp</numerusform>
                <numerusform>%n stamps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n unused reward(s) ({names})</source>
            <translation>
                <numerusform>%n unused reward ({names})</numerusform>
                <numerusform>%n unused rewards ({names})</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n hours</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Programs</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n day)</numerusform>
                <numerusform>(%n days)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PushTab</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Sent to %n members.</source>
            <translation>
                <numerusform>Sent to %n member.</numerusform>
                <numerusform>Sent to %n members.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reissue</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>%n stamps are over today's limit: add them tomorrow.</source>
            <translation>
                <numerusform>%n stamp is over today's limit: add it tomorrow.</numerusform>
                <numerusform>%n stamps are over today's limit: add them tomorrow.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>New card for {name}: %n stamps moved.</source>
            <translation>
                <numerusform>New card for {name}: %n stamp moved.</numerusform>
                <numerusform>New card for {name}: %n stamps moved.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>%n stamp(s) for {name}</source>
            <translation>
                <numerusform>%n stamp for {name}</numerusform>
                <numerusform>%n stamps for {name}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n stamps</source>
            <translation>
                <numerusform>%n stamp</numerusform>
                <numerusform>%n stamps</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n unused rewards</source>
            <translation>
                <numerusform>%n unused reward</numerusform>
                <numerusform>%n unused rewards</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ScannerTestPage</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>%n characters in {duration} ms, {gap} ms apart on average: “{text}”</source>
            <translation>
                <numerusform>%n character in {duration} ms, {gap} ms apart on average: “{text}”</numerusform>
                <numerusform>%n characters in {duration} ms, {gap} ms apart on average: “{text}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A scan is at least %n characters ending in Enter or Tab, {gap} ms apart on average or less.</source>
            <translation>
                <numerusform>A scan is at least %n character ending in Enter or Tab, {gap} ms apart on average or less.</numerusform>
                <numerusform>A scan is at least %n characters ending in Enter or Tab, {gap} ms apart on average or less.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfService</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>You just got a stamp. The next one can be added in %n seconds.</source>
            <translation>
                <numerusform>You just got a stamp. The next one can be added in %n second.</numerusform>
                <numerusform>You just got a stamp. The next one can be added in %n seconds.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SelfServiceScreen</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>%n of {goal} stamps</source>
            <translation>
                <numerusform>%n of {goal} stamps</numerusform>
                <numerusform>%n of {goal} stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n hours</source>
            <translation>
                <numerusform>%n hour</numerusform>
                <numerusform>%n hours</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minute</numerusform>
                <numerusform>%n minutes</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n second</numerusform>
                <numerusform>%n seconds</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. %n more tries before a lockout; type it again, or ask a manager.</source>
            <translation>
                <numerusform>Wrong PIN for {name}. %n more try before a lockout; type it again, or ask a manager.</numerusform>
                <numerusform>Wrong PIN for {name}. %n more tries before a lockout; type it again, or ask a manager.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>%n entries of the audit log written to {path}.</source>
            <translation>
                <numerusform>%n entry of the audit log written to {path}.</numerusform>
                <numerusform>%n entries of the audit log written to {path}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} of %n stamp</numerusform>
                <numerusform>{stamps} of %n stamps</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationFile</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; its %n queued writes were kept and will be sent. The old file is kept as {aside}.</source>
            <translation>
                <numerusform>The station file was damaged and a fresh one started; its %n queued write was kept and will be sent. The old file is kept as {aside}.</numerusform>
                <numerusform>The station file was damaged and a fresh one started; its %n queued writes were kept and will be sent. The old file is kept as {aside}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n to check</source>
            <translation>
                <numerusform>%n to check</numerusform>
                <numerusform>%n to check</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n waiting to send</numerusform>
                <numerusform>%n waiting to send</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>%n stamps to add</source>
            <translation>
                <numerusform>%n stamp to add</numerusform>
                <numerusform>%n stamps to add</numerusform>
            </translation>
        </message>
    </context>
</TS>
