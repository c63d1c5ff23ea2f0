<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl_NL" sourcelanguage="en">
    <context>
        <name>ActionPanel</name>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>+1 stamp</source>
            <translation>+1 stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>A large QR code the member scans to open their card page</source>
            <translation>Een grote QR-code die het lid scant om de kaartpagina te openen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add %n stamps</source>
            <translation>
                <numerusform>%n stempel toevoegen</numerusform>
                <numerusform>%n stempels toevoegen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add one stamp</source>
            <translation>Eén stempel toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add one stamp (Space or F5)</source>
            <translation>Eén stempel toevoegen (spatie of F5)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add several stamps</source>
            <translation>Meerdere stempels toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Change details…</source>
            <translation>Gegevens wijzigen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Delete member…</source>
            <translation>Lid verwijderen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Done  (Esc)</source>
            <translation>Klaar  (Esc)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Done, next customer</source>
            <translation>Klaar, volgende klant</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>History, change details, void or delete</source>
            <translation>Geschiedenis, gegevens wijzigen, blokkeren of verwijderen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More</source>
            <translation>Meer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More for this member</source>
            <translation>Meer voor dit lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print card</source>
            <translation>Afdrukken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print the card, or save it as PDF or PNG (Ctrl+P)</source>
            <translation>Druk de kaart af, of bewaar hem als pdf of PNG (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print the member's card</source>
            <translation>De kaart van het lid afdrukken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Show QR</source>
            <translation>QR tonen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Show the card's QR code</source>
            <translation>De QR-code van de kaart tonen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Space: +1   Ctrl+Z: undo   Alt+1…6: redeem</source>
            <translation>Spatie: +1   Ctrl+Z: ongedaan   Alt+1…6: inwisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo</source>
            <translation>Ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo  ({seconds} s)</source>
            <translation>Ongedaan maken  ({seconds} s)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo the last stamp</source>
            <translation>De laatste stempel ongedaan maken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo the last stamp (Ctrl+Z)</source>
            <translation>De laatste stempel ongedaan maken (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Void card (lost) / new card…</source>
            <translation>Kaart blokkeren (kwijt) / nieuwe kaart…</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Cancel  (Esc)</source>
            <translation>Annuleren  (Esc)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Confirm</source>
            <translation>Bevestigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>No message</source>
            <translation>Geen melding</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>What just happened at the counter, and what to do next</source>
            <translation>Wat er net aan de kassa gebeurde, en wat u nu doet</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera preview</source>
            <translation>Cameravoorbeeld</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera starting…</source>
            <translation>Camera start…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera status</source>
            <translation>Status van de camera</translation>
        </message>
    </context>
    <context>
        <name>CameraScanner</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>Camera on: {camera}</source>
            <translation>Camera aan: {camera}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>{camera} ended.</source>
            <translation>{camera} is gestopt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>{camera} was lost; trying again…</source>
            <translation>{camera} kwijt; opnieuw proberen…</translation>
        </message>
    </context>
    <context>
        <name>CardDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source> Printing goes through the system's print queue (lp).</source>
            <translation> Afdrukken gaat via de afdrukwachtrij van het systeem (lp).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source> This computer has no printing set up for the counter: save the card as a PDF and print it from another program.</source>
            <translation> Op deze computer is geen printer ingesteld voor de kassa: bewaar de kaart als pdf en druk die af vanuit een ander programma.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Card of the member</source>
            <translation>Kaart van het lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Card of {name}</source>
            <translation>Kaart van {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Loyalty card {code}</source>
            <translation>Klantenkaart {code}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Pdf-bestanden (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>PNG pictures (*.png)</source>
            <translation>PNG-afbeeldingen (*.png)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Picture of the printed card</source>
            <translation>Afbeelding van de gedrukte kaart</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print on a receipt printer or a normal one (the card prints at its real size, 85.6 × 54 mm), or save it as a PDF or a picture.</source>
            <translation>Druk af op een bonprinter of een gewone printer (de kaart komt op ware grootte, 85,6 × 54 mm), of bewaar hem als pdf of afbeelding.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print the card</source>
            <translation>Kaart afdrukken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Printed to {path}</source>
            <translation>Afgedrukt naar {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print…</source>
            <translation>Afdrukken…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save PDF…</source>
            <translation>Pdf bewaren…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save PNG…</source>
            <translation>PNG bewaren…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card</source>
            <translation>Kaart bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card as PDF</source>
            <translation>Kaart als pdf bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card as PNG</source>
            <translation>Kaart als PNG bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Saved: {path}</source>
            <translation>Bewaard: {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Sent to the printer (lp).</source>
            <translation>Naar de printer gestuurd (lp).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Sent to the printer.</source>
            <translation>Naar de printer gestuurd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>The card could not be printed. Save it as a PDF instead.</source>
            <translation>De kaart kon niet worden afgedrukt. Bewaar hem als pdf.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>The printer queue refused the card ({reason}). Save it as a PDF.</source>
            <translation>De afdrukwachtrij weigerde de kaart ({reason}). Bewaar hem als pdf.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>no reason given</source>
            <translation>geen reden opgegeven</translation>
        </message>
    </context>
    <context>
        <name>CodeKeypad</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Clear</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Clear the code</source>
            <translation>De code wissen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Delete the last character</source>
            <translation>Laatste teken wissen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Look up</source>
            <translation>Opzoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Look up the typed code</source>
            <translation>De getypte code opzoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Type {letter}</source>
            <translation>{letter} typen</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>Nothing readable was scanned. Scan the card again.</source>
            <translation>Er is niets leesbaars gescand. Scan de kaart opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That QR code is a web link, not a loyalty card. Ask for the loyalty card, or look the member up by name.</source>
            <translation>Die QR-code is een weblink, geen klantenkaart. Vraag om de klantenkaart, of zoek het lid op naam.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That is not a loyalty card code: it has characters a card never has ({chars}). Scan the card again, or type the code.</source>
            <translation>Dat is geen code van een klantenkaart: er staan tekens in die een kaart nooit heeft ({chars}). Scan de kaart opnieuw, of typ de code.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That is not a loyalty card code: it has {count} characters, a card code has {expected}. Scan the card again, or type the code.</source>
            <translation>Dat is geen code van een klantenkaart: hij heeft {count} tekens, een kaartcode heeft {expected}. Scan de kaart opnieuw, of typ de code.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That scan is far too long to be a loyalty card. Scan the card again.</source>
            <translation>Die scan is veel te lang voor een klantenkaart. Scan de kaart opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>The scanner types for another keyboard layout and this code could be read more than one way. Type the code, or set the scanner to this computer's keyboard layout.</source>
            <translation>De scanner typt voor een ander toetsenbord en deze code kan op meer dan één manier gelezen worden. Typ de code, of stel de scanner in op het toetsenbord van deze computer.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/domain/codes.py" />
            <source>{low} to {high} letters and digits</source>
            <translation>{low} tot {high} letters en cijfers</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/domain/codes.py" />
            <source>{n} letters and digits</source>
            <translation>{n} letters en cijfers</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <location filename="../../../pos_loyalty/station/counter.py" />
            <source>{reward} is no longer on this card: it was used or has expired. Nothing to hand over.</source>
            <translation>{reward} staat niet meer op deze kaart: al gebruikt of verlopen. Niets om mee te geven.</translation>
        </message>
    </context>
    <context>
        <name>CounterDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Close</source>
            <translation>Sluiten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Message</source>
            <translation>Bericht</translation>
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
            <translation> (nieuwe kaart op {after})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source> (new card starts)</source>
            <translation> (nieuwe kaart begint)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>A write could not be confirmed: the answer was lost. Look the member up before doing it again; it is listed under 'to check' in the status bar.</source>
            <translation>Een schrijfactie kon niet bevestigd worden: het antwoord ging verloren. Zoek het lid op voor u het opnieuw doet; het staat onder 'na te kijken' in de statusbalk.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>A write for {name} could not be confirmed: the answer was lost. Look the member up before doing it again; it is listed under 'to check' in the status bar.</source>
            <translation>Een schrijfactie voor {name} kon niet bevestigd worden: het antwoord ging verloren. Zoek het lid op voor u het opnieuw doet; het staat onder 'na te kijken' in de statusbalk.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add %n more stamps?</source>
            <translation>
                <numerusform>Nog %n stempel toevoegen?</numerusform>
                <numerusform>Nog %n stempels toevoegen?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add another stamp?</source>
            <translation>Nog een stempel toevoegen?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online. Queued here: {sent} sent, {check} to check (see 'to check' in the status bar).</source>
            <translation>Weer online. Hier in de wachtrij: {sent} verstuurd, {check} na te kijken (zie 'na te kijken' in de statusbalk).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: %n queued stamp(s) sent.</source>
            <translation>
                <numerusform>Weer online: %n stempel uit de wachtrij verstuurd.</numerusform>
                <numerusform>Weer online: %n stempels uit de wachtrij verstuurd.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: everything queued here was sent (%n).</source>
            <translation>
                <numerusform>Weer online: alles wat hier wachtte is verstuurd (%n).</numerusform>
                <numerusform>Weer online: alles wat hier wachtte is verstuurd (%n).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Offline: queued, sent when the server is back.</source>
            <translation>Offline: in de wachtrij, verstuurd zodra de server terug is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeem</source>
            <translation>Inwisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeem {reward} for {name} now?</source>
            <translation>{reward} nu inwisselen voor {name}?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeemed offline: {reward}. Hand it over; it is recorded when the server is back.</source>
            <translation>Offline ingewisseld: {reward}. Geef het mee; het wordt vastgelegd zodra de server terug is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeemed: {reward}. Hand it over!</source>
            <translation>Ingewisseld: {reward}. Geef het mee!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Reward earned: {names}</source>
            <translation>Beloning verdiend: {names}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Scan a card first.</source>
            <translation>Scan eerst een kaart.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Something went wrong ({name}). It was logged; try again.</source>
            <translation>Er ging iets mis ({name}). Het is gelogd; probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Stamp undone. Nothing was sent.</source>
            <translation>Stempel ongedaan gemaakt. Er is niets verstuurd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Switch</source>
            <translation>Wisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The reward is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>De beloning staat hier in de wachtrij: {why}. Ze gaat weg zodra de server terug is; er gaat niets verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The server refused a write. Look the member up to see where it stands.</source>
            <translation>De server weigerde een schrijfactie. Zoek het lid op om te zien hoe het ervoor staat.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The stamp is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>De stempel staat hier in de wachtrij: {why}. Hij gaat weg zodra de server terug is; er gaat niets verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>This card belongs to {program}, not {current}. Choose that program in Settings (F10) to serve it.</source>
            <translation>Deze kaart hoort bij {program}, niet bij {current}. Kies dat programma in Instellingen (F10) om hem te bedienen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>This card belongs to {program}, not {current}. Switch this station to {program}?</source>
            <translation>Deze kaart hoort bij {program}, niet bij {current}. Deze kassa overschakelen naar {program}?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Too late to undo: the stamp was already sent.</source>
            <translation>Te laat om ongedaan te maken: de stempel is al verstuurd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Yes, add</source>
            <translation>Ja, toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>program {id}</source>
            <translation>programma {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>the demo server is not answering; it restarts by itself</source>
            <translation>de demoserver antwoordt niet; hij start vanzelf opnieuw</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>the loyalty server is not answering</source>
            <translation>de loyaltyserver antwoordt niet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}'s reward is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>De beloning van {name} staat hier in de wachtrij: {why}. Ze gaat weg zodra de server terug is; er gaat niets verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}'s stamp is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>De stempel van {name} staat hier in de wachtrij: {why}. Hij gaat weg zodra de server terug is; er gaat niets verloren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}:  {before} → {after} of {goal}</source>
            <translation>{name}:  {before} → {after} van {goal}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}:  {before} → {goal} of {goal}, full</source>
            <translation>{name}:  {before} → {goal} van {goal}, vol</translation>
        </message>
    </context>
    <context>
        <name>CounterWindow</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Camera</source>
            <translation>Camera</translation>
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
            <translation>Demomodus: een lokale server met verzonnen leden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation>Nieuw lid  (F2)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. Found: {note}</source>
            <translation>Offline. Gevonden: {note}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. No member found: {note}</source>
            <translation>Offline. Geen lid gevonden: {note}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Show the camera picture</source>
            <translation>Camerabeeld tonen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>pos-loyalty · Counter</source>
            <translation>pos-loyalty · Kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>⚙  Settings</source>
            <translation>⚙  Instellingen</translation>
        </message>
    </context>
    <context>
        <name>CustomerDisplay</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n more for {reward}</source>
            <translation>
                <numerusform>Nog %n voor {reward}</numerusform>
                <numerusform>Nog %n voor {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n stamps: {reward}</source>
            <translation>
                <numerusform>%n stempel: {reward}</numerusform>
                <numerusform>%n stempels: {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Collect %n stamps for a reward</source>
            <translation>
                <numerusform>Spaar %n stempel voor een beloning</numerusform>
                <numerusform>Spaar %n stempels voor een beloning</numerusform>
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
            <translation>Vraag aan de kassa naar deze kaart.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Ready for you: {rewards}</source>
            <translation>Klaar voor u: {rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Reward earned: {rewards}</source>
            <translation>Beloning verdiend: {rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Show your loyalty card at the counter</source>
            <translation>Toon uw klantenkaart aan de kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Welcome!</source>
            <translation>Welkom!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>pos-loyalty · Customer display</source>
            <translation>pos-loyalty · Klantenscherm</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} van %n stempel</numerusform>
                <numerusform>{stamps} van %n stempels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerStampCard</name>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Eén cirkel per stempel naar de beloning, gevuld zodra verdiend</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>Stamp card</source>
            <translation>Stempelkaart</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} van %n stempel</numerusform>
                <numerusform>{stamps} van %n stempels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>CSV file to export to</source>
            <translation>Csv-bestand om naar te exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>CSV files (*.csv)</source>
            <translation>Csv-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Kan {path} niet schrijven: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Chart of the day's numbers per operator</source>
            <translation>Grafiek van de cijfers van de dag per medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose where to save the CSV</source>
            <translation>Kies waar de csv komt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose where to save the CSV first.</source>
            <translation>Kies eerst waar de csv komt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Day</source>
            <translation>Dag</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Day's numbers status</source>
            <translation>Status van de dagcijfers</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Enrolled</source>
            <translation>Ingeschreven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Export CSV</source>
            <translation>Csv exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Export to CSV</source>
            <translation>Exporteren naar csv</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Operator</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Refresh the numbers</source>
            <translation>De cijfers vernieuwen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Repeats</source>
            <translation>Herhalingen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Rewards</source>
            <translation>Beloningen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Save the day's numbers</source>
            <translation>De dagcijfers bewaren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Saved %n rows to {path}.</source>
            <translation>
                <numerusform>%n rij bewaard in {path}.</numerusform>
                <numerusform>%n rijen bewaard in {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Scope</source>
            <translation>Bereik</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Shift {start}–{end}</source>
            <translation>Dienst {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Stamps</source>
            <translation>Stempels</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>The day's numbers</source>
            <translation>De cijfers van de dag</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>De map {folder} bestaat niet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Undone</source>
            <translation>Ongedaan</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Where to save the CSV</source>
            <translation>Waar de csv komt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>everyone</source>
            <translation>iedereen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>nobody yet</source>
            <translation>nog niemand</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>now</source>
            <translation>nu</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>{operator} (no sign-in)</source>
            <translation>{operator} (niet aangemeld)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>{who} at {station}</source>
            <translation>{who} op {station}</translation>
        </message>
    </context>
    <context>
        <name>Decoders</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/decoders.py" />
            <source>The pyzbar backend needs the zbar library: sudo apt-get install libzbar0 (zxing-cpp keeps working without it).</source>
            <translation>De pyzbar-backend heeft de zbar-bibliotheek nodig: sudo apt-get install libzbar0 (zxing-cpp werkt zonder verder).</translation>
        </message>
    </context>
    <context>
        <name>DeleteDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete</source>
            <translation>Verwijderen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete the member</source>
            <translation>Het lid verwijderen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete {name}</source>
            <translation>{name} verwijderen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete {name} ({card}) from the program? The member, their card and their history on the server are gone for good. A lost card is better voided.</source>
            <translation>{name} ({card}) uit het programma verwijderen? Het lid, de kaart en de geschiedenis op de server zijn voorgoed weg. Een verloren kaart kunt u beter blokkeren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Type {word} to confirm</source>
            <translation>Typ {word} om te bevestigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Type {word} to confirm:</source>
            <translation>Typ {word} om te bevestigen:</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>What would be lost</source>
            <translation>Wat verloren zou gaan</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Change {name}</source>
            <translation>{name} wijzigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Save changes</source>
            <translation>Wijzigingen bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Save the changes</source>
            <translation>De wijzigingen bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Some details need fixing: see the lines in red.</source>
            <translation>Sommige gegevens moeten worden verbeterd: zie de rode regels.</translation>
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
            <translation>Demoserver opnieuw gestart</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>Demo server stopped, restarting…</source>
            <translation>Demoserver gestopt, herstart…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>The demo server could not be started: {reason}</source>
            <translation>De demoserver kon niet gestart worden: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>The demo server did not start: {reason}</source>
            <translation>De demoserver is niet gestart: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>no output</source>
            <translation>geen uitvoer</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source> (from this station's copy)</source>
            <translation> (uit de kopie van deze kassa)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source> (signed up here, on its way to the server)</source>
            <translation> (hier ingeschreven, onderweg naar de server)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Consent wording</source>
            <translation>Tekst van de toestemming</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Looking for a member with the same e-mail or phone…</source>
            <translation>Zoeken naar een lid met hetzelfde e-mailadres of telefoonnummer…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Members with the same e-mail or phone</source>
            <translation>Leden met hetzelfde e-mailadres of telefoonnummer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>New member</source>
            <translation>Nieuw lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Open that member</source>
            <translation>Dat lid openen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Open {name}</source>
            <translation>{name} openen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Read the consent to the member and tick the box first.</source>
            <translation>Lees de toestemming voor aan het lid en vink eerst het vakje aan.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign the member up</source>
            <translation>Het lid inschrijven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign the member up anyway</source>
            <translation>Het lid toch inschrijven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign up</source>
            <translation>Inschrijven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign up anyway</source>
            <translation>Toch inschrijven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Some details need fixing: see the lines in red.</source>
            <translation>Sommige gegevens moeten worden verbeterd: zie de rode regels.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The member agrees</source>
            <translation>Het lid gaat akkoord</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The member agrees to this</source>
            <translation>Het lid gaat hiermee akkoord</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The server cannot be reached: only this station's members were checked.</source>
            <translation>De server is niet bereikbaar: alleen de leden van deze kassa zijn nagekeken.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>This may be a member already: open them, or sign up anyway.</source>
            <translation>Dit is misschien al een lid: open het, of schrijf toch in.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>“{wording}”</source>
            <translation>“{wording}”</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../../pos_loyalty/ui/errors.py" />
            <source>Something unexpected went wrong. It was logged. The stamps already taken are safe; if this keeps happening, restart the app.</source>
            <translation>Er ging iets onverwachts mis. Het is gelogd. De stempels die al gegeven zijn, zijn veilig; gebeurt dit vaker, start de app dan opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>Something went wrong. It was logged; try again.</source>
            <translation>Er ging iets mis. Het is gelogd; probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The answer from the loyalty server was lost, so it is not known whether this went through. It is listed under 'to check' in the status bar.</source>
            <translation>Het antwoord van de loyaltyserver ging verloren, dus het is niet bekend of dit gelukt is. Het staat onder 'na te kijken' in de statusbalk.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server asks to slow down. Wait a few seconds, then try again.</source>
            <translation>De loyaltyserver vraagt om het rustiger aan te doen. Wacht een paar seconden en probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server cannot be reached. Stamps and rewards are queued and sent when it is back.</source>
            <translation>De loyaltyserver is niet bereikbaar. Stempels en beloningen staan in de wachtrij en gaan weg zodra hij terug is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server gave an answer that makes no sense. Check the server address in Settings (F10).</source>
            <translation>De loyaltyserver gaf een antwoord dat nergens op slaat. Controleer het serveradres in Instellingen (F10).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server had a problem. Writes are queued and sent again; if it lasts, tell the person who runs the server.</source>
            <translation>De loyaltyserver had een probleem. Schrijfacties staan in de wachtrij en worden opnieuw verstuurd; duurt het lang, meld het dan aan wie de server beheert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server refused the API key or secret. Open Settings (F10) and enter the key pair again.</source>
            <translation>De loyaltyserver weigerde de API-sleutel of het geheim. Open Instellingen (F10) en voer het sleutelpaar opnieuw in.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>Enter the API key.</source>
            <translation>Voer de API-sleutel in.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>Enter the API secret.</source>
            <translation>Voer het API-geheim in.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>No loyalty server answers at this address. Check the address and the network.</source>
            <translation>Op dit adres antwoordt geen loyaltyserver. Controleer het adres en het netwerk.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server address starts with https:// (or http:// on this computer).</source>
            <translation>Het serveradres begint met https:// (of http:// op deze computer).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server answered, but it has no loyalty programs yet. Add one there first.</source>
            <translation>De server antwoordde, maar heeft nog geen loyaltyprogramma's. Voeg er daar eerst een toe.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server refused this key and secret. Check both.</source>
            <translation>De server weigerde deze sleutel en dit geheim. Controleer beide.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>A pos-loyalty server run by you or your IT person.</source>
            <translation>Een pos-loyalty-server die u of uw IT-persoon beheert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>A server on this computer with made-up members.</source>
            <translation>Een server op deze computer met verzonnen leden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>API key</source>
            <translation>API-sleutel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>API secret</source>
            <translation>API-geheim</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Back</source>
            <translation>Terug</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connect to Coupontools</source>
            <translation>Verbinden met Coupontools</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connect to your own server</source>
            <translation>Verbinden met uw eigen server</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connected: %n programs. Pick the one to serve.</source>
            <translation>
                <numerusform>Verbonden: %n programma. Kies het programma voor deze kassa.</numerusform>
                <numerusform>Verbonden: %n programma's. Kies het programma voor deze kassa.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connection test result</source>
            <translation>Resultaat van de verbindingstest</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Program</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Server address</source>
            <translation>Serveradres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Start the counter</source>
            <translation>De kassa starten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Test the connection</source>
            <translation>De verbinding testen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Testing…</source>
            <translation>Bezig met testen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Try the demo</source>
            <translation>De demo proberen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Welcome. How will this counter work?</source>
            <translation>Welkom. Hoe gaat deze kassa werken?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Your Coupontools loyalty programs, with the API key and secret from your account.</source>
            <translation>Uw loyaltyprogramma's bij Coupontools, met de API-sleutel en het geheim van uw account.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>pos-loyalty · Set up this counter</source>
            <translation>pos-loyalty · Deze kassa instellen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>{name}, %n stamps</source>
            <translation>
                <numerusform>{name}, %n stempel</numerusform>
                <numerusform>{name}, %n stempels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Frames</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>%n images</source>
            <translation>
                <numerusform>%n afbeelding</numerusform>
                <numerusform>%n afbeeldingen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>No camera found at {camera}. Check that it is plugged in, or choose another camera in Settings.</source>
            <translation>Geen camera gevonden op {camera}. Controleer of hij aangesloten is, of kies een andere camera in Instellingen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>There is no video file {path}.</source>
            <translation>Er is geen videobestand {path}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>camera {index}</source>
            <translation>camera {index}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>video {name}</source>
            <translation>video {name}</translation>
        </message>
    </context>
    <context>
        <name>Guards</name>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>Add another one?</source>
            <translation>Nog een toevoegen?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This card expired on {date}. It cannot get stamps or rewards. Ask for the member's current card.</source>
            <translation>Deze kaart is verlopen op {date}. Hij kan geen stempels of beloningen krijgen. Vraag om de huidige kaart van het lid.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This card was voided on {date}. It cannot get stamps or rewards. Ask for the member's current card.</source>
            <translation>Deze kaart is geblokkeerd op {date}. Hij kan geen stempels of beloningen krijgen. Vraag om de huidige kaart van het lid.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago at this counter, by {operator}.</source>
            <translation>
                <numerusform>Dit lid kreeg %n seconde geleden een stempel aan deze kassa, van {operator}.</numerusform>
                <numerusform>Dit lid kreeg %n seconden geleden een stempel aan deze kassa, van {operator}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago from {operator} at {station}.</source>
            <translation>
                <numerusform>Dit lid kreeg %n seconde geleden een stempel van {operator} op {station}.</numerusform>
                <numerusform>Dit lid kreeg %n seconden geleden een stempel van {operator} op {station}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp just now at this counter, by {operator}.</source>
            <translation>Dit lid kreeg net een stempel aan deze kassa, van {operator}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp just now from {operator} at {station}.</source>
            <translation>Dit lid kreeg net een stempel van {operator} op {station}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This program allows {limit} stamps a day; this member can get {remaining} more today.</source>
            <translation>Dit programma staat {limit} stempels per dag toe; dit lid kan er vandaag nog {remaining} krijgen.</translation>
        </message>
    </context>
    <context>
        <name>GuidedCameraView</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera picture</source>
            <translation>Camerabeeld</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera starting…</source>
            <translation>Camera start…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera unplugged, reconnecting…</source>
            <translation>Camera losgekoppeld, opnieuw verbinden…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Hold your card here</source>
            <translation>Houd uw kaart hier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Looking for the camera…</source>
            <translation>Camera zoeken…</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>%n stamps moved to the new card</source>
            <translation>
                <numerusform>%n stempel overgezet naar de nieuwe kaart</numerusform>
                <numerusform>%n stempels overgezet naar de nieuwe kaart</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Card re-issued</source>
            <translation>Kaart opnieuw uitgegeven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Consent given</source>
            <translation>Toestemming gegeven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Dismissed after a check</source>
            <translation>Geschrapt na controle</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Sent again after a check</source>
            <translation>Opnieuw verstuurd na controle</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>dismissed</source>
            <translation>geschrapt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>done</source>
            <translation>klaar</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>on its way to the server</source>
            <translation>onderweg naar de server</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>queued, not yet on the server</source>
            <translation>in de wachtrij, nog niet op de server</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>refused</source>
            <translation>geweigerd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>refused: {reason}</source>
            <translation>geweigerd: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>to check: the answer was lost</source>
            <translation>na te kijken: het antwoord ging verloren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>undone</source>
            <translation>ongedaan</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n lines written to {path}.</source>
            <translation>
                <numerusform>%n regel geschreven naar {path}.</numerusform>
                <numerusform>%n regels geschreven naar {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n operators written to {path}.</source>
            <translation>
                <numerusform>%n medewerker geschreven naar {path}.</numerusform>
                <numerusform>%n medewerkers geschreven naar {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Csv-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Changes</source>
            <translation>Wijzigingen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Deletes</source>
            <translation>Verwijderd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Everyone</source>
            <translation>Iedereen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export history…</source>
            <translation>Geschiedenis exporteren…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the history</source>
            <translation>De geschiedenis exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the member's history as CSV</source>
            <translation>De geschiedenis van het lid als csv exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the shift totals as CSV</source>
            <translation>De dienstotalen als csv exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the totals</source>
            <translation>De totalen exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export totals…</source>
            <translation>Totalen exporteren…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History</source>
            <translation>Geschiedenis</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History of this station</source>
            <translation>Geschiedenis van deze kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History of {name}</source>
            <translation>Geschiedenis van {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>How it ended</source>
            <translation>Hoe het afliep</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Member</source>
            <translation>Lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Period of the totals</source>
            <translation>Periode van de totalen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Refused</source>
            <translation>Geweigerd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Rewards</source>
            <translation>Beloningen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Shift totals</source>
            <translation>Dienstotalen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Sign-ups</source>
            <translation>Inschrijvingen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Since {name} signed in ({time})</source>
            <translation>Sinds {name} zich aanmeldde ({time})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Stamps</source>
            <translation>Stempels</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The file could not be written to {path}: {reason}.</source>
            <translation>Het bestand kon niet geschreven worden naar {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The last 7 days</source>
            <translation>De laatste 7 dagen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The member's history at this station</source>
            <translation>De geschiedenis van het lid op deze kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>To check</source>
            <translation>Na te kijken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Today</source>
            <translation>Vandaag</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Totals by operator</source>
            <translation>Totalen per medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Undone</source>
            <translation>Ongedaan</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Voids</source>
            <translation>Blokkeringen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>What this station did for the member; the server has the rest.</source>
            <translation>Wat deze kassa voor het lid deed; de server heeft de rest.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>When</source>
            <translation>Wanneer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Where</source>
            <translation>Waar</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
    </context>
    <context>
        <name>IdlePage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code</source>
            <translation>Kaartcode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code or link</source>
            <translation>Kaartcode of link</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up</source>
            <translation>Opzoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up the typed code</source>
            <translation>De getypte code opzoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation>Nieuw lid  (F2)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Scan a loyalty card</source>
            <translation>Scan een klantenkaart</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member</source>
            <translation>Een nieuw lid inschrijven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member: a short form, then the first stamp</source>
            <translation>Een nieuw lid inschrijven: een kort formulier, dan de eerste stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>…or type the code printed under the QR code</source>
            <translation>…of typ de code onder de QR-code</translation>
        </message>
    </context>
    <context>
        <name>ImportTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>. Stopped: {reason}. Import the same file again to finish it.</source>
            <translation>. Gestopt: {reason}. Importeer hetzelfde bestand opnieuw om af te maken.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>A CSV file of members</source>
            <translation>Een csv-bestand met leden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>CSV files (*.csv);;All (*)</source>
            <translation>Csv-bestanden (*.csv);;Alle (*)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancel the import</source>
            <translation>De import annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancelled. Import the same file again to finish it: no member is added twice.</source>
            <translation>Geannuleerd. Importeer hetzelfde bestand opnieuw om af te maken: geen lid wordt dubbel toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Check only (dry run)</source>
            <translation>Alleen controleren (proefdraaien)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Check the file</source>
            <translation>Het bestand controleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Checked.</source>
            <translation>Gecontroleerd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose the members file</source>
            <translation>Kies het ledenbestand</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose the members file first.</source>
            <translation>Kies eerst het ledenbestand.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose…</source>
            <translation>Kiezen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Done.</source>
            <translation>Klaar.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import progress</source>
            <translation>Voortgang van de import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import result</source>
            <translation>Resultaat van de import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import status</source>
            <translation>Status van de import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import the members</source>
            <translation>De leden importeren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Importing: {done} of %n members, batch {batch} of {batches}</source>
            <translation>
                <numerusform>Importeren: {done} van %n lid, pakket {batch} van {batches}</numerusform>
                <numerusform>Importeren: {done} van %n leden, pakket {batch} van {batches}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members file</source>
            <translation>Ledenbestand</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members file to import</source>
            <translation>Te importeren ledenbestand</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members from a CSV file into {program}. Columns: first_name, last_name, email, phone, custom_1 … custom_8. Rows already in the program are skipped; a stopped import finishes when run again.</source>
            <translation>Leden uit een csv-bestand naar {program}. Kolommen: first_name, last_name, email, phone, custom_1 … custom_8. Rijen die al in het programma staan, worden overgeslagen; een gestopte import maakt zich af als u hem opnieuw start.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Reading the file …</source>
            <translation>Het bestand lezen …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Reading the program's members to find those already in …</source>
            <translation>De leden van het programma lezen om te zien wie er al in staat …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>This file was imported into this program before; nothing was sent again. </source>
            <translation>Dit bestand is al eerder in dit programma geïmporteerd; er is niets opnieuw verstuurd. </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>this program</source>
            <translation>dit programma</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>{summary}
Report: {path}</source>
            <translation>{summary}
Verslag: {path}</translation>
        </message>
    </context>
    <context>
        <name>IndexRefresh</name>
        <message>
            <location filename="../../../pos_loyalty/station/index_refresh.py" />
            <source>The loyalty server sends the same members page after page; the station's copy of the members was not refreshed.</source>
            <translation>De loyaltyserver stuurt steeds dezelfde pagina met leden; de kopie van de leden op deze kassa is niet vernieuwd.</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>A manager is needed</source>
            <translation>Er is een manager nodig</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Keypad</source>
            <translation>Toetsen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leave  (F12)</source>
            <translation>Verlaten  (F12)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leave kiosk mode</source>
            <translation>Kioskmodus verlaten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leaving kiosk mode closes the counter. A manager types their PIN.</source>
            <translation>Kioskmodus verlaten sluit de kassa. Een manager typt de pincode.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Show the code keypad</source>
            <translation>De codetoetsen tonen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>This kiosk has no manager yet, so Settings stay closed and kiosk mode cannot be left here. A manager must be set up first: start pos-loyalty without --kiosk (kiosk = false in the settings) as this station's user, add a manager in Settings, Staff, then start the kiosk again.</source>
            <translation>Deze kiosk heeft nog geen manager, dus Instellingen blijft dicht en de kioskmodus kan hier niet verlaten worden. Stel eerst een manager in: start pos-loyalty zonder --kiosk (kiosk = false in de instellingen) als de gebruiker van deze kassa, voeg een manager toe in Instellingen, Personeel, en start de kiosk daarna opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>From this station's copy (not yet loaded in full from the server).</source>
            <translation>Uit de kopie van deze kassa (nog niet volledig van de server geladen).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>From this station's copy, updated {when}.</source>
            <translation>Uit de kopie van deze kassa, bijgewerkt {when}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>No member has this card on this program. Check the card, or search the member by name (Ctrl+F).</source>
            <translation>Geen lid heeft deze kaart in dit programma. Controleer de kaart, of zoek het lid op naam (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>The loyalty server cannot be reached, and this card is not in this station's copy of the members. Search the member by name (Ctrl+F), or scan again when the server is back.</source>
            <translation>De loyaltyserver is niet bereikbaar en deze kaart staat niet in de ledenkopie van deze kassa. Zoek het lid op naam (Ctrl+F), of scan opnieuw zodra de server terug is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>This card belongs to {name}. Switch to it?</source>
            <translation>Deze kaart hoort bij {name}. Daarnaar overschakelen?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>This member is no longer on the loyalty server. Check the card, or search the member by name (Ctrl+F).</source>
            <translation>Dit lid staat niet meer op de loyaltyserver. Controleer de kaart, of zoek het lid op naam (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>program {id}</source>
            <translation>programma {id}</translation>
        </message>
    </context>
    <context>
        <name>ManagerWindow</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Day's numbers</source>
            <translation>Dagcijfers</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Import</source>
            <translation>Importeren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager</source>
            <translation>Beheer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager sections</source>
            <translation>Onderdelen van het beheer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager window</source>
            <translation>Beheervenster</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Programs</source>
            <translation>Programma's</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Push</source>
            <translation>Bericht</translation>
        </message>
    </context>
    <context>
        <name>MemberDialogs</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>a card on its way</source>
            <translation>een kaart onderweg</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>card …{last}</source>
            <translation>kaart …{last}</translation>
        </message>
    </context>
    <context>
        <name>MemberFields</name>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source> (and {more} more to fix)</source>
            <translation> (en nog {more} te verbeteren)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A new member needs a name: a first or a last name.</source>
            <translation>Een nieuw lid heeft een naam nodig: een voor- of achternaam.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has at least {low} digits.</source>
            <translation>Een telefoonnummer heeft minstens {low} cijfers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has at most {high} digits ({count} now).</source>
            <translation>Een telefoonnummer heeft hoogstens {high} cijfers (nu {count}).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has digits, spaces, + ( ) - . / only.</source>
            <translation>Een telefoonnummer bevat alleen cijfers, spaties en + ( ) - . /</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Address</source>
            <translation>Adres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>An e-mail address has one @ and no spaces.</source>
            <translation>Een e-mailadres heeft één @ en geen spaties.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>City</source>
            <translation>Plaats</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Custom field {n}</source>
            <translation>Extra veld {n}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>First name</source>
            <translation>Voornaam</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Last name</source>
            <translation>Achternaam</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Phone</source>
            <translation>Telefoon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Postcode</source>
            <translation>Postcode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>The e-mail address looks incomplete: it needs a name, @ and a domain (jane@example.com).</source>
            <translation>Het e-mailadres lijkt onvolledig: het heeft een naam, @ en een domein nodig (jan@voorbeeld.nl).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{label} has a character that cannot be stored.</source>
            <translation>{label} bevat een teken dat niet bewaard kan worden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{label} has at most {limit} characters ({count} now).</source>
            <translation>{label} heeft hoogstens {limit} tekens (nu {count}).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{name} is not a member's detail.</source>
            <translation>{name} is geen gegeven van een lid.</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_form.py" />
            <source>Problem with {field}</source>
            <translation>Probleem met {field}</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>   ·   until {day}</source>
            <translation>   ·   tot {day}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Card {code}</source>
            <translation>Kaart {code}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Member</source>
            <translation>Lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Member {name}</source>
            <translation>Lid {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Eén cirkel per stempel naar de beloning, gevuld zodra verdiend</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem one {reward} (Alt+{n}, then Alt+{n} again)</source>
            <translation>Eén {reward} inwisselen (Alt+{n}, dan nogmaals Alt+{n})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem {reward}</source>
            <translation>{reward} inwisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem:  {reward}</source>
            <translation>Inwisselen:  {reward}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use</source>
            <translation>In te wisselen beloningen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use: %n</source>
            <translation>
                <numerusform>In te wisselen beloningen: %n</numerusform>
                <numerusform>In te wisselen beloningen: %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>The member on screen: name, card, stamps and rewards to use</source>
            <translation>Het lid op het scherm: naam, kaart, stempels en in te wisselen beloningen</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{name}: {stamps} of %n stamps</source>
            <translation>
                <numerusform>{name}: {stamps} van %n stempel</numerusform>
                <numerusform>{name}: {stamps} van %n stempels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} van %n stempel</numerusform>
                <numerusform>{stamps} van %n stempels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{stamps} of {goal}</source>
            <translation>{stamps} van {goal}</translation>
        </message>
    </context>
    <context>
        <name>MemberScreens</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Changes to {name} are on their way.</source>
            <translation>Wijzigingen voor {name} zijn onderweg.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Print card</source>
            <translation>Kaart afdrukken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp.</source>
            <translation>Ingeschreven: {name}, klaar voor de eerste stempel.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp. Offline: the card gets its code when the server is back; print it then.</source>
            <translation>Ingeschreven: {name}, klaar voor de eerste stempel. Offline: de kaart krijgt haar code zodra de server terug is; druk haar dan af.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>The card of {name} is voided (on its way to the server).</source>
            <translation>De kaart van {name} is geblokkeerd (onderweg naar de server).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>{name} is being deleted (on its way to the server).</source>
            <translation>{name} wordt verwijderd (onderweg naar de server).</translation>
        </message>
    </context>
    <context>
        <name>MemberView</name>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source> and </source>
            <translation> en </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n more for {name}</source>
            <translation>
                <numerusform>Nog %n voor {name}</numerusform>
                <numerusform>Nog %n voor {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n reward(s) used</source>
            <translation>
                <numerusform>%n beloning ingewisseld</numerusform>
                <numerusform>%n beloningen ingewisseld</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n stempel</numerusform>
                <numerusform>%n stempels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>1 more for {name}!</source>
            <translation>Nog 1 voor {name}!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Expired on {date}: no stamps or rewards on this card. Ask for the member's current card.</source>
            <translation>Verlopen op {date}: geen stempels of beloningen op deze kaart. Vraag om de huidige kaart van het lid.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Included: {what} from this station, {where}.</source>
            <translation>Inbegrepen: {what} van deze kassa, {where}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Voided on {date}: no stamps or rewards on this card. Ask for the member's current card.</source>
            <translation>Geblokkeerd op {date}: geen stempels of beloningen op deze kaart. Vraag om de huidige kaart van het lid.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>offline: sent when the server is back</source>
            <translation>offline: verstuurd zodra de server terug is</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>on its way</source>
            <translation>onderweg</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source> and </source>
            <translation> en </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n stempel</numerusform>
                <numerusform>%n stempels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n unused reward(s) ({names})</source>
            <translation>
                <numerusform>%n ongebruikte beloning ({names})</numerusform>
                <numerusform>%n ongebruikte beloningen ({names})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Not sent: signing up {name} was refused, so there is no card to put it on. Sign the member up again, then add it.</source>
            <translation>Niet verstuurd: de inschrijving van {name} is geweigerd, dus er is geen kaart om het op te zetten. Schrijf het lid opnieuw in en voeg het dan toe.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Nothing was changed: the details are as they were.</source>
            <translation>Er is niets gewijzigd: de gegevens zijn zoals ze waren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Open that member, or sign up anyway.</source>
            <translation>Open dat lid, of schrijf toch in.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This card is voided already.</source>
            <translation>Deze kaart is al geblokkeerd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This card still has {losses}. Voiding blocks them: issue a new card to move the stamps over (unused rewards stay on the voided card).</source>
            <translation>Deze kaart heeft nog {losses}. Blokkeren zet die vast: geef een nieuwe kaart uit om de stempels over te zetten (ongebruikte beloningen blijven op de geblokkeerde kaart).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This member is still being created on the server and cannot be {what} yet. Try again when the card has its code.</source>
            <translation>Dit lid wordt nog aangemaakt op de server en kan nog niet {what} worden. Probeer het opnieuw zodra de kaart haar code heeft.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This member still has {losses}. Deleting loses them for good.</source>
            <translation>Dit lid heeft nog {losses}. Verwijderen gooit die voorgoed weg.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Type {word} to delete {name}; nothing was deleted.</source>
            <translation>Typ {word} om {name} te verwijderen; er is niets verwijderd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Waits for the sign-up before it to be checked (see 'to check').</source>
            <translation>Wacht op de inschrijving ervoor, die nagekeken moet worden (zie 'na te kijken').</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>card on its way</source>
            <translation>kaart onderweg</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>card …{digits}</source>
            <translation>kaart …{digits}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>changed</source>
            <translation>gewijzigd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>deleted</source>
            <translation>verwijderd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>the new member</source>
            <translation>het nieuwe lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>voided</source>
            <translation>geblokkeerd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>{name} ({card}) already has this e-mail address.</source>
            <translation>{name} ({card}) heeft dit e-mailadres al.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>{name} ({card}) already has this phone number.</source>
            <translation>{name} ({card}) heeft dit telefoonnummer al.</translation>
        </message>
    </context>
    <context>
        <name>OfferBanner</name>
        <message>
            <location filename="../../../pos_loyalty/ui/offer_banner.py" />
            <source>Offer</source>
            <translation>Aanbieding</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n hours</source>
            <translation>
                <numerusform>%n uur</numerusform>
                <numerusform>%n uur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minuut</numerusform>
                <numerusform>%n minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n seconden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Check the PIN</source>
            <translation>De pincode controleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Choose your name first.</source>
            <translation>Kies eerst uw naam.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Too many wrong PINs: {name} is locked out, {time} left. Wait, or ask a manager to set a new PIN.</source>
            <translation>Te veel foute pincodes: {name} is geblokkeerd, nog {time}. Wacht, of vraag een manager om een nieuwe pincode.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Type your PIN.</source>
            <translation>Typ uw pincode.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Who you are</source>
            <translation>Wie u bent</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>{name} can type the PIN again.</source>
            <translation>{name} kan de pincode opnieuw typen.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Clear</source>
            <translation>Wissen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Clear the PIN</source>
            <translation>De pincode wissen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Delete the last digit</source>
            <translation>Laatste cijfer wissen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Digit {digit}</source>
            <translation>Cijfer {digit}</translation>
        </message>
    </context>
    <context>
        <name>Pins</name>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Een pincode heeft {low} tot {high} cijfers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN is digits only.</source>
            <translation>Een pincode bestaat alleen uit cijfers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN of digits in a row (1234, 9876) is too easy to guess. Choose another.</source>
            <translation>Een pincode met opeenvolgende cijfers (1234, 9876) is te makkelijk te raden. Kies een andere.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN of one digit repeated is too easy to guess. Choose another.</source>
            <translation>Een pincode van één herhaald cijfer is te makkelijk te raden. Kies een andere.</translation>
        </message>
    </context>
    <context>
        <name>ProgramEditor</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>A program's goal, rewards and daily limit can be changed here only on the bundled (demo) server. This station uses another backend: change them where that backend is managed.</source>
            <translation>Het doel, de beloningen en de daglimiet van een programma kunt u hier alleen wijzigen op de meegeleverde (demo)server. Deze kassa gebruikt een andere backend: wijzig ze waar die backend beheerd wordt.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add a reward</source>
            <translation>Een beloning toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add reward</source>
            <translation>Beloning toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>At stamps</source>
            <translation>Bij stempels</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Changes apply to {name} at once.</source>
            <translation>Wijzigingen gelden meteen voor {name}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Choose a program in the list above.</source>
            <translation>Kies een programma in de lijst hierboven.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Daily stamp limit</source>
            <translation>Daglimiet stempels</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Days a reward stays usable; empty: it never expires</source>
            <translation>Dagen dat een beloning bruikbaar blijft; leeg: ze verloopt nooit</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Not saved: see the note above.</source>
            <translation>Niet bewaard: zie de opmerking hierboven.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the daily limit</source>
            <translation>Probleem met de daglimiet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the goal</source>
            <translation>Probleem met het doel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the rewards</source>
            <translation>Probleem met de beloningen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Program rules status</source>
            <translation>Status van de programmaregels</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove reward</source>
            <translation>Beloning weghalen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove the chosen reward</source>
            <translation>De gekozen beloning weghalen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward</source>
            <translation>Beloning</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: type the stamps, and the days it stays valid (or nothing), as whole numbers.</source>
            <translation>Beloning {row}: typ de stempels, en het aantal dagen dat ze geldig blijft (of niets), als hele getallen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: {reason}</source>
            <translation>Beloning {row}: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rewards</source>
            <translation>Beloningen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rules of the chosen program</source>
            <translation>Regels van het gekozen programma</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save rules</source>
            <translation>Regels bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save the program's rules</source>
            <translation>De regels van het programma bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saved.</source>
            <translation>Bewaard.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saving …</source>
            <translation>Bewaren …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Stamp goal</source>
            <translation>Stempeldoel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the daily limit as a whole number, or leave it empty for no limit.</source>
            <translation>Typ de daglimiet als heel getal, of laat leeg voor geen limiet.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the stamp goal as a whole number, e.g. 10.</source>
            <translation>Typ het stempeldoel als heel getal, bv. 10.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Valid (days)</source>
            <translation>Geldig (dagen)</translation>
        </message>
        <message>
            <source>Valid for (days, empty: always)</source>
            <translation type="vanished">Geldig (dagen, leeg: altijd)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>empty: no limit</source>
            <translation>leeg: geen limiet</translation>
        </message>
    </context>
    <context>
        <name>ProgramRules</name>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>The server database could not be changed: {reason}</source>
            <translation>De serverdatabase kon niet gewijzigd worden: {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>There is no server database at {path}.</source>
            <translation>Er is geen serverdatabase op {path}.</translation>
        </message>
    </context>
    <context>
        <name>Programs</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n dag)</numerusform>
                <numerusform>(%n dagen)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>A program needs a name.</source>
            <translation>Een programma heeft een naam nodig.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>A program's name has at most {limit} characters ({count} now).</source>
            <translation>De naam van een programma heeft hoogstens {limit} tekens (nu {count}).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>{reward} at {stamps}</source>
            <translation>{reward} bij {stamps}</translation>
        </message>
    </context>
    <context>
        <name>ProgramsTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Characters used</source>
            <translation>Gebruikte tekens</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Choose the program to copy.</source>
            <translation>Kies het programma om te kopiëren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copied as “{name}”.</source>
            <translation>Gekopieerd als “{name}”.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy</source>
            <translation>Kopiëren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy the chosen program</source>
            <translation>Het gekozen programma kopiëren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy the chosen program as</source>
            <translation>Het gekozen programma kopiëren als</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copying …</source>
            <translation>Kopiëren …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Goal</source>
            <translation>Doel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Members</source>
            <translation>Leden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Name of the copy</source>
            <translation>Naam van de kopie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Program</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Program {id}</source>
            <translation>Programma {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Programs</source>
            <translation>Programma's</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Programs status</source>
            <translation>Status van de programma's</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Reading the programs …</source>
            <translation>De programma's lezen …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Refresh</source>
            <translation>Vernieuwen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Refresh programs</source>
            <translation>Programma's vernieuwen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Rewards</source>
            <translation>Beloningen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Voided</source>
            <translation>Geblokkeerd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>{name} (copy)</source>
            <translation>{name} (kopie)</translation>
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
            <translation>Kaartcodes van de ontvangers</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Characters used</source>
            <translation>Gebruikte tekens</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Every member</source>
            <translation>Elk lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Looking up the recipients …</source>
            <translation>Ontvangers opzoeken …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Members matching</source>
            <translation>Leden die passen bij</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Members with an unused reward</source>
            <translation>Leden met een ongebruikte beloning</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Message to send</source>
            <translation>Te versturen bericht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>No member has the card {code} in this program.</source>
            <translation>Geen lid heeft de kaart {code} in dit programma.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview</source>
            <translation>Voorbeeld</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview recipients</source>
            <translation>Ontvangers bekijken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview the recipients first.</source>
            <translation>Bekijk eerst de ontvangers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Push status</source>
            <translation>Status van het bericht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Search for recipients</source>
            <translation>Ontvangers zoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send</source>
            <translation>Versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send the message</source>
            <translation>Het bericht versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to a search</source>
            <translation>Naar een zoekopdracht versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to every member</source>
            <translation>Naar elk lid versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to the cards listed</source>
            <translation>Naar de vermelde kaarten versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to unused rewards</source>
            <translation>Naar ongebruikte beloningen versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Sending …</source>
            <translation>Versturen …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Sent to %n members.</source>
            <translation>
                <numerusform>Verstuurd naar %n lid.</numerusform>
                <numerusform>Verstuurd naar %n leden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>The message was not sent.</source>
            <translation>Het bericht is niet verstuurd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>These cards</source>
            <translation>Deze kaarten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Type the card codes of the members to send to.</source>
            <translation>Typ de kaartcodes van de leden die het bericht krijgen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>What the members will read on their card page</source>
            <translation>Wat de leden op hun kaartpagina lezen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Who gets the message</source>
            <translation>Wie het bericht krijgt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>a name, an e-mail or a phone number</source>
            <translation>een naam, e-mailadres of telefoonnummer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>card codes, separated by spaces or commas</source>
            <translation>kaartcodes, gescheiden door spaties of komma's</translation>
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
            <translation>Link van de kaartpagina</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of the member</source>
            <translation>QR-code van het lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of the member's card page</source>
            <translation>QR-code van de kaartpagina van het lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of {name}</source>
            <translation>QR-code van {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Scan this with your phone to open your card</source>
            <translation>Scan dit met uw telefoon om uw kaart te openen</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>Deleting the member</source>
            <translation>Het lid verwijderen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The change</source>
            <translation>De wijziging</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The member change</source>
            <translation>De wijziging van het lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The message</source>
            <translation>Het bericht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The new member</source>
            <translation>Het nieuwe lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The reward</source>
            <translation>De beloning</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The stamp</source>
            <translation>De stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The {rewards}</source>
            <translation>De {rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>Voiding the card</source>
            <translation>Het blokkeren van de kaart</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward had already been used. Do not hand it over again; look the member up to see what is left.</source>
            <translation>die beloning was al gebruikt. Geef haar niet nog eens mee; zoek het lid op om te zien wat er over is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward had expired. Look the member up to see what is left.</source>
            <translation>die beloning was verlopen. Zoek het lid op om te zien wat er over is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward is no longer on the card. Look the member up to see what is left.</source>
            <translation>die beloning staat niet meer op de kaart. Zoek het lid op om te zien wat er over is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the card has expired. Ask for the member's current card.</source>
            <translation>de kaart is verlopen. Vraag om de huidige kaart van het lid.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the card was voided. Ask for the member's current card.</source>
            <translation>de kaart is geblokkeerd. Vraag om de huidige kaart van het lid.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the member already had today's stamps. Nothing was added.</source>
            <translation>het lid had de stempels van vandaag al. Er is niets toegevoegd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the member is no longer on this program. Look the card up again.</source>
            <translation>het lid zit niet meer in dit programma. Zoek de kaart opnieuw op.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the program is no longer on the server. Check the program in Settings (F10).</source>
            <translation>het programma staat niet meer op de server. Controleer het programma in Instellingen (F10).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the server did not accept the details. Check them and try again.</source>
            <translation>de server accepteerde de gegevens niet. Controleer ze en probeer opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the server said no. Look the member up to see where things stand.</source>
            <translation>de server zei nee. Zoek het lid op om te zien hoe het ervoor staat.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>{what} for {name} was refused: {why}</source>
            <translation>{what} voor {name} is geweigerd: {why}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>{what} was refused: {why}</source>
            <translation>{what} is geweigerd: {why}</translation>
        </message>
    </context>
    <context>
        <name>Reissue</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>%n stamps are over today's limit: add them tomorrow.</source>
            <translation>
                <numerusform>%n stempel gaat over de limiet van vandaag: voeg hem morgen toe.</numerusform>
                <numerusform>%n stempels gaan over de limiet van vandaag: voeg ze morgen toe.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>New card for {name}: %n stamps moved.</source>
            <translation>
                <numerusform>Nieuwe kaart voor {name}: %n stempel overgezet.</numerusform>
                <numerusform>Nieuwe kaart voor {name}: %n stempels overgezet.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>Not moved (the loyalty API cannot move rewards): {names}.</source>
            <translation>Niet overgezet (de loyalty-API kan geen beloningen verplaatsen): {names}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>Rewards carried over: {names}.</source>
            <translation>Beloningen meegenomen: {names}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>This member is being deleted: there is no card to re-issue.</source>
            <translation>Dit lid wordt verwijderd: er is geen kaart om opnieuw uit te geven.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>re-issued</source>
            <translation>opnieuw uitgegeven</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>%n stamp(s) for {name}</source>
            <translation>
                <numerusform>%n stempel voor {name}</numerusform>
                <numerusform>%n stempels voor {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>1 member</source>
            <translation>1 lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>A refused reward is never sent again: it was used or has expired. Look the member up to see what is left.</source>
            <translation>Een geweigerde beloning wordt nooit opnieuw verstuurd: ze was gebruikt of verlopen. Zoek het lid op om te zien wat er over is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Changing the details of {name}</source>
            <translation>De gegevens van {name} wijzigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Changing {fields} of {name}</source>
            <translation>{fields} van {name} wijzigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Deleting {name}</source>
            <translation>{name} verwijderen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Message “{text}” to {recipients}</source>
            <translation>Bericht “{text}” aan {recipients}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Redeeming {rewards} for {name}</source>
            <translation>{rewards} inwisselen voor {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Resend the sign-up before it: this one follows it.</source>
            <translation>Verstuur eerst de inschrijving ervoor opnieuw: deze volgt erop.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Resent under its own key: if it did go through, nothing is doubled.</source>
            <translation>Opnieuw verstuurd onder de eigen sleutel: als het al gelukt was, wordt niets dubbel geteld.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Say why (a few words): it is kept in the audit log.</source>
            <translation>Zeg waarom (een paar woorden): het wordt bewaard in het auditlog.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Sent again as a new write; the server may refuse it again.</source>
            <translation>Opnieuw verstuurd als nieuwe schrijfactie; de server kan hem opnieuw weigeren.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Signing up {name}</source>
            <translation>{name} inschrijven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The loyalty server's answer was lost, so it is not known whether this went through. Look the member up: if the change is there, dismiss this; if not, resend it.</source>
            <translation>Het antwoord van de loyaltyserver ging verloren, dus het is niet bekend of dit gelukt is. Zoek het lid op: staat de wijziging erin, schrap dit dan; zo niet, verstuur het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The server refused it.</source>
            <translation>De server heeft het geweigerd.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The sign-up it belonged to was refused: sign the member up again.</source>
            <translation>De inschrijving waar dit bij hoorde is geweigerd: schrijf het lid opnieuw in.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>This member is not on the server yet.</source>
            <translation>Dit lid staat nog niet op de server.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>This write is not waiting for a check any more.</source>
            <translation>Deze schrijfactie wacht niet meer op controle.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Voiding the card of {name}</source>
            <translation>De kaart van {name} blokkeren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>a member</source>
            <translation>een lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>a reward</source>
            <translation>een beloning</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>card …{digits}</source>
            <translation>kaart …{digits}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>every member</source>
            <translation>elk lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>{count} members</source>
            <translation>{count} leden</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n stamps</source>
            <translation>
                <numerusform>%n stempel</numerusform>
                <numerusform>%n stempels</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n unused rewards</source>
            <translation>
                <numerusform>%n ongebruikte beloning</numerusform>
                <numerusform>%n ongebruikte beloningen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Asking the server…</source>
            <translation>De server vragen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismiss</source>
            <translation>Schrappen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismiss this write</source>
            <translation>Deze schrijfactie schrappen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismissed: {what}.</source>
            <translation>Geschrapt: {what}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Nothing to check.</source>
            <translation>Niets na te kijken.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Now</source>
            <translation>Nu</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resend</source>
            <translation>Opnieuw versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resend this write</source>
            <translation>Deze schrijfactie opnieuw versturen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resent: {what}.</source>
            <translation>Opnieuw verstuurd: {what}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Say why (a few words): it is kept in the audit log.</source>
            <translation>Zeg waarom (een paar woorden): het wordt bewaard in het auditlog.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Server said</source>
            <translation>De server zei</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The member on the server now</source>
            <translation>Het lid zoals het nu op de server staat</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The server refused these, or its answer was lost. Look the member up if in doubt; then resend or dismiss, saying why (kept in the audit log).</source>
            <translation>De server weigerde deze, of zijn antwoord ging verloren. Zoek bij twijfel het lid op; verstuur dan opnieuw of schrap, met de reden erbij (bewaard in het auditlog).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The server's answer</source>
            <translation>Het antwoord van de server</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>What</source>
            <translation>Wat</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>What resending does</source>
            <translation>Wat opnieuw versturen doet</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Who</source>
            <translation>Wie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Who, when and where</source>
            <translation>Wie, wanneer en waar</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why</source>
            <translation>Waarom</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why (kept in the audit log)</source>
            <translation>Waarom (bewaard in het auditlog)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why: a few words, kept in the audit log</source>
            <translation>Waarom: een paar woorden, bewaard in het auditlog</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Writes to check</source>
            <translation>Na te kijken schrijfacties</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>active</source>
            <translation>actief</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>answer lost</source>
            <translation>antwoord verloren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>refused</source>
            <translation>geweigerd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>voided</source>
            <translation>geblokkeerd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>{name}: {stamps}, {unused}, {state}.</source>
            <translation>{name}: {stamps}, {unused}, {state}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>{who} at {where}, {time}</source>
            <translation>{who} op {where}, {time}</translation>
        </message>
    </context>
    <context>
        <name>ScannerTestPage</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>%n characters in {duration} ms, {gap} ms apart on average: “{text}”</source>
            <translation>
                <numerusform>%n teken in {duration} ms, gemiddeld {gap} ms ertussen: “{text}”</numerusform>
                <numerusform>%n tekens in {duration} ms, gemiddeld {gap} ms ertussen: “{text}”</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A scan is at least %n characters ending in Enter or Tab, {gap} ms apart on average or less.</source>
            <translation>
                <numerusform>Een scan is minstens %n teken, afgesloten met Enter of Tab, gemiddeld hoogstens {gap} ms ertussen.</numerusform>
                <numerusform>Een scan is minstens %n tekens, afgesloten met Enter of Tab, gemiddeld hoogstens {gap} ms ertussen.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Click here, then scan a card (or type and press Enter)</source>
            <translation>Klik hier en scan dan een kaart (of typ en druk op Enter)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No scan yet.</source>
            <translation>Nog geen scan.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test field</source>
            <translation>Testveld voor de scanner</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✓ Taken as a scan</source>
            <translation>✓ Gezien als scan</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✗ Taken as typing</source>
            <translation>✗ Gezien als typen</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>No member matches. Check the spelling.</source>
            <translation type="vanished">Geen lid gevonden. Controleer de spelling.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>No member of this program matches. Check the spelling.</source>
            <translation>Geen lid van dit programma gevonden. Controleer de spelling.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search</source>
            <translation>Zoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search  (Ctrl+F)</source>
            <translation>Zoeken  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search members</source>
            <translation>Leden zoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search name, email or phone  (Ctrl+F)</source>
            <translation>Zoek naam, e-mail of telefoon  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search results</source>
            <translation>Zoekresultaten</translation>
        </message>
    </context>
    <context>
        <name>SelfService</name>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Please ask at the counter.</source>
            <translation>Vraag het aan de kassa.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Scan your card first, then ask for the stamp.</source>
            <translation>Scan eerst uw kaart en vraag dan om de stempel.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Staff badge</source>
            <translation>Personeelsbadge</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>That is all the stamps for today. See you tomorrow!</source>
            <translation>Dat waren alle stempels voor vandaag. Tot morgen!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>That is not a staff badge of this kiosk.</source>
            <translation>Dat is geen personeelsbadge van deze kiosk.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Too many wrong badges: staff, please use your PIN.</source>
            <translation>Te veel foute badges: personeel, gebruik uw pincode.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>You just got a stamp. The next one can be added in %n seconds.</source>
            <translation>
                <numerusform>U kreeg net een stempel. De volgende kan over %n seconde.</numerusform>
                <numerusform>U kreeg net een stempel. De volgende kan over %n seconden.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>{name} (self-service)</source>
            <translation>{name} (zelfbediening)</translation>
        </message>
    </context>
    <context>
        <name>SelfServiceScreen</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>%n of {goal} stamps</source>
            <translation>
                <numerusform>%n van {goal} stempels</numerusform>
                <numerusform>%n van {goal} stempels</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>A member of staff confirms this stamp with their PIN or staff badge. Customers: please ask at the counter.</source>
            <translation>Een medewerker bevestigt deze stempel met een pincode of personeelsbadge. Klanten: vraag het aan de kassa.</translation>
        </message>
        <message>
            <source>A member of staff confirms this stamp with their PIN. Customers: please ask at the counter.</source>
            <translation type="vanished">Een medewerker bevestigt deze stempel met een pincode. Klanten: vraag het aan de kassa.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Add my stamp</source>
            <translation>Mijn stempel toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Ask staff to confirm a stamp</source>
            <translation>Vraag een medewerker de stempel te bevestigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Done</source>
            <translation>Klaar</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Done: back to the start</source>
            <translation>Klaar: terug naar het begin</translation>
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
            <translation>Houd de QR-code van uw kaart in het kader.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Message</source>
            <translation>Bericht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Please ask at the counter for your stamp.</source>
            <translation>Vraag aan de kassa om uw stempel.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Please ask at the counter.</source>
            <translation>Vraag het aan de kassa.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Reward ready: ask at the counter</source>
            <translation>Beloning klaar: vraag het aan de kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Scan your card here</source>
            <translation>Scan hier uw kaart</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Sorry, this card could not be read here. Please ask at the counter.</source>
            <translation>Sorry, deze kaart kan hier niet gelezen worden. Vraag het aan de kassa.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <source>Staff  (F12)</source>
            <translation type="vanished">Personeel  (F12)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff only: leave kiosk mode</source>
            <translation>Alleen personeel: kioskmodus verlaten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff: confirm the stamp</source>
            <translation>Personeel: de stempel bevestigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Stamp added. Thank you!</source>
            <translation>Stempel toegevoegd. Dank u wel!</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>That is not a loyalty card. Hold your loyalty card's QR code in the frame.</source>
            <translation>Dat is geen klantenkaart. Houd de QR-code van uw klantenkaart in het kader.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>We are offline and cannot find this card just now. Please ask at the counter.</source>
            <translation>We zijn offline en kunnen deze kaart nu niet vinden. Vraag het aan de kassa.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>We are offline for a moment. Your card still works, and your stamps are saved.</source>
            <translation>We zijn even offline. Uw kaart werkt nog en uw stempels worden bewaard.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Your reward: {names}</source>
            <translation>Uw beloning: {names}</translation>
        </message>
    </context>
    <context>
        <name>Sender</name>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>The {rewards} for {name} was not redeemed: it is not on the card (the stamp that earned it may have been refused). Look the member up to see what is left.</source>
            <translation>De {rewards} voor {name} is niet ingewisseld: ze staat niet op de kaart (de stempel die ze opleverde is misschien geweigerd). Zoek het lid op om te zien wat er over is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>The {rewards} was not redeemed: it is not on the card (the stamp that earned it may have been refused). Look the member up to see what is left.</source>
            <translation>De {rewards} is niet ingewisseld: ze staat niet op de kaart (de stempel die ze opleverde is misschien geweigerd). Zoek het lid op om te zien wat er over is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>reward</source>
            <translation>beloning</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The member agrees to join the loyalty program and to let this shop keep their name and contact details for it.</source>
            <translation>Het lid gaat akkoord met deelname aan het spaarprogramma en met het bewaren van naam en contactgegevens daarvoor door deze winkel.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings could not be saved to {path} ({reason}). They apply until the app closes.</source>
            <translation>De instellingen konden niet bewaard worden in {path} ({reason}). Ze gelden tot de app sluit.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file could not be read: default settings are in use. The damaged file is kept as {aside}.</source>
            <translation>Het instellingenbestand kon niet gelezen worden: de standaardinstellingen worden gebruikt. Het beschadigde bestand is bewaard als {aside}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file {path} could not be read ({reason}), so the counter started with default settings.</source>
            <translation>Het instellingenbestand {path} kon niet gelezen worden ({reason}), dus de kassa startte met de standaardinstellingen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file {path} is damaged: default settings are in use. Saving in Settings (F10) replaces it.</source>
            <translation>Het instellingenbestand {path} is beschadigd: de standaardinstellingen worden gebruikt. Bewaren in Instellingen (F10) vervangt het.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>setting {name} = {value} is not valid; using the default</source>
            <translation>instelling {name} = {value} is ongeldig; de standaardwaarde wordt gebruikt</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> Backend changes apply after a restart.</source>
            <translation> Een andere backend geldt pas na een herstart.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A loyalty server (e.g. Coupontools)</source>
            <translation>Een loyaltyserver (Coupontools)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API key</source>
            <translation>API-sleutel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API secret</source>
            <translation>API-geheim</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>As the system</source>
            <translation>Zoals het systeem</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Back to the scan prompt after</source>
            <translation>Terug naar het scanscherm na</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Backend</source>
            <translation>Backend</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera</source>
            <translation>Camera</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera resolution</source>
            <translation>Cameraresolutie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera {index}</source>
            <translation>Camera {index}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Colours of every screen; high contrast is black, white and yellow</source>
            <translation>Kleuren van elk scherm; hoog contrast is zwart, wit en geel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Consent wording on the sign-up form</source>
            <translation>Tekst van de toestemming op het inschrijfformulier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter</source>
            <translation>Kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter: scan, then tap +1</source>
            <translation>Kassa: scannen, dan +1 tikken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Customer display on</source>
            <translation>Klantenscherm aan</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Dark</source>
            <translation>Donker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Demo (made-up members)</source>
            <translation>Demo (verzonnen leden)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Every text on screen at this size, up to twice as large</source>
            <translation>Alle tekst op het scherm in deze grootte, tot twee keer zo groot</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Faces the customer: first name, stamps and rewards, never e-mail, phone or card code. Full screen on a second screen when there is one.</source>
            <translation>Naar de klant gericht: voornaam, stempels en beloningen, nooit e-mail, telefoon of kaartcode. Volledig scherm op een tweede scherm als er een is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>High contrast</source>
            <translation>Hoog contrast</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Ignore the same code for</source>
            <translation>Dezelfde code negeren gedurende</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members here, to look up and search offline</source>
            <translation>Een kopie van de leden hier bewaren, om offline op te zoeken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members on this station</source>
            <translation>Een kopie van de leden op deze kassa bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Kiosk mode shows</source>
            <translation>Kioskmodus toont</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>Taal</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Light</source>
            <translation>Licht</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Manager window…</source>
            <translation>Beheervenster…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Mode</source>
            <translation>Modus</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Names, e-mail and phone of the program's members, kept in this station's file. Turning it off wipes the copy.</source>
            <translation>Namen, e-mail en telefoon van de leden van het programma, bewaard in het bestand van deze kassa. Uitzetten wist de kopie.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No camera (scanner or typing only)</source>
            <translation>Geen camera (alleen scanner of typen)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No system keyring was found: the secret is kept until the app closes.</source>
            <translation>Er is geen systeemsleutelbos gevonden: het geheim blijft bewaard tot de app sluit.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>None: staff confirm with their PIN</source>
            <translation>Geen: personeel bevestigt met de pincode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Open the manager window</source>
            <translation>Het beheervenster openen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Operator</source>
            <translation>Medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Play a sound on every stamp and reward</source>
            <translation>Een geluid bij elke stempel en beloning</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Program</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Reduce motion: no animations</source>
            <translation>Minder beweging: geen animaties</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Remove the badge: staff confirm with their PIN</source>
            <translation>Badge verwijderen: personeel bevestigt met de pincode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner station: every scan adds a stamp</source>
            <translation>Scanstation: elke scan geeft een stempel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test</source>
            <translation>Scannertest</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Screen {index}: {name}</source>
            <translation>Scherm {index}: {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): available.</source>
            <translation>Tweede cameradecoder (pyzbar): beschikbaar.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): not available. {reason}</source>
            <translation>Tweede cameradecoder (pyzbar): niet beschikbaar. {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service (customers scan their own card)</source>
            <translation>Zelfbediening (klanten scannen zelf hun kaart)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service: customers may ask for a stamp</source>
            <translation>Zelfbediening: klanten mogen om een stempel vragen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service: staff may confirm a stamp by showing a QR code of pos-loyalty-staff: followed by this code. Use 12 characters or more.</source>
            <translation>Zelfbediening: personeel mag een stempel bevestigen door een QR-code te tonen van pos-loyalty-staff: gevolgd door deze code. Gebruik 12 tekens of meer.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Server address</source>
            <translation>Serveradres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Set: type a new one to change it</source>
            <translation>Ingesteld: typ een nieuwe om te wijzigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>Instellingen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Show a customer display (a second window or screen)</source>
            <translation>Een klantenscherm tonen (een tweede venster of scherm)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Sign-up consent</source>
            <translation>Toestemming bij inschrijving</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff badge code</source>
            <translation>Code van de personeelsbadge</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff confirm each stamp with their PIN; the daily limit and the repeat warning's time still apply. Rewards are always handed over at the counter.</source>
            <translation>Personeel bevestigt elke stempel met een pincode; de daglimiet en de wachttijd voor herhalingen blijven gelden. Beloningen worden altijd aan de kassa gegeven.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Station</source>
            <translation>Kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Text size</source>
            <translation>Tekstgrootte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The counter (staff tablet)</source>
            <translation>De kassa (tablet voor personeel)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The counter's language; it changes when you save</source>
            <translation>De taal van de kassa; wijzigt bij bewaren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The first screen besides the counter's</source>
            <translation>Het eerste scherm naast dat van de kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The secret is kept in the system keyring.</source>
            <translation>Het geheim staat in de sleutelbos van het systeem.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Theme</source>
            <translation>Thema</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Undo window</source>
            <translation>Tijd om ongedaan te maken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Warn on a repeat stamp within</source>
            <translation>Waarschuwen bij een herhaalde stempel binnen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>What a new member agrees to, beside the checkbox on the sign-up form. It is kept with each sign-up in the audit log.</source>
            <translation>Waarmee een nieuw lid akkoord gaat, naast het vakje op het inschrijfformulier. Het wordt bij elke inschrijving bewaard in het auditlog.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>unchanged</source>
            <translation>ongewijzigd</translation>
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
                <numerusform>%n uur</numerusform>
                <numerusform>%n uur</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n minutes</source>
            <translation>
                <numerusform>%n minuut</numerusform>
                <numerusform>%n minuten</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>%n seconds</source>
            <translation>
                <numerusform>%n seconde</numerusform>
                <numerusform>%n seconden</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A member of staff needs a name.</source>
            <translation>Een medewerker heeft een naam nodig.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A member's history</source>
            <translation>De geschiedenis van een lid</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A name has at most {limit} characters.</source>
            <translation>Een naam heeft hoogstens {limit} tekens.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Changing a member's details</source>
            <translation>De gegevens van een lid wijzigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Changing the settings</source>
            <translation>De instellingen wijzigen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Checking refused writes</source>
            <translation>Geweigerde schrijfacties nakijken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Deleting a member</source>
            <translation>Een lid verwijderen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Exporting the audit log</source>
            <translation>Het auditlog exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Managing staff and PINs</source>
            <translation>Personeel en pincodes beheren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Printing a card</source>
            <translation>Een kaart afdrukken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Signing up a member</source>
            <translation>Een lid inschrijven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>That member of staff is not on this station. Choose a name from the list.</source>
            <translation>Die medewerker staat niet op deze kassa. Kies een naam uit de lijst.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>There is already a {name} on this station. Use another name (add an initial).</source>
            <translation>Er is al een {name} op deze kassa. Gebruik een andere naam (voeg een initiaal toe).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Too many wrong PINs: {name} is locked out for {duration}. Wait, or ask a manager to set a new PIN.</source>
            <translation>Te veel foute pincodes: {name} is geblokkeerd voor {duration}. Wacht, of vraag een manager om een nieuwe pincode.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Voiding a card</source>
            <translation>Een kaart blokkeren</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. %n more tries before a lockout; type it again, or ask a manager.</source>
            <translation>
                <numerusform>Foute pincode voor {name}. Nog %n poging voor een blokkering; typ hem opnieuw, of vraag een manager.</numerusform>
                <numerusform>Foute pincode voor {name}. Nog %n pogingen voor een blokkering; typ hem opnieuw, of vraag een manager.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. 1 more try before a lockout; type it again, or ask a manager.</source>
            <translation>Foute pincode voor {name}. Nog 1 poging voor een blokkering; typ hem opnieuw, of vraag een manager.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>{name} is the only manager: add another manager first, or nobody could approve voids, deletes or settings.</source>
            <translation>{name} is de enige manager: voeg eerst een andere manager toe, anders kan niemand blokkeren, verwijderen of instellingen goedkeuren.</translation>
        </message>
    </context>
    <context>
        <name>StaffAccess</name>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>Nobody is signed in at the counter: choose your name and type your PIN.</source>
            <translation>Er is niemand aangemeld aan de kassa: kies uw naam en typ uw pincode.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>The first member of staff must be a manager: add yourself as manager, then the cashiers.</source>
            <translation>De eerste medewerker moet een manager zijn: voeg uzelf toe als manager, daarna de kassiers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>{action} needs a manager, and this station has none yet. Add a manager (a name and a PIN) first.</source>
            <translation>{action} vraagt een manager, en deze kassa heeft er nog geen. Voeg eerst een manager toe (een naam en een pincode).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>{action} needs a manager: ask a manager to type their PIN.</source>
            <translation>{action} vraagt een manager: vraag een manager de pincode te typen.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff</source>
            <translation>Personeel</translation>
        </message>
    </context>
    <context>
        <name>StaffGate</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source> Choose your name and type your PIN.</source>
            <translation> Kies uw naam en typ uw pincode.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>A manager is needed</source>
            <translation>Er is een manager nodig</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Add a manager</source>
            <translation>Een manager toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Add a manager…</source>
            <translation>Manager toevoegen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Nobody is signed in.</source>
            <translation>Er is niemand aangemeld.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Sign out</source>
            <translation>Afmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Sign {name} out</source>
            <translation>{name} afmelden</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>This station has no staff yet: everyone works under the operator name in Settings. Add a manager (a name and a PIN) to sign in by name.</source>
            <translation>Deze kassa heeft nog geen personeel: iedereen werkt onder de naam van de medewerker in Instellingen. Voeg een manager toe (een naam en een pincode) om op naam aan te melden.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Who is at the counter</source>
            <translation>Wie er aan de kassa staat</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>{name} is signed in.</source>
            <translation>{name} is aangemeld.</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  at the counter</source>
            <translation>  ·  aan de kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  locked out</source>
            <translation>  ·  geblokkeerd</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>%n entries of the audit log written to {path}.</source>
            <translation>
                <numerusform>%n regel van het auditlog geschreven naar {path}.</numerusform>
                <numerusform>%n regels van het auditlog geschreven naar {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add</source>
            <translation>Toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add a member of staff</source>
            <translation>Een medewerker toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add the first manager</source>
            <translation>De eerste manager toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add this member of staff</source>
            <translation>Deze medewerker toevoegen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>CSV files (*.csv)</source>
            <translation>Csv-bestanden (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashier: stamps, rewards, sign-ups, cards</source>
            <translation>Kassier: stempels, beloningen, inschrijvingen, kaarten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashiers sign in with their PIN (click the name in the status bar). A manager's PIN is asked for voids, deletes, reviews, settings and staff. Changes here apply at once.</source>
            <translation>Kassiers melden zich aan met hun pincode (klik op de naam in de statusbalk). De pincode van een manager wordt gevraagd voor blokkeren, verwijderen, nakijken, instellingen en personeel. Wijzigingen hier gelden meteen.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log</source>
            <translation>Het auditlog exporteren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log (CSV)…</source>
            <translation>Auditlog exporteren (csv)…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make cashier</source>
            <translation>Kassier maken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make manager</source>
            <translation>Manager maken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a cashier</source>
            <translation>De gekozen persoon kassier maken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a manager</source>
            <translation>De gekozen persoon manager maken</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Manager: also edit, void, delete, review, settings</source>
            <translation>Manager: ook wijzigen, blokkeren, verwijderen, nakijken, instellingen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name</source>
            <translation>Naam</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name of the new member of staff</source>
            <translation>Naam van de nieuwe medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN</source>
            <translation>Nieuwe pincode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN for the chosen person</source>
            <translation>Nieuwe pincode voor de gekozen persoon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>No staff yet: everyone works under the operator name in Settings → Counter, and voids, deletes and reviews wait for a manager. Add yourself as the first manager; then add the cashiers.</source>
            <translation>Nog geen personeel: iedereen werkt onder de naam van de medewerker in Instellingen → Kassa, en blokkeren, verwijderen en nakijken wachten op een manager. Voeg uzelf toe als eerste manager; daarna de kassiers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN</source>
            <translation>Pincode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN again</source>
            <translation>Pincode nogmaals</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN of the new member of staff</source>
            <translation>Pincode van de nieuwe medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove</source>
            <translation>Weghalen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove the chosen person</source>
            <translation>De gekozen persoon weghalen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role of the new member of staff</source>
            <translation>Rol van de nieuwe medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set new PIN</source>
            <translation>Nieuwe pincode instellen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set the new PIN</source>
            <translation>De nieuwe pincode instellen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff message</source>
            <translation>Melding voor het personeel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff of this station</source>
            <translation>Personeel van deze kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The audit log could not be written to {path}: {reason}.</source>
            <translation>Het auditlog kon niet geschreven worden naar {path}: {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The same PIN again</source>
            <translation>Dezelfde pincode nogmaals</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The two PINs differ: type the same PIN twice.</source>
            <translation>De twee pincodes verschillen: typ twee keer dezelfde pincode.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>cashier</source>
            <translation>kassier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>manager</source>
            <translation>manager</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{low}–{high} digits</source>
            <translation>{low}–{high} cijfers</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name}  ·  {role}</source>
            <translation>{name}  ·  {role}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} has a new PIN (a lockout, if any, is over).</source>
            <translation>{name} heeft een nieuwe pincode (een eventuele blokkering is voorbij).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} is now a {role}.</source>
            <translation>{name} is nu {role}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was added as {role}.</source>
            <translation>{name} is toegevoegd als {role}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was removed (the audit log keeps the name).</source>
            <translation>{name} is weggehaald (het auditlog bewaart de naam).</translation>
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message>
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Eén cirkel per stempel naar de beloning, gevuld zodra verdiend</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>Stamp card</source>
            <translation>Stempelkaart</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} van %n stempel</numerusform>
                <numerusform>{stamps} van %n stempels</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>No backend is set up: open Settings (F10) and enter the server address, API key and secret, or choose Demo. Settings file: {path}</source>
            <translation>Er is geen backend ingesteld: open Instellingen (F10) en voer het serveradres, de API-sleutel en het geheim in, of kies Demo. Instellingenbestand: {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>Program {id}</source>
            <translation>Programma {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The demo server does not answer. See the log in {folder}.</source>
            <translation>De demoserver antwoordt niet. Zie het log in {folder}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server at {address} cannot be reached and no program is chosen yet. Check the network and start again.</source>
            <translation>De loyaltyserver op {address} is niet bereikbaar en er is nog geen programma gekozen. Controleer het netwerk en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server cannot be reached. The counter started with what this station last knew; stamps are queued and sent when it is back.</source>
            <translation>De loyaltyserver is niet bereikbaar. De kassa startte met wat deze kassa het laatst wist; stempels staan in de wachtrij en gaan weg zodra hij terug is.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server has no programs (cards) yet. Add one first.</source>
            <translation>De loyaltyserver heeft nog geen programma's (kaarten). Voeg er eerst een toe.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>{problem}. See the log in {folder}.</source>
            <translation>{problem}. Zie het log in {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Station</name>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source> and </source>
            <translation> en </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>Saved. Restart the app to use {what}.</source>
            <translation>Bewaard. Start de app opnieuw om {what} te gebruiken.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>Something went wrong ({name}). It was logged; try again.</source>
            <translation>Er ging iets mis ({name}). Het is gelogd; probeer het opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>The counter could not start because of an unexpected error. It was written to the log in {path}; send it to whoever looks after this counter.</source>
            <translation>De kassa kon niet starten door een onverwachte fout. Die staat in het log in {path}; stuur het naar wie deze kassa beheert.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>pos-loyalty cannot start</source>
            <translation>pos-loyalty kan niet starten</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>switching program</source>
            <translation>programma wisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>the new backend</source>
            <translation>de nieuwe backend</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>the new camera</source>
            <translation>de nieuwe camera</translation>
        </message>
    </context>
    <context>
        <name>StationFile</name>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>A new station file could not be made at {path}. Check that the folder is writable and the disk has room, then start again.</source>
            <translation>Er kon geen nieuw kassabestand gemaakt worden op {path}. Controleer of de map beschrijfbaar is en de schijf ruimte heeft, en start opnieuw.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; its %n queued writes were kept and will be sent. The old file is kept as {aside}.</source>
            <translation>
                <numerusform>Het kassabestand was beschadigd en er is een nieuw gestart; de %n schrijfactie in de wachtrij is bewaard en wordt verstuurd. Het oude bestand is bewaard als {aside}.</numerusform>
                <numerusform>Het kassabestand was beschadigd en er is een nieuw gestart; de %n schrijfacties in de wachtrij zijn bewaard en worden verstuurd. Het oude bestand is bewaard als {aside}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; no writes were waiting in it. The old file is kept as {aside}.</source>
            <translation>Het kassabestand was beschadigd en er is een nieuw gestart; er wachtten geen schrijfacties in. Het oude bestand is bewaard als {aside}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; the old one could not be read, so writes queued in it were not sent. It is kept as {aside} for a technician.</source>
            <translation>Het kassabestand was beschadigd en er is een nieuw gestart; het oude kon niet gelezen worden, dus schrijfacties in de wachtrij zijn niet verstuurd. Het is bewaard als {aside} voor een technicus.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file {path} cannot be opened ({cause}). Check that no other counter is running on this computer and that the folder is writable, then start again.</source>
            <translation>Het kassabestand {path} kan niet geopend worden ({cause}). Controleer of er geen andere kassa draait op deze computer en of de map beschrijfbaar is, en start opnieuw.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file {path} is damaged and could not be moved aside ({cause}). Move it out of the folder by hand, then start again.</source>
            <translation>Het kassabestand {path} is beschadigd en kon niet opzij gezet worden ({cause}). Haal het met de hand uit de map en start opnieuw.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n to check</source>
            <translation>
                <numerusform>%n na te kijken</numerusform>
                <numerusform>%n na te kijken</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n wacht op verzending</numerusform>
                <numerusform>%n wachten op verzending</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connecting…</source>
            <translation>Verbinden…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connection</source>
            <translation>Verbinding</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connection, writes waiting, program and operator</source>
            <translation>Verbinding, wachtende schrijfacties, programma en medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Nothing waiting</source>
            <translation>Niets in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Opens the operator switch</source>
            <translation>Opent de wissel van medewerker</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Opens the writes the server refused or did not answer</source>
            <translation>Opent de schrijfacties die de server weigerde of niet beantwoordde</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Program</source>
            <translation>Programma</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Program: {program}</source>
            <translation>Programma: {program}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Queued writes</source>
            <translation>Schrijfacties in de wachtrij</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending in a moment</source>
            <translation>Wordt zo verstuurd</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending in a moment (Ctrl+Z undoes)</source>
            <translation>Wordt zo verstuurd (Ctrl+Z maakt ongedaan)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending…</source>
            <translation>Versturen…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Stamps and changes kept here until the server has them</source>
            <translation>Stempels en wijzigingen die hier blijven tot de server ze heeft</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Station and operator: switch operator</source>
            <translation>Kassa en medewerker: medewerker wisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Station status</source>
            <translation>Status van de kassa</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>The loyalty program this counter stamps</source>
            <translation>Het loyaltyprogramma waarvoor deze kassa stempelt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Whether this station reaches the loyalty server</source>
            <translation>Of deze kassa de loyaltyserver bereikt</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Who is at the counter: click to switch</source>
            <translation>Wie er aan de kassa staat: klik om te wisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Writes the server refused or whose answer was lost: check them</source>
            <translation>Schrijfacties die de server weigerde of waarvan het antwoord verloren ging: kijk ze na</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Writes to check</source>
            <translation>Na te kijken schrijfacties</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>{operator} is at the counter: click to switch operator</source>
            <translation>{operator} staat aan de kassa: klik om van medewerker te wisselen</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Connecting…</source>
            <translation>● Verbinden…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Offline: stamps are queued</source>
            <translation>● Offline: stempels staan in de wachtrij</translation>
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
                <numerusform>%n stempel toe te voegen</numerusform>
                <numerusform>%n stempels toe te voegen</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Fewer stamps</source>
            <translation>Minder stempels</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More stamps</source>
            <translation>Meer stempels</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Number of stamps</source>
            <translation>Aantal stempels</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Annuleren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Issue a new card</source>
            <translation>Een nieuwe kaart uitgeven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>The card of {name} ({card}) is voided already. Issue a new card to serve them again; the stamps move over.</source>
            <translation>De kaart van {name} ({card}) is al geblokkeerd. Geef een nieuwe kaart uit om het lid weer te bedienen; de stempels gaan mee.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void + new card</source>
            <translation>Blokkeren + nieuwe kaart</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void only</source>
            <translation>Alleen blokkeren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card and issue a new one</source>
            <translation>De kaart blokkeren en een nieuwe uitgeven</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card of {name}</source>
            <translation>De kaart van {name} blokkeren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card only</source>
            <translation>Alleen de kaart blokkeren</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Voiding blocks {name}'s {card}: it cannot get stamps or rewards any more. The member is kept.</source>
            <translation>Blokkeren zet de {card} van {name} vast: die kan geen stempels of beloningen meer krijgen. Het lid blijft bestaan.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>What would be lost</source>
            <translation>Wat verloren zou gaan</translation>
        </message>
    </context>
</TS>
