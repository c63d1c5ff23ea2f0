<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
    <context>
        <name>ActionPanel</name>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>+1 stamp</source>
            <translation>+1 Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>A large QR code the member scans to open their card page</source>
            <translation>Ein großer QR-Code, den das Mitglied scannt, um seine Kartenseite zu öffnen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add %n stamps</source>
            <translation>
                <numerusform>%n Stempel hinzufügen</numerusform>
                <numerusform>%n Stempel hinzufügen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add one stamp</source>
            <translation>Einen Stempel hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add one stamp (Space or F5)</source>
            <translation>Einen Stempel hinzufügen (Leertaste oder F5)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add several stamps</source>
            <translation>Mehrere Stempel hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Change details…</source>
            <translation>Angaben ändern…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Delete member…</source>
            <translation>Mitglied löschen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Done  (Esc)</source>
            <translation>Fertig  (Esc)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Done, next customer</source>
            <translation>Fertig, nächster Kunde</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>History, change details, void or delete</source>
            <translation>Verlauf, Angaben ändern, sperren oder löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More</source>
            <translation>Mehr</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More for this member</source>
            <translation>Mehr für dieses Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print card</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print the card, or save it as PDF or PNG (Ctrl+P)</source>
            <translation>Karte drucken oder als PDF bzw. PNG speichern (Strg+P)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print the member's card</source>
            <translation>Karte des Mitglieds drucken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Show QR</source>
            <translation>QR zeigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Show the card's QR code</source>
            <translation>QR-Code der Karte zeigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Space: +1   Ctrl+Z: undo   Alt+1…6: redeem</source>
            <translation>Leertaste: +1   Strg+Z: rückgängig   Alt+1…6: einlösen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo  ({seconds} s)</source>
            <translation>Rückgängig  ({seconds} s)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo the last stamp</source>
            <translation>Letzten Stempel rückgängig machen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo the last stamp (Ctrl+Z)</source>
            <translation>Letzten Stempel rückgängig machen (Strg+Z)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Void card (lost) / new card…</source>
            <translation>Karte sperren (verloren) / neue Karte…</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Cancel  (Esc)</source>
            <translation>Abbrechen  (Esc)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Confirm</source>
            <translation>Bestätigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>No message</source>
            <translation>Keine Meldung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>What just happened at the counter, and what to do next</source>
            <translation>Was gerade an der Kasse passiert ist und was als Nächstes zu tun ist</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera preview</source>
            <translation>Kameravorschau</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera starting…</source>
            <translation>Kamera startet…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera status</source>
            <translation>Kamerastatus</translation>
        </message>
    </context>
    <context>
        <name>CameraScanner</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>Camera on: {camera}</source>
            <translation>Kamera an: {camera}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>{camera} ended.</source>
            <translation>{camera} beendet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>{camera} was lost; trying again…</source>
            <translation>{camera} verloren; neuer Versuch…</translation>
        </message>
    </context>
    <context>
        <name>CardDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source> Printing goes through the system's print queue (lp).</source>
            <translation> Gedruckt wird über die Druckwarteschlange des Systems (lp).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source> This computer has no printing set up for the counter: save the card as a PDF and print it from another program.</source>
            <translation> Auf diesem Computer ist kein Drucker für die Kasse eingerichtet: Karte als PDF speichern und aus einem anderen Programm drucken.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Card of the member</source>
            <translation>Karte des Mitglieds</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Card of {name}</source>
            <translation>Karte von {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Loyalty card {code}</source>
            <translation>Kundenkarte {code}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>PDF files (*.pdf)</source>
            <translation>PDF-Dateien (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>PNG pictures (*.png)</source>
            <translation>PNG-Bilder (*.png)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Picture of the printed card</source>
            <translation>Bild der gedruckten Karte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print on a receipt printer or a normal one (the card prints at its real size, 85.6 × 54 mm), or save it as a PDF or a picture.</source>
            <translation>Auf einem Bondrucker oder normalen Drucker drucken (die Karte kommt in echter Größe, 85,6 × 54 mm) oder als PDF bzw. Bild speichern.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print the card</source>
            <translation>Karte drucken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Printed to {path}</source>
            <translation>Gedruckt nach {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save PDF…</source>
            <translation>PDF speichern…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save PNG…</source>
            <translation>PNG speichern…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card</source>
            <translation>Karte speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card as PDF</source>
            <translation>Karte als PDF speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card as PNG</source>
            <translation>Karte als PNG speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Saved: {path}</source>
            <translation>Gespeichert: {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Sent to the printer (lp).</source>
            <translation>An den Drucker gesendet (lp).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Sent to the printer.</source>
            <translation>An den Drucker gesendet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>The card could not be printed. Save it as a PDF instead.</source>
            <translation>Die Karte konnte nicht gedruckt werden. Stattdessen als PDF speichern.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>The printer queue refused the card ({reason}). Save it as a PDF.</source>
            <translation>Die Druckwarteschlange hat die Karte abgelehnt ({reason}). Als PDF speichern.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>no reason given</source>
            <translation>kein Grund angegeben</translation>
        </message>
    </context>
    <context>
        <name>CodeKeypad</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Clear the code</source>
            <translation>Code löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Delete the last character</source>
            <translation>Letztes Zeichen löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Look up</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Look up the typed code</source>
            <translation>Eingetippten Code suchen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Type {letter}</source>
            <translation>{letter} tippen</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>Nothing readable was scanned. Scan the card again.</source>
            <translation>Nichts Lesbares gescannt. Karte erneut scannen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That QR code is a web link, not a loyalty card. Ask for the loyalty card, or look the member up by name.</source>
            <translation>Dieser QR-Code ist ein Weblink, keine Kundenkarte. Nach der Kundenkarte fragen oder das Mitglied per Name suchen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That is not a loyalty card code: it has characters a card never has ({chars}). Scan the card again, or type the code.</source>
            <translation>Das ist kein Kundenkartencode: Er enthält Zeichen, die eine Karte nie hat ({chars}). Karte erneut scannen oder den Code eintippen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That is not a loyalty card code: it has {count} characters, a card code has {expected}. Scan the card again, or type the code.</source>
            <translation>Das ist kein Kundenkartencode: Er hat {count} Zeichen, ein Kartencode hat {expected}. Karte erneut scannen oder den Code eintippen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That scan is far too long to be a loyalty card. Scan the card again.</source>
            <translation>Dieser Scan ist viel zu lang für eine Kundenkarte. Karte erneut scannen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>The scanner types for another keyboard layout and this code could be read more than one way. Type the code, or set the scanner to this computer's keyboard layout.</source>
            <translation>Der Scanner tippt für ein anderes Tastaturlayout, und dieser Code ist mehrdeutig. Code eintippen oder den Scanner auf das Tastaturlayout dieses Computers einstellen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/domain/codes.py" />
            <source>{low} to {high} letters and digits</source>
            <translation>{low} bis {high} Buchstaben und Ziffern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/domain/codes.py" />
            <source>{n} letters and digits</source>
            <translation>{n} Buchstaben und Ziffern</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <location filename="../../../pos_loyalty/station/counter.py" />
            <source>{reward} is no longer on this card: it was used or has expired. Nothing to hand over.</source>
            <translation>{reward} ist nicht mehr auf dieser Karte: eingelöst oder abgelaufen. Nichts auszugeben.</translation>
        </message>
    </context>
    <context>
        <name>CounterDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Close</source>
            <translation>Schließen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>{text}  (Esc)</source>
            <translation>{text}  (Esc)</translation>
        </message>
    </context>
    <context>
        <name>CounterViewModel</name>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source> (new card at {after})</source>
            <translation> (neue Karte bei {after})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source> (new card starts)</source>
            <translation> (neue Karte beginnt)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>A write could not be confirmed: the answer was lost. Look the member up before doing it again; it is listed under 'to check' in the status bar.</source>
            <translation>Ein Vorgang konnte nicht bestätigt werden: Die Antwort ging verloren. Erst das Mitglied nachsehen, dann erneut ausführen; er steht unter „zu prüfen“ in der Statusleiste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>A write for {name} could not be confirmed: the answer was lost. Look the member up before doing it again; it is listed under 'to check' in the status bar.</source>
            <translation>Ein Vorgang für {name} konnte nicht bestätigt werden: Die Antwort ging verloren. Erst das Mitglied nachsehen, dann erneut ausführen; er steht unter „zu prüfen“ in der Statusleiste.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add %n more stamps?</source>
            <translation>
                <numerusform>%n weiteren Stempel hinzufügen?</numerusform>
                <numerusform>%n weitere Stempel hinzufügen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add another stamp?</source>
            <translation>Noch einen Stempel hinzufügen?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online. Queued here: {sent} sent, {check} to check (see 'to check' in the status bar).</source>
            <translation>Wieder online. Hier in der Warteschlange: {sent} gesendet, {check} zu prüfen (siehe „zu prüfen“ in der Statusleiste).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: %n queued stamp(s) sent.</source>
            <translation>
                <numerusform>Wieder online: %n wartender Stempel gesendet.</numerusform>
                <numerusform>Wieder online: %n wartende Stempel gesendet.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: everything queued here was sent (%n).</source>
            <translation>
                <numerusform>Wieder online: alles, was hier wartete, wurde gesendet (%n).</numerusform>
                <numerusform>Wieder online: alles, was hier wartete, wurde gesendet (%n).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Offline: queued, sent when the server is back.</source>
            <translation>Offline: vorgemerkt, wird gesendet, sobald der Server zurück ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeem</source>
            <translation>Einlösen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeem {reward} for {name} now?</source>
            <translation>{reward} jetzt für {name} einlösen?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeemed offline: {reward}. Hand it over; it is recorded when the server is back.</source>
            <translation>Offline eingelöst: {reward}. Bitte aushändigen; wird gebucht, sobald der Server zurück ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeemed: {reward}. Hand it over!</source>
            <translation>Eingelöst: {reward}. Bitte aushändigen!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Reward earned: {names}</source>
            <translation>Prämie verdient: {names}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Scan a card first.</source>
            <translation>Zuerst eine Karte scannen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Something went wrong ({name}). It was logged; try again.</source>
            <translation>Etwas ist schiefgegangen ({name}). Es wurde protokolliert; bitte erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Stamp undone. Nothing was sent.</source>
            <translation>Stempel rückgängig gemacht. Nichts wurde gesendet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Switch</source>
            <translation>Wechseln</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The reward is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>Die Prämie ist hier vorgemerkt: {why}. Sie geht raus, sobald der Server zurück ist; nichts geht verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The server refused a write. Look the member up to see where it stands.</source>
            <translation>Der Server hat einen Vorgang abgelehnt. Mitglied nachsehen, um den Stand zu sehen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The stamp is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>Der Stempel ist hier vorgemerkt: {why}. Er geht raus, sobald der Server zurück ist; nichts geht verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>This card belongs to {program}, not {current}. Choose that program in Settings (F10) to serve it.</source>
            <translation>Diese Karte gehört zu {program}, nicht zu {current}. Dieses Programm in den Einstellungen (F10) wählen, um sie zu bedienen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>This card belongs to {program}, not {current}. Switch this station to {program}?</source>
            <translation>Diese Karte gehört zu {program}, nicht zu {current}. Diese Kasse auf {program} umstellen?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Too late to undo: the stamp was already sent.</source>
            <translation>Zu spät zum Rückgängigmachen: Der Stempel ist schon gesendet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Yes, add</source>
            <translation>Ja, hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>program {id}</source>
            <translation>Programm {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>the demo server is not answering; it restarts by itself</source>
            <translation>der Demo-Server antwortet nicht; er startet von selbst neu</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>the loyalty server is not answering</source>
            <translation>der Treue-Server antwortet nicht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}'s reward is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>Die Prämie von {name} ist hier vorgemerkt: {why}. Sie geht raus, sobald der Server zurück ist; nichts geht verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}'s stamp is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>Der Stempel von {name} ist hier vorgemerkt: {why}. Er geht raus, sobald der Server zurück ist; nichts geht verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}:  {before} → {after} of {goal}</source>
            <translation>{name}:  {before} → {after} von {goal}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}:  {before} → {goal} of {goal}, full</source>
            <translation>{name}:  {before} → {goal} von {goal}, voll</translation>
        </message>
    </context>
    <context>
        <name>CounterWindow</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>DEMO</source>
            <translation>DEMO</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Demo mode</source>
            <translation>Demomodus</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Demo mode: a local server with made-up members</source>
            <translation>Demomodus: ein lokaler Server mit erfundenen Mitgliedern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation>Neues Mitglied  (F2)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. Found: {note}</source>
            <translation>Offline. Gefunden: {note}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. No member found: {note}</source>
            <translation>Offline. Kein Mitglied gefunden: {note}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Show the camera picture</source>
            <translation>Kamerabild zeigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>pos-loyalty · Counter</source>
            <translation>pos-loyalty · Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>⚙  Settings</source>
            <translation>⚙  Einstellungen</translation>
        </message>
    </context>
    <context>
        <name>CustomerDisplay</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n more for {reward}</source>
            <translation>
                <numerusform>Noch %n bis {reward}</numerusform>
                <numerusform>Noch %n bis {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n stamps: {reward}</source>
            <translation>
                <numerusform>%n Stempel: {reward}</numerusform>
                <numerusform>%n Stempel: {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Collect %n stamps for a reward</source>
            <translation>
                <numerusform>%n Stempel sammeln für eine Prämie</numerusform>
                <numerusform>%n Stempel sammeln für eine Prämie</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Hello!</source>
            <translation>Hallo!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Hello, {name}!</source>
            <translation>Hallo, {name}!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Please ask at the counter about this card.</source>
            <translation>Bitte an der Kasse nach dieser Karte fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Ready for you: {rewards}</source>
            <translation>Für Sie bereit: {rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Reward earned: {rewards}</source>
            <translation>Prämie verdient: {rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Show your loyalty card at the counter</source>
            <translation>Zeigen Sie Ihre Kundenkarte an der Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Welcome!</source>
            <translation>Willkommen!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>pos-loyalty · Customer display</source>
            <translation>pos-loyalty · Kundenanzeige</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} von %n Stempel</numerusform>
                <numerusform>{stamps} von %n Stempeln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerStampCard</name>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Ein Kreis pro Stempel bis zur Prämie, gefüllt, sobald verdient</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>Stamp card</source>
            <translation>Stempelkarte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} von %n Stempel</numerusform>
                <numerusform>{stamps} von %n Stempeln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>CSV file to export to</source>
            <translation>CSV-Datei für den Export</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>{path} kann nicht geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Chart of the day's numbers per operator</source>
            <translation>Diagramm der Tageszahlen pro Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose where to save the CSV</source>
            <translation>Speicherort für die CSV wählen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose where to save the CSV first.</source>
            <translation>Zuerst den Speicherort für die CSV wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Day</source>
            <translation>Tag</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Day's numbers status</source>
            <translation>Status der Tageszahlen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Enrolled</source>
            <translation>Angemeldet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Export to CSV</source>
            <translation>Als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Operator</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Refresh the numbers</source>
            <translation>Zahlen aktualisieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Repeats</source>
            <translation>Wiederholungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Rewards</source>
            <translation>Prämien</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Save the day's numbers</source>
            <translation>Tageszahlen speichern</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Saved %n rows to {path}.</source>
            <translation>
                <numerusform>%n Zeile in {path} gespeichert.</numerusform>
                <numerusform>%n Zeilen in {path} gespeichert.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Scope</source>
            <translation>Umfang</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Shift {start}–{end}</source>
            <translation>Schicht {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Stamps</source>
            <translation>Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>The day's numbers</source>
            <translation>Die Zahlen des Tages</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>Der Ordner {folder} existiert nicht.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Undone</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Where to save the CSV</source>
            <translation>Speicherort der CSV</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>everyone</source>
            <translation>alle</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>nobody yet</source>
            <translation>noch niemand</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>now</source>
            <translation>jetzt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>{operator} (no sign-in)</source>
            <translation>{operator} (nicht angemeldet)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>{who} at {station}</source>
            <translation>{who} an {station}</translation>
        </message>
    </context>
    <context>
        <name>Decoders</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/decoders.py" />
            <source>The pyzbar backend needs the zbar library: sudo apt-get install libzbar0 (zxing-cpp keeps working without it).</source>
            <translation>Das pyzbar-Backend braucht die zbar-Bibliothek: sudo apt-get install libzbar0 (zxing-cpp läuft auch ohne).</translation>
        </message>
    </context>
    <context>
        <name>DeleteDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete the member</source>
            <translation>Mitglied löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete {name}</source>
            <translation>{name} löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete {name} ({card}) from the program? The member, their card and their history on the server are gone for good. A lost card is better voided.</source>
            <translation>{name} ({card}) aus dem Programm löschen? Mitglied, Karte und Verlauf auf dem Server sind endgültig weg. Eine verlorene Karte besser sperren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Type {word} to confirm</source>
            <translation>Zum Bestätigen {word} eingeben</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Type {word} to confirm:</source>
            <translation>Zum Bestätigen {word} eingeben:</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>What would be lost</source>
            <translation>Was verloren ginge</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Change {name}</source>
            <translation>{name} ändern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Save changes</source>
            <translation>Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Save the changes</source>
            <translation>Die Änderungen speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Some details need fixing: see the lines in red.</source>
            <translation>Einige Angaben müssen korrigiert werden: siehe die roten Zeilen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>{name}, {card}.</source>
            <translation>{name}, {card}.</translation>
        </message>
    </context>
    <context>
        <name>EmbeddedServer</name>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>Demo server restarted</source>
            <translation>Demo-Server neu gestartet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>Demo server stopped, restarting…</source>
            <translation>Demo-Server gestoppt, Neustart…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>The demo server could not be started: {reason}</source>
            <translation>Der Demo-Server konnte nicht gestartet werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>The demo server did not start: {reason}</source>
            <translation>Der Demo-Server ist nicht gestartet: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>no output</source>
            <translation>keine Ausgabe</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source> (from this station's copy)</source>
            <translation> (aus der Kopie dieser Kasse)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source> (signed up here, on its way to the server)</source>
            <translation> (hier angemeldet, unterwegs zum Server)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Consent wording</source>
            <translation>Text der Einwilligung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Looking for a member with the same e-mail or phone…</source>
            <translation>Suche nach einem Mitglied mit derselben E-Mail oder Telefonnummer…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Members with the same e-mail or phone</source>
            <translation>Mitglieder mit derselben E-Mail oder Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>New member</source>
            <translation>Neues Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Open that member</source>
            <translation>Dieses Mitglied öffnen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Open {name}</source>
            <translation>{name} öffnen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Read the consent to the member and tick the box first.</source>
            <translation>Einwilligung dem Mitglied vorlesen und zuerst das Kästchen ankreuzen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign the member up</source>
            <translation>Mitglied anmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign the member up anyway</source>
            <translation>Mitglied trotzdem anmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign up</source>
            <translation>Anmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign up anyway</source>
            <translation>Trotzdem anmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Some details need fixing: see the lines in red.</source>
            <translation>Einige Angaben müssen korrigiert werden: siehe die roten Zeilen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The member agrees</source>
            <translation>Das Mitglied stimmt zu</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The member agrees to this</source>
            <translation>Das Mitglied stimmt dem zu</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The server cannot be reached: only this station's members were checked.</source>
            <translation>Der Server ist nicht erreichbar: Nur die Mitglieder dieser Kasse wurden geprüft.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>This may be a member already: open them, or sign up anyway.</source>
            <translation>Das ist vielleicht schon ein Mitglied: öffnen oder trotzdem anmelden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>“{wording}”</source>
            <translation>„{wording}“</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../../pos_loyalty/ui/errors.py" />
            <source>Something unexpected went wrong. It was logged. The stamps already taken are safe; if this keeps happening, restart the app.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen. Es wurde protokolliert. Die schon vergebenen Stempel sind sicher; passiert das öfter, die App neu starten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>Something went wrong. It was logged; try again.</source>
            <translation>Etwas ist schiefgegangen. Es wurde protokolliert; bitte erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The answer from the loyalty server was lost, so it is not known whether this went through. It is listed under 'to check' in the status bar.</source>
            <translation>Die Antwort des Treue-Servers ging verloren, daher ist unklar, ob es geklappt hat. Es steht unter „zu prüfen“ in der Statusleiste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server asks to slow down. Wait a few seconds, then try again.</source>
            <translation>Der Treue-Server bittet um weniger Tempo. Ein paar Sekunden warten, dann erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server cannot be reached. Stamps and rewards are queued and sent when it is back.</source>
            <translation>Der Treue-Server ist nicht erreichbar. Stempel und Prämien werden vorgemerkt und gesendet, sobald er zurück ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server gave an answer that makes no sense. Check the server address in Settings (F10).</source>
            <translation>Der Treue-Server hat eine unsinnige Antwort gegeben. Serveradresse in den Einstellungen (F10) prüfen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server had a problem. Writes are queued and sent again; if it lasts, tell the person who runs the server.</source>
            <translation>Der Treue-Server hatte ein Problem. Vorgänge werden vorgemerkt und erneut gesendet; hält es an, dem Server-Betreuer Bescheid geben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server refused the API key or secret. Open Settings (F10) and enter the key pair again.</source>
            <translation>Der Treue-Server hat API-Schlüssel oder Geheimnis abgelehnt. Einstellungen (F10) öffnen und das Schlüsselpaar neu eingeben.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>Enter the API key.</source>
            <translation>API-Schlüssel eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>Enter the API secret.</source>
            <translation>API-Geheimnis eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>No loyalty server answers at this address. Check the address and the network.</source>
            <translation>Unter dieser Adresse antwortet kein Treue-Server. Adresse und Netzwerk prüfen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server address starts with https:// (or http:// on this computer).</source>
            <translation>Die Serveradresse beginnt mit https:// (oder http:// auf diesem Computer).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server answered, but it has no loyalty programs yet. Add one there first.</source>
            <translation>Der Server hat geantwortet, hat aber noch keine Treueprogramme. Zuerst dort eines anlegen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server refused this key and secret. Check both.</source>
            <translation>Der Server hat Schlüssel und Geheimnis abgelehnt. Beides prüfen.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>A pos-loyalty server run by you or your IT person.</source>
            <translation>Ein pos-loyalty-Server, betrieben von Ihnen oder Ihrer IT.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>A server on this computer with made-up members.</source>
            <translation>Ein Server auf diesem Computer mit erfundenen Mitgliedern.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>API secret</source>
            <translation>API-Geheimnis</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Back</source>
            <translation>Zurück</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connect to Coupontools</source>
            <translation>Mit Coupontools verbinden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connect to your own server</source>
            <translation>Mit eigenem Server verbinden</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connected: %n programs. Pick the one to serve.</source>
            <translation>
                <numerusform>Verbunden: %n Programm. Das zu bedienende wählen.</numerusform>
                <numerusform>Verbunden: %n Programme. Das zu bedienende wählen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connection test result</source>
            <translation>Ergebnis des Verbindungstests</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Start the counter</source>
            <translation>Kasse starten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Test the connection</source>
            <translation>Verbindung testen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Testing…</source>
            <translation>Teste…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Try the demo</source>
            <translation>Demo ausprobieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Welcome. How will this counter work?</source>
            <translation>Willkommen. Wie soll diese Kasse arbeiten?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Your Coupontools loyalty programs, with the API key and secret from your account.</source>
            <translation>Ihre Coupontools-Treueprogramme, mit API-Schlüssel und Geheimnis aus Ihrem Konto.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>pos-loyalty · Set up this counter</source>
            <translation>pos-loyalty · Diese Kasse einrichten</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>{name}, %n stamps</source>
            <translation>
                <numerusform>{name}, %n Stempel</numerusform>
                <numerusform>{name}, %n Stempel</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Frames</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>%n images</source>
            <translation>
                <numerusform>%n Bild</numerusform>
                <numerusform>%n Bilder</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>No camera found at {camera}. Check that it is plugged in, or choose another camera in Settings.</source>
            <translation>Keine Kamera gefunden an {camera}. Prüfen, ob sie angeschlossen ist, oder in den Einstellungen eine andere wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>There is no video file {path}.</source>
            <translation>Es gibt keine Videodatei {path}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>camera {index}</source>
            <translation>Kamera {index}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>video {name}</source>
            <translation>Video {name}</translation>
        </message>
    </context>
    <context>
        <name>Guards</name>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>Add another one?</source>
            <translation>Noch einen hinzufügen?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This card expired on {date}. It cannot get stamps or rewards. Ask for the member's current card.</source>
            <translation>Diese Karte ist am {date} abgelaufen. Sie bekommt keine Stempel oder Prämien mehr. Nach der aktuellen Karte des Mitglieds fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This card was voided on {date}. It cannot get stamps or rewards. Ask for the member's current card.</source>
            <translation>Diese Karte wurde am {date} gesperrt. Sie bekommt keine Stempel oder Prämien mehr. Nach der aktuellen Karte des Mitglieds fragen.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago at this counter, by {operator}.</source>
            <translation>
                <numerusform>Dieses Mitglied bekam vor %n Sekunde einen Stempel an dieser Kasse, von {operator}.</numerusform>
                <numerusform>Dieses Mitglied bekam vor %n Sekunden einen Stempel an dieser Kasse, von {operator}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago from {operator} at {station}.</source>
            <translation>
                <numerusform>Dieses Mitglied bekam vor %n Sekunde einen Stempel von {operator} an {station}.</numerusform>
                <numerusform>Dieses Mitglied bekam vor %n Sekunden einen Stempel von {operator} an {station}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp just now at this counter, by {operator}.</source>
            <translation>Dieses Mitglied bekam gerade einen Stempel an dieser Kasse, von {operator}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp just now from {operator} at {station}.</source>
            <translation>Dieses Mitglied bekam gerade einen Stempel von {operator} an {station}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This program allows {limit} stamps a day; this member can get {remaining} more today.</source>
            <translation>Dieses Programm erlaubt {limit} Stempel pro Tag; dieses Mitglied kann heute noch {remaining} bekommen.</translation>
        </message>
    </context>
    <context>
        <name>GuidedCameraView</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera picture</source>
            <translation>Kamerabild</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera starting…</source>
            <translation>Kamera startet…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera unplugged, reconnecting…</source>
            <translation>Kamera getrennt, verbinde neu…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Hold your card here</source>
            <translation>Karte hierhin halten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Looking for the camera…</source>
            <translation>Suche die Kamera…</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>%n stamps moved to the new card</source>
            <translation>
                <numerusform>%n Stempel auf die neue Karte übertragen</numerusform>
                <numerusform>%n Stempel auf die neue Karte übertragen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Card re-issued</source>
            <translation>Karte neu ausgestellt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Consent given</source>
            <translation>Einwilligung erteilt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Dismissed after a check</source>
            <translation>Nach Prüfung verworfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Sent again after a check</source>
            <translation>Nach Prüfung erneut gesendet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>dismissed</source>
            <translation>verworfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>done</source>
            <translation>erledigt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>on its way to the server</source>
            <translation>unterwegs zum Server</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>queued, not yet on the server</source>
            <translation>vorgemerkt, noch nicht auf dem Server</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>refused: {reason}</source>
            <translation>abgelehnt: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>to check: the answer was lost</source>
            <translation>zu prüfen: Die Antwort ging verloren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>undone</source>
            <translation>rückgängig</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n lines written to {path}.</source>
            <translation>
                <numerusform>%n Zeile nach {path} geschrieben.</numerusform>
                <numerusform>%n Zeilen nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n operators written to {path}.</source>
            <translation>
                <numerusform>%n Mitarbeiter nach {path} geschrieben.</numerusform>
                <numerusform>%n Mitarbeiter nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Changes</source>
            <translation>Änderungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Deletes</source>
            <translation>Löschungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Everyone</source>
            <translation>Alle</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export history…</source>
            <translation>Verlauf exportieren…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the history</source>
            <translation>Den Verlauf exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the member's history as CSV</source>
            <translation>Verlauf des Mitglieds als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the shift totals as CSV</source>
            <translation>Schichtsummen als CSV exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the totals</source>
            <translation>Die Summen exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export totals…</source>
            <translation>Summen exportieren…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History</source>
            <translation>Verlauf</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History of this station</source>
            <translation>Verlauf dieser Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History of {name}</source>
            <translation>Verlauf von {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>How it ended</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Period of the totals</source>
            <translation>Zeitraum der Summen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Refused</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Rewards</source>
            <translation>Prämien</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Shift totals</source>
            <translation>Schichtsummen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Sign-ups</source>
            <translation>Anmeldungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Since {name} signed in ({time})</source>
            <translation>Seit {name} sich angemeldet hat ({time})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Stamps</source>
            <translation>Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The file could not be written to {path}: {reason}.</source>
            <translation>Die Datei konnte nicht nach {path} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The last 7 days</source>
            <translation>Die letzten 7 Tage</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The member's history at this station</source>
            <translation>Der Verlauf des Mitglieds an dieser Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>To check</source>
            <translation>Zu prüfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Today</source>
            <translation>Heute</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Totals by operator</source>
            <translation>Summen pro Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Undone</source>
            <translation>Rückgängig</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Voids</source>
            <translation>Sperrungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>What this station did for the member; the server has the rest.</source>
            <translation>Was diese Kasse für das Mitglied getan hat; den Rest hat der Server.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>When</source>
            <translation>Wann</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Where</source>
            <translation>Wo</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
    </context>
    <context>
        <name>IdlePage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code</source>
            <translation>Kartencode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code or link</source>
            <translation>Kartencode oder Link</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up</source>
            <translation>Nachschlagen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up the typed code</source>
            <translation>Eingetippten Code nachschlagen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation>Neues Mitglied  (F2)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Scan a loyalty card</source>
            <translation>Kundenkarte scannen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member</source>
            <translation>Neues Mitglied anmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member: a short form, then the first stamp</source>
            <translation>Neues Mitglied anmelden: ein kurzes Formular, dann der erste Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>…or type the code printed under the QR code</source>
            <translation>…oder den Code unter dem QR-Code eintippen</translation>
        </message>
    </context>
    <context>
        <name>ImportTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>. Stopped: {reason}. Import the same file again to finish it.</source>
            <translation>. Abgebrochen: {reason}. Dieselbe Datei erneut importieren, um fertig zu werden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>A CSV file of members</source>
            <translation>Eine CSV-Datei mit Mitgliedern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>CSV files (*.csv);;All (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle (*)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancel the import</source>
            <translation>Import abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancelled. Import the same file again to finish it: no member is added twice.</source>
            <translation>Abgebrochen. Dieselbe Datei erneut importieren, um fertig zu werden: Kein Mitglied wird doppelt angelegt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Check only (dry run)</source>
            <translation>Nur prüfen (Probelauf)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Check the file</source>
            <translation>Datei prüfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Checked.</source>
            <translation>Geprüft.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose the members file</source>
            <translation>Mitgliederdatei wählen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose the members file first.</source>
            <translation>Zuerst die Mitgliederdatei wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose…</source>
            <translation>Wählen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Done.</source>
            <translation>Fertig.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import progress</source>
            <translation>Fortschritt des Imports</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import result</source>
            <translation>Ergebnis des Imports</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import status</source>
            <translation>Status des Imports</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import the members</source>
            <translation>Mitglieder importieren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Importing: {done} of %n members, batch {batch} of {batches}</source>
            <translation>
                <numerusform>Import: {done} von %n Mitglied, Paket {batch} von {batches}</numerusform>
                <numerusform>Import: {done} von %n Mitgliedern, Paket {batch} von {batches}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members file</source>
            <translation>Mitgliederdatei</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members file to import</source>
            <translation>Zu importierende Mitgliederdatei</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members from a CSV file into {program}. Columns: first_name, last_name, email, phone, custom_1 … custom_8. Rows already in the program are skipped; a stopped import finishes when run again.</source>
            <translation>Mitglieder aus einer CSV-Datei in {program}. Spalten: first_name, last_name, email, phone, custom_1 … custom_8. Zeilen, die schon im Programm sind, werden übersprungen; ein abgebrochener Import wird beim nächsten Lauf fertig.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Reading the file …</source>
            <translation>Lese die Datei …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Reading the program's members to find those already in …</source>
            <translation>Lese die Mitglieder des Programms, um vorhandene zu finden …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>This file was imported into this program before; nothing was sent again. </source>
            <translation>Diese Datei wurde schon in dieses Programm importiert; nichts wurde erneut gesendet. </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>this program</source>
            <translation>dieses Programm</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>{summary}
Report: {path}</source>
            <translation>{summary}
Bericht: {path}</translation>
        </message>
    </context>
    <context>
        <name>IndexRefresh</name>
        <message>
            <location filename="../../../pos_loyalty/station/index_refresh.py" />
            <source>The loyalty server sends the same members page after page; the station's copy of the members was not refreshed.</source>
            <translation>Der Treue-Server sendet immer wieder dieselbe Mitgliederseite; die Mitgliederkopie dieser Kasse wurde nicht aktualisiert.</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>A manager is needed</source>
            <translation>Eine Leitung wird gebraucht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Keypad</source>
            <translation>Tastatur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leave  (F12)</source>
            <translation>Verlassen  (F12)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leave kiosk mode</source>
            <translation>Kioskmodus verlassen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leaving kiosk mode closes the counter. A manager types their PIN.</source>
            <translation>Das Verlassen des Kioskmodus schließt die Kasse. Eine Leitung gibt ihre PIN ein.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Show the code keypad</source>
            <translation>Code-Tastatur zeigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>This kiosk has no manager yet, so Settings stay closed and kiosk mode cannot be left here. A manager must be set up first: start pos-loyalty without --kiosk (kiosk = false in the settings) as this station's user, add a manager in Settings, Staff, then start the kiosk again.</source>
            <translation>Dieser Kiosk hat noch keine Leitung, daher bleiben die Einstellungen zu, und der Kioskmodus lässt sich hier nicht verlassen. Zuerst eine Leitung einrichten: pos-loyalty ohne --kiosk starten (kiosk = false in den Einstellungen) als Benutzer dieser Kasse, in Einstellungen, Personal eine Leitung anlegen, dann den Kiosk neu starten.</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>From this station's copy (not yet loaded in full from the server).</source>
            <translation>Aus der Kopie dieser Kasse (noch nicht vollständig vom Server geladen).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>From this station's copy, updated {when}.</source>
            <translation>Aus der Kopie dieser Kasse, aktualisiert {when}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>No member has this card on this program. Check the card, or search the member by name (Ctrl+F).</source>
            <translation>Kein Mitglied hat diese Karte in diesem Programm. Karte prüfen oder das Mitglied per Name suchen (Strg+F).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>The loyalty server cannot be reached, and this card is not in this station's copy of the members. Search the member by name (Ctrl+F), or scan again when the server is back.</source>
            <translation>Der Treue-Server ist nicht erreichbar, und diese Karte ist nicht in der Mitgliederkopie dieser Kasse. Mitglied per Name suchen (Strg+F) oder erneut scannen, wenn der Server zurück ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>This card belongs to {name}. Switch to it?</source>
            <translation>Diese Karte gehört zu {name}. Dorthin wechseln?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>This member is no longer on the loyalty server. Check the card, or search the member by name (Ctrl+F).</source>
            <translation>Dieses Mitglied ist nicht mehr auf dem Treue-Server. Karte prüfen oder das Mitglied per Name suchen (Strg+F).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>program {id}</source>
            <translation>Programm {id}</translation>
        </message>
    </context>
    <context>
        <name>ManagerWindow</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Day's numbers</source>
            <translation>Tageszahlen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Import</source>
            <translation>Import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager</source>
            <translation>Verwaltung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager sections</source>
            <translation>Bereiche der Verwaltung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager window</source>
            <translation>Verwaltungsfenster</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Programs</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Push</source>
            <translation>Nachricht</translation>
        </message>
    </context>
    <context>
        <name>MemberDialogs</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>a card on its way</source>
            <translation>eine Karte unterwegs</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>card …{last}</source>
            <translation>Karte …{last}</translation>
        </message>
    </context>
    <context>
        <name>MemberFields</name>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source> (and {more} more to fix)</source>
            <translation> (und {more} weitere zu korrigieren)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A new member needs a name: a first or a last name.</source>
            <translation>Ein neues Mitglied braucht einen Namen: Vor- oder Nachname.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has at least {low} digits.</source>
            <translation>Eine Telefonnummer hat mindestens {low} Ziffern.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has at most {high} digits ({count} now).</source>
            <translation>Eine Telefonnummer hat höchstens {high} Ziffern (jetzt {count}).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has digits, spaces, + ( ) - . / only.</source>
            <translation>Eine Telefonnummer enthält nur Ziffern, Leerzeichen und + ( ) - . /</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>An e-mail address has one @ and no spaces.</source>
            <translation>Eine E-Mail-Adresse hat ein @ und keine Leerzeichen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>City</source>
            <translation>Ort</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Custom field {n}</source>
            <translation>Zusatzfeld {n}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>E-mail</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>First name</source>
            <translation>Vorname</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Last name</source>
            <translation>Nachname</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Postcode</source>
            <translation>PLZ</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>The e-mail address looks incomplete: it needs a name, @ and a domain (jane@example.com).</source>
            <translation>Die E-Mail-Adresse wirkt unvollständig: Sie braucht Name, @ und Domain (max@beispiel.de).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{label} has a character that cannot be stored.</source>
            <translation>{label} enthält ein Zeichen, das nicht gespeichert werden kann.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{label} has at most {limit} characters ({count} now).</source>
            <translation>{label} hat höchstens {limit} Zeichen (jetzt {count}).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{name} is not a member's detail.</source>
            <translation>{name} ist keine Angabe eines Mitglieds.</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_form.py" />
            <source>Problem with {field}</source>
            <translation>Problem mit {field}</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>   ·   until {day}</source>
            <translation>   ·   bis {day}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Card {code}</source>
            <translation>Karte {code}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Member</source>
            <translation>Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Member {name}</source>
            <translation>Mitglied {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Ein Kreis pro Stempel bis zur Prämie, gefüllt, sobald verdient</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem one {reward} (Alt+{n}, then Alt+{n} again)</source>
            <translation>Ein(e) {reward} einlösen (Alt+{n}, dann nochmals Alt+{n})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem {reward}</source>
            <translation>{reward} einlösen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem:  {reward}</source>
            <translation>Einlösen:  {reward}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use</source>
            <translation>Einlösbare Prämien</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use: %n</source>
            <translation>
                <numerusform>Einlösbare Prämien: %n</numerusform>
                <numerusform>Einlösbare Prämien: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>The member on screen: name, card, stamps and rewards to use</source>
            <translation>Das Mitglied auf dem Bildschirm: Name, Karte, Stempel und einlösbare Prämien</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{name}: {stamps} of %n stamps</source>
            <translation>
                <numerusform>{name}: {stamps} von %n Stempel</numerusform>
                <numerusform>{name}: {stamps} von %n Stempeln</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} von %n Stempel</numerusform>
                <numerusform>{stamps} von %n Stempeln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{stamps} of {goal}</source>
            <translation>{stamps} von {goal}</translation>
        </message>
    </context>
    <context>
        <name>MemberScreens</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Changes to {name} are on their way.</source>
            <translation>Änderungen für {name} sind unterwegs.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Print card</source>
            <translation>Karte drucken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp.</source>
            <translation>Angemeldet: {name}, bereit für den ersten Stempel.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp. Offline: the card gets its code when the server is back; print it then.</source>
            <translation>Angemeldet: {name}, bereit für den ersten Stempel. Offline: Die Karte bekommt ihren Code, sobald der Server zurück ist; dann drucken.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>The card of {name} is voided (on its way to the server).</source>
            <translation>Die Karte von {name} ist gesperrt (unterwegs zum Server).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>{name} is being deleted (on its way to the server).</source>
            <translation>{name} wird gelöscht (unterwegs zum Server).</translation>
        </message>
    </context>
    <context>
        <name>MemberView</name>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source> and </source>
            <translation> und </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n more for {name}</source>
            <translation>
                <numerusform>Noch %n bis {name}</numerusform>
                <numerusform>Noch %n bis {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n reward(s) used</source>
            <translation>
                <numerusform>%n Prämie eingelöst</numerusform>
                <numerusform>%n Prämien eingelöst</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n Stempel</numerusform>
                <numerusform>%n Stempel</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>1 more for {name}!</source>
            <translation>Noch 1 bis {name}!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Expired on {date}: no stamps or rewards on this card. Ask for the member's current card.</source>
            <translation>Abgelaufen am {date}: keine Stempel oder Prämien auf dieser Karte. Nach der aktuellen Karte des Mitglieds fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Included: {what} from this station, {where}.</source>
            <translation>Enthalten: {what} von dieser Kasse, {where}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Voided on {date}: no stamps or rewards on this card. Ask for the member's current card.</source>
            <translation>Gesperrt am {date}: keine Stempel oder Prämien auf dieser Karte. Nach der aktuellen Karte des Mitglieds fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>offline: sent when the server is back</source>
            <translation>offline: wird gesendet, sobald der Server zurück ist</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>on its way</source>
            <translation>unterwegs</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source> and </source>
            <translation> und </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n Stempel</numerusform>
                <numerusform>%n Stempel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n unused reward(s) ({names})</source>
            <translation>
                <numerusform>%n ungenutzte Prämie ({names})</numerusform>
                <numerusform>%n ungenutzte Prämien ({names})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Not sent: signing up {name} was refused, so there is no card to put it on. Sign the member up again, then add it.</source>
            <translation>Nicht gesendet: Die Anmeldung von {name} wurde abgelehnt, es gibt also keine Karte dafür. Mitglied neu anmelden, dann erneut hinzufügen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Nothing was changed: the details are as they were.</source>
            <translation>Nichts geändert: Die Angaben sind wie vorher.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Open that member, or sign up anyway.</source>
            <translation>Dieses Mitglied öffnen oder trotzdem anmelden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This card is voided already.</source>
            <translation>Diese Karte ist schon gesperrt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This card still has {losses}. Voiding blocks them: issue a new card to move the stamps over (unused rewards stay on the voided card).</source>
            <translation>Diese Karte hat noch {losses}. Sperren blockiert sie: Eine neue Karte ausstellen, um die Stempel zu übertragen (ungenutzte Prämien bleiben auf der gesperrten Karte).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This member is still being created on the server and cannot be {what} yet. Try again when the card has its code.</source>
            <translation>Dieses Mitglied wird noch auf dem Server angelegt und kann noch nicht {what} werden. Erneut versuchen, sobald die Karte ihren Code hat.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This member still has {losses}. Deleting loses them for good.</source>
            <translation>Dieses Mitglied hat noch {losses}. Beim Löschen gehen sie endgültig verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Type {word} to delete {name}; nothing was deleted.</source>
            <translation>{word} eingeben, um {name} zu löschen; nichts wurde gelöscht.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Waits for the sign-up before it to be checked (see 'to check').</source>
            <translation>Wartet auf die vorherige Anmeldung, die zu prüfen ist (siehe „zu prüfen“).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>card on its way</source>
            <translation>Karte unterwegs</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>card …{digits}</source>
            <translation>Karte …{digits}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>changed</source>
            <translation>geändert</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>deleted</source>
            <translation>gelöscht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>the new member</source>
            <translation>das neue Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>voided</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>{name} ({card}) already has this e-mail address.</source>
            <translation>{name} ({card}) hat diese E-Mail-Adresse schon.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>{name} ({card}) already has this phone number.</source>
            <translation>{name} ({card}) hat diese Telefonnummer schon.</translation>
        </message>
    </context>
    <context>
        <name>OfferBanner</name>
        <message>
            <location filename="../../../pos_loyalty/ui/offer_banner.py" />
            <source>Offer</source>
            <translation>Angebot</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n hours</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Check the PIN</source>
            <translation>PIN prüfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Choose your name first.</source>
            <translation>Zuerst Ihren Namen wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Too many wrong PINs: {name} is locked out, {time} left. Wait, or ask a manager to set a new PIN.</source>
            <translation>Zu viele falsche PINs: {name} ist gesperrt, noch {time}. Warten oder eine Leitung um eine neue PIN bitten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Type your PIN.</source>
            <translation>PIN eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Who you are</source>
            <translation>Wer Sie sind</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>{name} can type the PIN again.</source>
            <translation>{name} kann die PIN erneut eingeben.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Clear</source>
            <translation>Löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Clear the PIN</source>
            <translation>PIN löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Delete the last digit</source>
            <translation>Letzte Ziffer löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Digit {digit}</source>
            <translation>Ziffer {digit}</translation>
        </message>
    </context>
    <context>
        <name>Pins</name>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Eine PIN hat {low} bis {high} Ziffern.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN is digits only.</source>
            <translation>Eine PIN besteht nur aus Ziffern.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN of digits in a row (1234, 9876) is too easy to guess. Choose another.</source>
            <translation>Eine PIN aus Ziffernfolgen (1234, 9876) ist zu leicht zu erraten. Eine andere wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN of one digit repeated is too easy to guess. Choose another.</source>
            <translation>Eine PIN aus einer wiederholten Ziffer ist zu leicht zu erraten. Eine andere wählen.</translation>
        </message>
    </context>
    <context>
        <name>ProgramEditor</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>A program's goal, rewards and daily limit can be changed here only on the bundled (demo) server. This station uses another backend: change them where that backend is managed.</source>
            <translation>Ziel, Prämien und Tageslimit eines Programms lassen sich hier nur auf dem mitgelieferten (Demo-)Server ändern. Diese Kasse nutzt ein anderes Backend: Dort ändern, wo es verwaltet wird.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add a reward</source>
            <translation>Prämie hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add reward</source>
            <translation>Prämie hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>At stamps</source>
            <translation>Bei Stempeln</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Changes apply to {name} at once.</source>
            <translation>Änderungen gelten sofort für {name}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Choose a program in the list above.</source>
            <translation>Ein Programm in der Liste oben wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Daily stamp limit</source>
            <translation>Stempel pro Tag</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Days a reward stays usable; empty: it never expires</source>
            <translation>Tage, die eine Prämie gültig bleibt; leer: läuft nie ab</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Not saved: see the note above.</source>
            <translation>Nicht gespeichert: siehe Hinweis oben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the daily limit</source>
            <translation>Problem mit dem Tageslimit</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the goal</source>
            <translation>Problem mit dem Ziel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the rewards</source>
            <translation>Problem mit den Prämien</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Program rules status</source>
            <translation>Status der Programmregeln</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove reward</source>
            <translation>Prämie entfernen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove the chosen reward</source>
            <translation>Gewählte Prämie entfernen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward</source>
            <translation>Prämie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: type the stamps, and the days it stays valid (or nothing), as whole numbers.</source>
            <translation>Prämie {row}: Stempel und Gültigkeit in Tagen (oder nichts) als ganze Zahlen eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: {reason}</source>
            <translation>Prämie {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rewards</source>
            <translation>Prämien</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rules of the chosen program</source>
            <translation>Regeln des gewählten Programms</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save rules</source>
            <translation>Regeln speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save the program's rules</source>
            <translation>Die Regeln des Programms speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saved.</source>
            <translation>Gespeichert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saving …</source>
            <translation>Speichere …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Stamp goal</source>
            <translation>Stempelziel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the daily limit as a whole number, or leave it empty for no limit.</source>
            <translation>Tageslimit als ganze Zahl eingeben oder leer lassen für kein Limit.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the stamp goal as a whole number, e.g. 10.</source>
            <translation>Stempelziel als ganze Zahl eingeben, z. B. 10.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Valid (days)</source>
            <translation>Gültig (Tage)</translation>
        </message>
        <message>
            <source>Valid for (days, empty: always)</source>
            <translation type="vanished">Gültig (Tage, leer: immer)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>empty: no limit</source>
            <translation>leer: kein Limit</translation>
        </message>
    </context>
    <context>
        <name>ProgramRules</name>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>The server database could not be changed: {reason}</source>
            <translation>Die Serverdatenbank konnte nicht geändert werden: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>There is no server database at {path}.</source>
            <translation>Unter {path} gibt es keine Serverdatenbank.</translation>
        </message>
    </context>
    <context>
        <name>Programs</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n Tag)</numerusform>
                <numerusform>(%n Tage)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>A program needs a name.</source>
            <translation>Ein Programm braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>A program's name has at most {limit} characters ({count} now).</source>
            <translation>Der Name eines Programms hat höchstens {limit} Zeichen (jetzt {count}).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>{reward} at {stamps}</source>
            <translation>{reward} bei {stamps}</translation>
        </message>
    </context>
    <context>
        <name>ProgramsTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Characters used</source>
            <translation>Verwendete Zeichen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Choose the program to copy.</source>
            <translation>Das zu kopierende Programm wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copied as “{name}”.</source>
            <translation>Kopiert als „{name}“.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy</source>
            <translation>Kopieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy the chosen program</source>
            <translation>Gewähltes Programm kopieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy the chosen program as</source>
            <translation>Gewähltes Programm kopieren als</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copying …</source>
            <translation>Kopiere …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Goal</source>
            <translation>Ziel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Members</source>
            <translation>Mitglieder</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Name of the copy</source>
            <translation>Name der Kopie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Program {id}</source>
            <translation>Programm {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Programs</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Programs status</source>
            <translation>Status der Programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Reading the programs …</source>
            <translation>Lese die Programme …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Refresh programs</source>
            <translation>Programme aktualisieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Rewards</source>
            <translation>Prämien</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Voided</source>
            <translation>Gesperrt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>{name} (copy)</source>
            <translation>{name} (Kopie)</translation>
        </message>
    </context>
    <context>
        <name>PushTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source> — {problem}</source>
            <translation> — {problem}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Card codes of the recipients</source>
            <translation>Kartencodes der Empfänger</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Characters used</source>
            <translation>Verwendete Zeichen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Every member</source>
            <translation>Jedes Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Looking up the recipients …</source>
            <translation>Suche die Empfänger …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Members matching</source>
            <translation>Passende Mitglieder</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Members with an unused reward</source>
            <translation>Mitglieder mit ungenutzter Prämie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Message to send</source>
            <translation>Zu sendende Nachricht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>No member has the card {code} in this program.</source>
            <translation>Kein Mitglied hat die Karte {code} in diesem Programm.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview</source>
            <translation>Vorschau</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview recipients</source>
            <translation>Empfänger ansehen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview the recipients first.</source>
            <translation>Zuerst die Empfänger ansehen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Push status</source>
            <translation>Sendestatus</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Search for recipients</source>
            <translation>Empfänger suchen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send</source>
            <translation>Senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send the message</source>
            <translation>Nachricht senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to a search</source>
            <translation>An eine Suche senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to every member</source>
            <translation>An jedes Mitglied senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to the cards listed</source>
            <translation>An die genannten Karten senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to unused rewards</source>
            <translation>An ungenutzte Prämien senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Sending …</source>
            <translation>Sende …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Sent to %n members.</source>
            <translation>
                <numerusform>An %n Mitglied gesendet.</numerusform>
                <numerusform>An %n Mitglieder gesendet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>The message was not sent.</source>
            <translation>Die Nachricht wurde nicht gesendet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>These cards</source>
            <translation>Diese Karten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Type the card codes of the members to send to.</source>
            <translation>Kartencodes der Empfänger eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>What the members will read on their card page</source>
            <translation>Was die Mitglieder auf ihrer Kartenseite lesen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Who gets the message</source>
            <translation>Wer die Nachricht bekommt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>a name, an e-mail or a phone number</source>
            <translation>ein Name, eine E-Mail oder eine Telefonnummer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>card codes, separated by spaces or commas</source>
            <translation>Kartencodes, getrennt durch Leerzeichen oder Kommas</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>{used} / {most}</source>
            <translation>{used} / {most}</translation>
        </message>
    </context>
    <context>
        <name>QrDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Link of the card page</source>
            <translation>Link der Kartenseite</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of the member</source>
            <translation>QR-Code des Mitglieds</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of the member's card page</source>
            <translation>QR-Code der Kartenseite des Mitglieds</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of {name}</source>
            <translation>QR-Code von {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Scan this with your phone to open your card</source>
            <translation>Mit dem Handy scannen, um Ihre Karte zu öffnen</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>Deleting the member</source>
            <translation>Das Löschen des Mitglieds</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The change</source>
            <translation>Die Änderung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The member change</source>
            <translation>Die Änderung des Mitglieds</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The message</source>
            <translation>Die Nachricht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The new member</source>
            <translation>Das neue Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The reward</source>
            <translation>Die Prämie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The stamp</source>
            <translation>Der Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The {rewards}</source>
            <translation>{rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>Voiding the card</source>
            <translation>Das Sperren der Karte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward had already been used. Do not hand it over again; look the member up to see what is left.</source>
            <translation>diese Prämie war schon eingelöst. Nicht noch einmal aushändigen; Mitglied nachsehen, was übrig ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward had expired. Look the member up to see what is left.</source>
            <translation>diese Prämie war abgelaufen. Mitglied nachsehen, was übrig ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward is no longer on the card. Look the member up to see what is left.</source>
            <translation>diese Prämie ist nicht mehr auf der Karte. Mitglied nachsehen, was übrig ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the card has expired. Ask for the member's current card.</source>
            <translation>die Karte ist abgelaufen. Nach der aktuellen Karte des Mitglieds fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the card was voided. Ask for the member's current card.</source>
            <translation>die Karte wurde gesperrt. Nach der aktuellen Karte des Mitglieds fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the member already had today's stamps. Nothing was added.</source>
            <translation>das Mitglied hatte die heutigen Stempel schon. Nichts wurde hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the member is no longer on this program. Look the card up again.</source>
            <translation>das Mitglied ist nicht mehr in diesem Programm. Karte erneut nachschlagen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the program is no longer on the server. Check the program in Settings (F10).</source>
            <translation>das Programm ist nicht mehr auf dem Server. Programm in den Einstellungen (F10) prüfen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the server did not accept the details. Check them and try again.</source>
            <translation>der Server hat die Angaben nicht angenommen. Prüfen und erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the server said no. Look the member up to see where things stand.</source>
            <translation>der Server hat abgelehnt. Mitglied nachsehen, um den Stand zu sehen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>{what} for {name} was refused: {why}</source>
            <translation>{what} für {name} wurde abgelehnt: {why}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>{what} was refused: {why}</source>
            <translation>{what} wurde abgelehnt: {why}</translation>
        </message>
    </context>
    <context>
        <name>Reissue</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>%n stamps are over today's limit: add them tomorrow.</source>
            <translation>
                <numerusform>%n Stempel liegt über dem Tageslimit: morgen hinzufügen.</numerusform>
                <numerusform>%n Stempel liegen über dem Tageslimit: morgen hinzufügen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>New card for {name}: %n stamps moved.</source>
            <translation>
                <numerusform>Neue Karte für {name}: %n Stempel übertragen.</numerusform>
                <numerusform>Neue Karte für {name}: %n Stempel übertragen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>Not moved (the loyalty API cannot move rewards): {names}.</source>
            <translation>Nicht übertragen (die Treue-API kann keine Prämien verschieben): {names}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>Rewards carried over: {names}.</source>
            <translation>Übernommene Prämien: {names}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>This member is being deleted: there is no card to re-issue.</source>
            <translation>Dieses Mitglied wird gelöscht: Es gibt keine Karte zum Neuausstellen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>re-issued</source>
            <translation>neu ausgestellt</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>%n stamp(s) for {name}</source>
            <translation>
                <numerusform>%n Stempel für {name}</numerusform>
                <numerusform>%n Stempel für {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>1 member</source>
            <translation>1 Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>A refused reward is never sent again: it was used or has expired. Look the member up to see what is left.</source>
            <translation>Eine abgelehnte Prämie wird nie erneut gesendet: Sie war eingelöst oder abgelaufen. Mitglied nachsehen, was übrig ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Changing the details of {name}</source>
            <translation>Angaben von {name} ändern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Changing {fields} of {name}</source>
            <translation>{fields} von {name} ändern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Deleting {name}</source>
            <translation>{name} löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Message “{text}” to {recipients}</source>
            <translation>Nachricht „{text}“ an {recipients}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Redeeming {rewards} for {name}</source>
            <translation>{rewards} für {name} einlösen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Resend the sign-up before it: this one follows it.</source>
            <translation>Zuerst die vorherige Anmeldung erneut senden: Dieser Vorgang folgt ihr.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Resent under its own key: if it did go through, nothing is doubled.</source>
            <translation>Unter eigenem Schlüssel erneut gesendet: Falls es schon geklappt hat, wird nichts doppelt gezählt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Say why (a few words): it is kept in the audit log.</source>
            <translation>Grund angeben (ein paar Worte): Er wird im Prüfprotokoll gespeichert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Sent again as a new write; the server may refuse it again.</source>
            <translation>Als neuer Vorgang erneut gesendet; der Server kann ihn wieder ablehnen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Signing up {name}</source>
            <translation>{name} anmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The loyalty server's answer was lost, so it is not known whether this went through. Look the member up: if the change is there, dismiss this; if not, resend it.</source>
            <translation>Die Antwort des Treue-Servers ging verloren, daher ist unklar, ob es geklappt hat. Mitglied nachsehen: Ist die Änderung da, verwerfen; sonst erneut senden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The server refused it.</source>
            <translation>Der Server hat abgelehnt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The sign-up it belonged to was refused: sign the member up again.</source>
            <translation>Die zugehörige Anmeldung wurde abgelehnt: Mitglied neu anmelden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>This member is not on the server yet.</source>
            <translation>Dieses Mitglied ist noch nicht auf dem Server.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>This write is not waiting for a check any more.</source>
            <translation>Dieser Vorgang wartet nicht mehr auf eine Prüfung.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Voiding the card of {name}</source>
            <translation>Karte von {name} sperren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>a member</source>
            <translation>ein Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>a reward</source>
            <translation>eine Prämie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>card …{digits}</source>
            <translation>Karte …{digits}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>every member</source>
            <translation>jedes Mitglied</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>{count} members</source>
            <translation>{count} Mitglieder</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n stamps</source>
            <translation>
                <numerusform>%n Stempel</numerusform>
                <numerusform>%n Stempel</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n unused rewards</source>
            <translation>
                <numerusform>%n ungenutzte Prämie</numerusform>
                <numerusform>%n ungenutzte Prämien</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Asking the server…</source>
            <translation>Frage den Server…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismiss</source>
            <translation>Verwerfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismiss this write</source>
            <translation>Diesen Vorgang verwerfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismissed: {what}.</source>
            <translation>Verworfen: {what}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Nothing to check.</source>
            <translation>Nichts zu prüfen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Now</source>
            <translation>Jetzt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resend</source>
            <translation>Erneut senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resend this write</source>
            <translation>Diesen Vorgang erneut senden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resent: {what}.</source>
            <translation>Erneut gesendet: {what}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Say why (a few words): it is kept in the audit log.</source>
            <translation>Grund angeben (ein paar Worte): Er wird im Prüfprotokoll gespeichert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Server said</source>
            <translation>Der Server sagte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The member on the server now</source>
            <translation>Das Mitglied, wie es jetzt auf dem Server ist</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The server refused these, or its answer was lost. Look the member up if in doubt; then resend or dismiss, saying why (kept in the audit log).</source>
            <translation>Der Server hat diese abgelehnt, oder seine Antwort ging verloren. Im Zweifel das Mitglied nachsehen; dann erneut senden oder verwerfen und den Grund angeben (im Prüfprotokoll gespeichert).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The server's answer</source>
            <translation>Die Antwort des Servers</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>What</source>
            <translation>Was</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>What resending does</source>
            <translation>Was erneutes Senden bewirkt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Who</source>
            <translation>Wer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Who, when and where</source>
            <translation>Wer, wann und wo</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why</source>
            <translation>Warum</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why (kept in the audit log)</source>
            <translation>Warum (im Prüfprotokoll gespeichert)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why: a few words, kept in the audit log</source>
            <translation>Warum: ein paar Worte, im Prüfprotokoll gespeichert</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Writes to check</source>
            <translation>Zu prüfende Vorgänge</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>answer lost</source>
            <translation>Antwort verloren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>refused</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>voided</source>
            <translation>gesperrt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>{name}: {stamps}, {unused}, {state}.</source>
            <translation>{name}: {stamps}, {unused}, {state}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>{who} at {where}, {time}</source>
            <translation>{who} an {where}, {time}</translation>
        </message>
    </context>
    <context>
        <name>ScannerTestPage</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>%n characters in {duration} ms, {gap} ms apart on average: “{text}”</source>
            <translation>
                <numerusform>%n Zeichen in {duration} ms, im Schnitt {gap} ms Abstand: „{text}“</numerusform>
                <numerusform>%n Zeichen in {duration} ms, im Schnitt {gap} ms Abstand: „{text}“</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A scan is at least %n characters ending in Enter or Tab, {gap} ms apart on average or less.</source>
            <translation>
                <numerusform>Ein Scan hat mindestens %n Zeichen, endet mit Enter oder Tab, im Schnitt höchstens {gap} ms Abstand.</numerusform>
                <numerusform>Ein Scan hat mindestens %n Zeichen, endet mit Enter oder Tab, im Schnitt höchstens {gap} ms Abstand.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Click here, then scan a card (or type and press Enter)</source>
            <translation>Hier klicken, dann eine Karte scannen (oder tippen und Enter drücken)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No scan yet.</source>
            <translation>Noch kein Scan.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test field</source>
            <translation>Testfeld für den Scanner</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✓ Taken as a scan</source>
            <translation>✓ Als Scan erkannt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✗ Taken as typing</source>
            <translation>✗ Als Tippen erkannt</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>No member matches. Check the spelling.</source>
            <translation type="vanished">Kein Mitglied gefunden. Schreibweise prüfen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>No member of this program matches. Check the spelling.</source>
            <translation>Kein Mitglied dieses Programms gefunden. Schreibweise prüfen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search</source>
            <translation>Suchen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search  (Ctrl+F)</source>
            <translation>Suchen  (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search members</source>
            <translation>Mitglieder suchen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search name, email or phone  (Ctrl+F)</source>
            <translation>Name, E-Mail oder Telefon suchen  (Strg+F)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search results</source>
            <translation>Suchergebnisse</translation>
        </message>
    </context>
    <context>
        <name>SelfService</name>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Please ask at the counter.</source>
            <translation>Bitte an der Kasse fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Scan your card first, then ask for the stamp.</source>
            <translation>Zuerst Ihre Karte scannen, dann nach dem Stempel fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Staff badge</source>
            <translation>Mitarbeiterausweis</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>That is all the stamps for today. See you tomorrow!</source>
            <translation>Das waren alle Stempel für heute. Bis morgen!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>That is not a staff badge of this kiosk.</source>
            <translation>Das ist kein Mitarbeiterausweis dieses Kiosks.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Too many wrong badges: staff, please use your PIN.</source>
            <translation>Zu viele falsche Ausweise: Personal, bitte die PIN verwenden.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>You just got a stamp. The next one can be added in %n seconds.</source>
            <translation>
                <numerusform>Sie haben gerade einen Stempel bekommen. Der nächste geht in %n Sekunde.</numerusform>
                <numerusform>Sie haben gerade einen Stempel bekommen. Der nächste geht in %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>{name} (self-service)</source>
            <translation>{name} (Selbstbedienung)</translation>
        </message>
    </context>
    <context>
        <name>SelfServiceScreen</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>%n of {goal} stamps</source>
            <translation>
                <numerusform>%n von {goal} Stempeln</numerusform>
                <numerusform>%n von {goal} Stempeln</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>A member of staff confirms this stamp with their PIN or staff badge. Customers: please ask at the counter.</source>
            <translation>Ein Mitarbeiter bestätigt diesen Stempel mit PIN oder Mitarbeiterausweis. Kunden: bitte an der Kasse fragen.</translation>
        </message>
        <message>
            <source>A member of staff confirms this stamp with their PIN. Customers: please ask at the counter.</source>
            <translation type="vanished">Ein Mitarbeiter bestätigt diesen Stempel mit seiner PIN. Kunden: bitte an der Kasse fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Add my stamp</source>
            <translation>Meinen Stempel hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Ask staff to confirm a stamp</source>
            <translation>Personal bitten, einen Stempel zu bestätigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Done</source>
            <translation>Fertig</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Done: back to the start</source>
            <translation>Fertig: zurück zum Anfang</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Hello!</source>
            <translation>Hallo!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Hello, {name}!</source>
            <translation>Hallo, {name}!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Hold the QR code of your card in the frame.</source>
            <translation>QR-Code Ihrer Karte in den Rahmen halten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Message</source>
            <translation>Meldung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Please ask at the counter for your stamp.</source>
            <translation>Bitte an der Kasse nach Ihrem Stempel fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Please ask at the counter.</source>
            <translation>Bitte an der Kasse fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Reward ready: ask at the counter</source>
            <translation>Prämie bereit: bitte an der Kasse fragen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Scan your card here</source>
            <translation>Karte hier scannen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Sorry, this card could not be read here. Please ask at the counter.</source>
            <translation>Leider kann diese Karte hier nicht gelesen werden. Bitte an der Kasse fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <source>Staff  (F12)</source>
            <translation type="vanished">Personal  (F12)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff only: leave kiosk mode</source>
            <translation>Nur Personal: Kioskmodus verlassen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff: confirm the stamp</source>
            <translation>Personal: Stempel bestätigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Stamp added. Thank you!</source>
            <translation>Stempel hinzugefügt. Danke!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>That is not a loyalty card. Hold your loyalty card's QR code in the frame.</source>
            <translation>Das ist keine Kundenkarte. QR-Code Ihrer Kundenkarte in den Rahmen halten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>We are offline and cannot find this card just now. Please ask at the counter.</source>
            <translation>Wir sind offline und finden diese Karte gerade nicht. Bitte an der Kasse fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>We are offline for a moment. Your card still works, and your stamps are saved.</source>
            <translation>Wir sind kurz offline. Ihre Karte funktioniert weiter, und Ihre Stempel sind gespeichert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Your reward: {names}</source>
            <translation>Ihre Prämie: {names}</translation>
        </message>
    </context>
    <context>
        <name>Sender</name>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>The {rewards} for {name} was not redeemed: it is not on the card (the stamp that earned it may have been refused). Look the member up to see what is left.</source>
            <translation>{rewards} für {name} wurde nicht eingelöst: nicht auf der Karte (der Stempel dafür wurde vielleicht abgelehnt). Mitglied nachsehen, was übrig ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>The {rewards} was not redeemed: it is not on the card (the stamp that earned it may have been refused). Look the member up to see what is left.</source>
            <translation>{rewards} wurde nicht eingelöst: nicht auf der Karte (der Stempel dafür wurde vielleicht abgelehnt). Mitglied nachsehen, was übrig ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>reward</source>
            <translation>Prämie</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The member agrees to join the loyalty program and to let this shop keep their name and contact details for it.</source>
            <translation>Das Mitglied stimmt zu, am Treueprogramm teilzunehmen, und dass dieses Geschäft dafür Name und Kontaktdaten speichert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings could not be saved to {path} ({reason}). They apply until the app closes.</source>
            <translation>Die Einstellungen konnten nicht in {path} gespeichert werden ({reason}). Sie gelten, bis die App schließt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file could not be read: default settings are in use. The damaged file is kept as {aside}.</source>
            <translation>Die Einstellungsdatei konnte nicht gelesen werden: Die Standardeinstellungen gelten. Die beschädigte Datei liegt unter {aside}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file {path} could not be read ({reason}), so the counter started with default settings.</source>
            <translation>Die Einstellungsdatei {path} konnte nicht gelesen werden ({reason}), daher startete die Kasse mit Standardeinstellungen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file {path} is damaged: default settings are in use. Saving in Settings (F10) replaces it.</source>
            <translation>Die Einstellungsdatei {path} ist beschädigt: Die Standardeinstellungen gelten. Speichern in den Einstellungen (F10) ersetzt sie.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>setting {name} = {value} is not valid; using the default</source>
            <translation>Einstellung {name} = {value} ist ungültig; Standardwert wird verwendet</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> Backend changes apply after a restart.</source>
            <translation> Backend-Änderungen gelten nach einem Neustart.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A loyalty server (e.g. Coupontools)</source>
            <translation>Ein Treue-Server (Coupontools)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API key</source>
            <translation>API-Schlüssel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API secret</source>
            <translation>API-Geheimnis</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>As the system</source>
            <translation>Wie das System</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Back to the scan prompt after</source>
            <translation>Zurück zum Scan nach</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera</source>
            <translation>Kamera</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera resolution</source>
            <translation>Kameraauflösung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera {index}</source>
            <translation>Kamera {index}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Colours of every screen; high contrast is black, white and yellow</source>
            <translation>Farben aller Bildschirme; hoher Kontrast ist Schwarz, Weiß und Gelb</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Consent wording on the sign-up form</source>
            <translation>Text der Einwilligung im Anmeldeformular</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter</source>
            <translation>Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter: scan, then tap +1</source>
            <translation>Kasse: scannen, dann +1 tippen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Customer display on</source>
            <translation>Kundenanzeige an</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Dark</source>
            <translation>Dunkel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Demo (made-up members)</source>
            <translation>Demo (erfundene Mitglieder)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Every text on screen at this size, up to twice as large</source>
            <translation>Alle Texte auf dem Bildschirm in dieser Größe, bis doppelt so groß</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Faces the customer: first name, stamps and rewards, never e-mail, phone or card code. Full screen on a second screen when there is one.</source>
            <translation>Für den Kunden: Vorname, Stempel und Prämien, nie E-Mail, Telefon oder Kartencode. Vollbild auf einem zweiten Bildschirm, falls vorhanden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>High contrast</source>
            <translation>Hoher Kontrast</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Ignore the same code for</source>
            <translation>Gleichen Code ignorieren für</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members here, to look up and search offline</source>
            <translation>Eine Kopie der Mitglieder hier behalten, um offline zu suchen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members on this station</source>
            <translation>Kopie der Mitglieder an dieser Kasse behalten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Kiosk mode shows</source>
            <translation>Kioskmodus zeigt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Light</source>
            <translation>Hell</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Manager window…</source>
            <translation>Verwaltung…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Names, e-mail and phone of the program's members, kept in this station's file. Turning it off wipes the copy.</source>
            <translation>Namen, E-Mail und Telefon der Programmmitglieder, in der Datei dieser Kasse gespeichert. Ausschalten löscht die Kopie.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No camera (scanner or typing only)</source>
            <translation>Keine Kamera (nur Scanner oder Tippen)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No system keyring was found: the secret is kept until the app closes.</source>
            <translation>Kein System-Schlüsselbund gefunden: Das Geheimnis bleibt bis zum Schließen der App.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>None: staff confirm with their PIN</source>
            <translation>Keiner: Personal bestätigt mit der PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Open the manager window</source>
            <translation>Verwaltungsfenster öffnen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Operator</source>
            <translation>Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Play a sound on every stamp and reward</source>
            <translation>Ton bei jedem Stempel und jeder Prämie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Reduce motion: no animations</source>
            <translation>Weniger Bewegung: keine Animationen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Remove the badge: staff confirm with their PIN</source>
            <translation>Mitarbeiterausweis entfernen: Personal bestätigt mit der PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner station: every scan adds a stamp</source>
            <translation>Scanstation: Jeder Scan gibt einen Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test</source>
            <translation>Scannertest</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Screen {index}: {name}</source>
            <translation>Bildschirm {index}: {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): available.</source>
            <translation>Zweiter Kamera-Decoder (pyzbar): verfügbar.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): not available. {reason}</source>
            <translation>Zweiter Kamera-Decoder (pyzbar): nicht verfügbar. {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service (customers scan their own card)</source>
            <translation>Selbstbedienung (Kunden scannen ihre Karte selbst)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service: customers may ask for a stamp</source>
            <translation>Selbstbedienung: Kunden dürfen um einen Stempel bitten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service: staff may confirm a stamp by showing a QR code of pos-loyalty-staff: followed by this code. Use 12 characters or more.</source>
            <translation>Selbstbedienung: Personal kann einen Stempel mit einem QR-Code aus pos-loyalty-staff: und diesem Code bestätigen. Mindestens 12 Zeichen verwenden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Server address</source>
            <translation>Serveradresse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Set: type a new one to change it</source>
            <translation>Gesetzt: zum Ändern einen neuen eingeben</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>Einstellungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Show a customer display (a second window or screen)</source>
            <translation>Kundenanzeige zeigen (zweites Fenster oder zweiter Bildschirm)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Sign-up consent</source>
            <translation>Einwilligung bei Anmeldung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff badge code</source>
            <translation>Code des Mitarbeiterausweises</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff confirm each stamp with their PIN; the daily limit and the repeat warning's time still apply. Rewards are always handed over at the counter.</source>
            <translation>Das Personal bestätigt jeden Stempel mit seiner PIN; Tageslimit und Wiederholungssperre gelten weiter. Prämien gibt es immer an der Kasse.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Station</source>
            <translation>Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Text size</source>
            <translation>Textgröße</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The counter (staff tablet)</source>
            <translation>Die Kasse (Tablet fürs Personal)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The counter's language; it changes when you save</source>
            <translation>Die Sprache der Kasse; ändert sich beim Speichern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The first screen besides the counter's</source>
            <translation>Der erste Bildschirm neben dem der Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The secret is kept in the system keyring.</source>
            <translation>Das Geheimnis liegt im Schlüsselbund des Systems.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Theme</source>
            <translation>Design</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Undo window</source>
            <translation>Rückgängig-Zeitfenster</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Warn on a repeat stamp within</source>
            <translation>Warnen bei wiederholtem Stempel innerhalb</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>What a new member agrees to, beside the checkbox on the sign-up form. It is kept with each sign-up in the audit log.</source>
            <translation>Wozu ein neues Mitglied zustimmt, neben dem Kästchen im Anmeldeformular. Wird mit jeder Anmeldung im Prüfprotokoll gespeichert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>unchanged</source>
            <translation>unverändert</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>{percent} %</source>
            <translation>{percent} %</translation>
        </message>
    </context>
    <context>
        <name>Staff</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n hours</source>
            <translation>
                <numerusform>%n Stunde</numerusform>
                <numerusform>%n Stunden</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n Minute</numerusform>
                <numerusform>%n Minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n Sekunde</numerusform>
                <numerusform>%n Sekunden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A member of staff needs a name.</source>
            <translation>Ein Mitarbeiter braucht einen Namen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A member's history</source>
            <translation>Der Verlauf eines Mitglieds</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A name has at most {limit} characters.</source>
            <translation>Ein Name hat höchstens {limit} Zeichen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Changing a member's details</source>
            <translation>Angaben eines Mitglieds ändern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Changing the settings</source>
            <translation>Einstellungen ändern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Checking refused writes</source>
            <translation>Abgelehnte Vorgänge prüfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Deleting a member</source>
            <translation>Ein Mitglied löschen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Exporting the audit log</source>
            <translation>Prüfprotokoll exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Managing staff and PINs</source>
            <translation>Personal und PINs verwalten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Printing a card</source>
            <translation>Eine Karte drucken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Signing up a member</source>
            <translation>Ein Mitglied anmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>That member of staff is not on this station. Choose a name from the list.</source>
            <translation>Dieser Mitarbeiter ist nicht an dieser Kasse. Einen Namen aus der Liste wählen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>There is already a {name} on this station. Use another name (add an initial).</source>
            <translation>Es gibt schon eine Person {name} an dieser Kasse. Anderen Namen verwenden (eine Initiale anfügen).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Too many wrong PINs: {name} is locked out for {duration}. Wait, or ask a manager to set a new PIN.</source>
            <translation>Zu viele falsche PINs: {name} ist für {duration} gesperrt. Warten oder eine Leitung um eine neue PIN bitten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Voiding a card</source>
            <translation>Eine Karte sperren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. %n more tries before a lockout; type it again, or ask a manager.</source>
            <translation>
                <numerusform>Falsche PIN für {name}. Noch %n Versuch bis zur Sperre; erneut eingeben oder eine Leitung fragen.</numerusform>
                <numerusform>Falsche PIN für {name}. Noch %n Versuche bis zur Sperre; erneut eingeben oder eine Leitung fragen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. 1 more try before a lockout; type it again, or ask a manager.</source>
            <translation>Falsche PIN für {name}. Noch 1 Versuch bis zur Sperre; erneut eingeben oder eine Leitung fragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>{name} is the only manager: add another manager first, or nobody could approve voids, deletes or settings.</source>
            <translation>{name} ist die einzige Leitung: Zuerst eine weitere Leitung anlegen, sonst kann niemand Sperren, Löschen oder Einstellungen freigeben.</translation>
        </message>
    </context>
    <context>
        <name>StaffAccess</name>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>Nobody is signed in at the counter: choose your name and type your PIN.</source>
            <translation>Niemand ist an der Kasse angemeldet: Namen wählen und PIN eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>The first member of staff must be a manager: add yourself as manager, then the cashiers.</source>
            <translation>Der erste Mitarbeiter muss eine Leitung sein: sich selbst als Leitung anlegen, dann die Kassenkräfte.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>{action} needs a manager, and this station has none yet. Add a manager (a name and a PIN) first.</source>
            <translation>{action} braucht eine Leitung, und diese Kasse hat noch keine. Zuerst eine Leitung anlegen (Name und PIN).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>{action} needs a manager: ask a manager to type their PIN.</source>
            <translation>{action} braucht eine Leitung: eine Leitung die PIN eingeben lassen.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff</source>
            <translation>Personal</translation>
        </message>
    </context>
    <context>
        <name>StaffGate</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source> Choose your name and type your PIN.</source>
            <translation> Namen wählen und PIN eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>A manager is needed</source>
            <translation>Eine Leitung wird gebraucht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Add a manager</source>
            <translation>Eine Leitung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Add a manager…</source>
            <translation>Leitung hinzufügen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Nobody is signed in.</source>
            <translation>Niemand ist angemeldet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Sign out</source>
            <translation>Abmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Sign {name} out</source>
            <translation>{name} abmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>This station has no staff yet: everyone works under the operator name in Settings. Add a manager (a name and a PIN) to sign in by name.</source>
            <translation>Diese Kasse hat noch kein Personal: Alle arbeiten unter dem Bedienernamen aus den Einstellungen. Eine Leitung anlegen (Name und PIN), um sich mit Namen anzumelden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Who is at the counter</source>
            <translation>Wer an der Kasse ist</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>{name} is signed in.</source>
            <translation>{name} ist angemeldet.</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  at the counter</source>
            <translation>  ·  an der Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  locked out</source>
            <translation>  ·  gesperrt</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>%n entries of the audit log written to {path}.</source>
            <translation>
                <numerusform>%n Eintrag des Prüfprotokolls nach {path} geschrieben.</numerusform>
                <numerusform>%n Einträge des Prüfprotokolls nach {path} geschrieben.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add</source>
            <translation>Hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add a member of staff</source>
            <translation>Einen Mitarbeiter hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add the first manager</source>
            <translation>Erste Leitung hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add this member of staff</source>
            <translation>Diesen Mitarbeiter hinzufügen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashier: stamps, rewards, sign-ups, cards</source>
            <translation>Kassenkraft: Stempel, Prämien, Anmeldungen, Karten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashiers sign in with their PIN (click the name in the status bar). A manager's PIN is asked for voids, deletes, reviews, settings and staff. Changes here apply at once.</source>
            <translation>Kassenkräfte melden sich mit ihrer PIN an (auf den Namen in der Statusleiste klicken). Für Sperren, Löschen, Prüfen, Einstellungen und Personal wird die PIN einer Leitung verlangt. Änderungen hier gelten sofort.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log</source>
            <translation>Prüfprotokoll exportieren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log (CSV)…</source>
            <translation>Prüfprotokoll exportieren (CSV)…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make cashier</source>
            <translation>Zur Kassenkraft machen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make manager</source>
            <translation>Zur Leitung machen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a cashier</source>
            <translation>Gewählte Person zur Kassenkraft machen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a manager</source>
            <translation>Gewählte Person zur Leitung machen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Manager: also edit, void, delete, review, settings</source>
            <translation>Leitung: auch ändern, sperren, löschen, prüfen, Einstellungen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name of the new member of staff</source>
            <translation>Name des neuen Mitarbeiters</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN</source>
            <translation>Neue PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN for the chosen person</source>
            <translation>Neue PIN für die gewählte Person</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>No staff yet: everyone works under the operator name in Settings → Counter, and voids, deletes and reviews wait for a manager. Add yourself as the first manager; then add the cashiers.</source>
            <translation>Noch kein Personal: Alle arbeiten unter dem Bedienernamen aus Einstellungen → Kasse, und Sperren, Löschen und Prüfen warten auf eine Leitung. Sich selbst als erste Leitung anlegen, dann die Kassenkräfte.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN</source>
            <translation>PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN again</source>
            <translation>PIN wiederholen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN of the new member of staff</source>
            <translation>PIN des neuen Mitarbeiters</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove</source>
            <translation>Entfernen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove the chosen person</source>
            <translation>Gewählte Person entfernen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role</source>
            <translation>Rolle</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role of the new member of staff</source>
            <translation>Rolle des neuen Mitarbeiters</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set new PIN</source>
            <translation>Neue PIN setzen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set the new PIN</source>
            <translation>Die neue PIN setzen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff message</source>
            <translation>Meldung für das Personal</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff of this station</source>
            <translation>Personal dieser Kasse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The audit log could not be written to {path}: {reason}.</source>
            <translation>Das Prüfprotokoll konnte nicht nach {path} geschrieben werden: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The same PIN again</source>
            <translation>Dieselbe PIN noch einmal</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The two PINs differ: type the same PIN twice.</source>
            <translation>Die beiden PINs sind verschieden: zweimal dieselbe PIN eingeben.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>cashier</source>
            <translation>Kassenkraft</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>manager</source>
            <translation>Leitung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{low}–{high} digits</source>
            <translation>{low}–{high} Ziffern</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name}  ·  {role}</source>
            <translation>{name}  ·  {role}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} has a new PIN (a lockout, if any, is over).</source>
            <translation>{name} hat eine neue PIN (eine Sperre ist aufgehoben).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} is now a {role}.</source>
            <translation>{name} ist jetzt {role}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was added as {role}.</source>
            <translation>{name} wurde als {role} hinzugefügt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was removed (the audit log keeps the name).</source>
            <translation>{name} wurde entfernt (das Prüfprotokoll behält den Namen).</translation>
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message>
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Ein Kreis pro Stempel bis zur Prämie, gefüllt, sobald verdient</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>Stamp card</source>
            <translation>Stempelkarte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} von %n Stempel</numerusform>
                <numerusform>{stamps} von %n Stempeln</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>No backend is set up: open Settings (F10) and enter the server address, API key and secret, or choose Demo. Settings file: {path}</source>
            <translation>Kein Backend eingerichtet: Einstellungen (F10) öffnen und Serveradresse, API-Schlüssel und Geheimnis eingeben oder Demo wählen. Einstellungsdatei: {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>Program {id}</source>
            <translation>Programm {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The demo server does not answer. See the log in {folder}.</source>
            <translation>Der Demo-Server antwortet nicht. Siehe das Protokoll in {folder}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server at {address} cannot be reached and no program is chosen yet. Check the network and start again.</source>
            <translation>Der Treue-Server unter {address} ist nicht erreichbar, und noch ist kein Programm gewählt. Netzwerk prüfen und neu starten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server cannot be reached. The counter started with what this station last knew; stamps are queued and sent when it is back.</source>
            <translation>Der Treue-Server ist nicht erreichbar. Die Kasse startete mit dem letzten Stand dieser Kasse; Stempel werden vorgemerkt und gesendet, sobald er zurück ist.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server has no programs (cards) yet. Add one first.</source>
            <translation>Der Treue-Server hat noch keine Programme (Karten). Zuerst eines anlegen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>{problem}. See the log in {folder}.</source>
            <translation>{problem}. Siehe das Protokoll in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Station</name>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source> and </source>
            <translation> und </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>Saved. Restart the app to use {what}.</source>
            <translation>Gespeichert. App neu starten, um {what} zu verwenden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>Something went wrong ({name}). It was logged; try again.</source>
            <translation>Etwas ist schiefgegangen ({name}). Es wurde protokolliert; bitte erneut versuchen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>The counter could not start because of an unexpected error. It was written to the log in {path}; send it to whoever looks after this counter.</source>
            <translation>Die Kasse konnte wegen eines unerwarteten Fehlers nicht starten. Er steht im Protokoll unter {path}; bitte an die zuständige Person senden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>pos-loyalty cannot start</source>
            <translation>pos-loyalty kann nicht starten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>switching program</source>
            <translation>Programmwechsel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>the new backend</source>
            <translation>das neue Backend</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>the new camera</source>
            <translation>die neue Kamera</translation>
        </message>
    </context>
    <context>
        <name>StationFile</name>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>A new station file could not be made at {path}. Check that the folder is writable and the disk has room, then start again.</source>
            <translation>Unter {path} konnte keine neue Kassendatei angelegt werden. Prüfen, ob der Ordner beschreibbar ist und die Festplatte Platz hat, dann neu starten.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; its %n queued writes were kept and will be sent. The old file is kept as {aside}.</source>
            <translation>
                <numerusform>Die Kassendatei war beschädigt, eine neue wurde angelegt; der %n vorgemerkte Vorgang wurde übernommen und wird gesendet. Die alte Datei liegt unter {aside}.</numerusform>
                <numerusform>Die Kassendatei war beschädigt, eine neue wurde angelegt; die %n vorgemerkten Vorgänge wurden übernommen und werden gesendet. Die alte Datei liegt unter {aside}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; no writes were waiting in it. The old file is kept as {aside}.</source>
            <translation>Die Kassendatei war beschädigt, eine neue wurde angelegt; darin warteten keine Vorgänge. Die alte Datei liegt unter {aside}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; the old one could not be read, so writes queued in it were not sent. It is kept as {aside} for a technician.</source>
            <translation>Die Kassendatei war beschädigt, eine neue wurde angelegt; die alte war unlesbar, vorgemerkte Vorgänge wurden daher nicht gesendet. Sie liegt unter {aside} für die Technik.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file {path} cannot be opened ({cause}). Check that no other counter is running on this computer and that the folder is writable, then start again.</source>
            <translation>Die Kassendatei {path} lässt sich nicht öffnen ({cause}). Prüfen, dass keine andere Kasse auf diesem Computer läuft und der Ordner beschreibbar ist, dann neu starten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file {path} is damaged and could not be moved aside ({cause}). Move it out of the folder by hand, then start again.</source>
            <translation>Die Kassendatei {path} ist beschädigt und konnte nicht beiseitegelegt werden ({cause}). Von Hand aus dem Ordner entfernen, dann neu starten.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n to check</source>
            <translation>
                <numerusform>%n zu prüfen</numerusform>
                <numerusform>%n zu prüfen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n wartet auf Versand</numerusform>
                <numerusform>%n warten auf Versand</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connecting…</source>
            <translation>Verbinde…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connection</source>
            <translation>Verbindung</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connection, writes waiting, program and operator</source>
            <translation>Verbindung, wartende Vorgänge, Programm und Mitarbeiter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Nothing waiting</source>
            <translation>Nichts wartet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Opens the operator switch</source>
            <translation>Öffnet den Mitarbeiterwechsel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Opens the writes the server refused or did not answer</source>
            <translation>Öffnet die Vorgänge, die der Server abgelehnt oder nicht beantwortet hat</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Program</source>
            <translation>Programm</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Program: {program}</source>
            <translation>Programm: {program}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Queued writes</source>
            <translation>Vorgemerkte Vorgänge</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending in a moment</source>
            <translation>Wird gleich gesendet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending in a moment (Ctrl+Z undoes)</source>
            <translation>Wird gleich gesendet (Strg+Z macht rückgängig)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending…</source>
            <translation>Wird gesendet…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Stamps and changes kept here until the server has them</source>
            <translation>Stempel und Änderungen, die hier bleiben, bis der Server sie hat</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Station and operator: switch operator</source>
            <translation>Kasse und Mitarbeiter: Mitarbeiter wechseln</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Station status</source>
            <translation>Kassenstatus</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>The loyalty program this counter stamps</source>
            <translation>Das Treueprogramm, für das diese Kasse stempelt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Whether this station reaches the loyalty server</source>
            <translation>Ob diese Kasse den Treue-Server erreicht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Who is at the counter: click to switch</source>
            <translation>Wer an der Kasse ist: zum Wechseln klicken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Writes the server refused or whose answer was lost: check them</source>
            <translation>Vorgänge, die der Server abgelehnt hat oder deren Antwort verloren ging: prüfen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Writes to check</source>
            <translation>Zu prüfende Vorgänge</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>{operator} is at the counter: click to switch operator</source>
            <translation>{operator} ist an der Kasse: zum Mitarbeiterwechsel klicken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Connecting…</source>
            <translation>● Verbinde…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Offline: stamps are queued</source>
            <translation>● Offline: Stempel werden vorgemerkt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Online</source>
            <translation>● Online</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>%n stamps to add</source>
            <translation>
                <numerusform>%n Stempel hinzuzufügen</numerusform>
                <numerusform>%n Stempel hinzuzufügen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Fewer stamps</source>
            <translation>Weniger Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More stamps</source>
            <translation>Mehr Stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Number of stamps</source>
            <translation>Anzahl Stempel</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Issue a new card</source>
            <translation>Neue Karte ausstellen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>The card of {name} ({card}) is voided already. Issue a new card to serve them again; the stamps move over.</source>
            <translation>Die Karte von {name} ({card}) ist schon gesperrt. Eine neue Karte ausstellen, um das Mitglied wieder zu bedienen; die Stempel werden übertragen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void + new card</source>
            <translation>Sperren + neue Karte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void only</source>
            <translation>Nur sperren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card and issue a new one</source>
            <translation>Karte sperren und eine neue ausstellen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card of {name}</source>
            <translation>Karte von {name} sperren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card only</source>
            <translation>Nur die Karte sperren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Voiding blocks {name}'s {card}: it cannot get stamps or rewards any more. The member is kept.</source>
            <translation>Sperren blockiert die {card} von {name}: Sie bekommt keine Stempel oder Prämien mehr. Das Mitglied bleibt erhalten.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>What would be lost</source>
            <translation>Was verloren ginge</translation>
        </message>
    </context>
</TS>
