<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_FR" sourcelanguage="en">
    <context>
        <name>ActionPanel</name>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>+1 stamp</source>
            <translation>+1 tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>A large QR code the member scans to open their card page</source>
            <translation>Un grand code QR que le membre scanne pour ouvrir la page de sa carte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add %n stamps</source>
            <translation>
                <numerusform>Ajouter %n tampon</numerusform>
                <numerusform>Ajouter %n tampons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add one stamp</source>
            <translation>Ajouter un tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add one stamp (Space or F5)</source>
            <translation>Ajouter un tampon (Espace ou F5)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Add several stamps</source>
            <translation>Ajouter plusieurs tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Change details…</source>
            <translation>Modifier les informations…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Delete member…</source>
            <translation>Supprimer le membre…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Done  (Esc)</source>
            <translation>Terminé  (Échap)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Done, next customer</source>
            <translation>Terminé, client suivant</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>History, change details, void or delete</source>
            <translation>Historique, modifier, annuler ou supprimer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More</source>
            <translation>Plus</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More for this member</source>
            <translation>Plus pour ce membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print card</source>
            <translation>Imprimer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print the card, or save it as PDF or PNG (Ctrl+P)</source>
            <translation>Imprimer la carte, ou l'enregistrer en PDF ou PNG (Ctrl+P)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Print the member's card</source>
            <translation>Imprimer la carte du membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Show QR</source>
            <translation>Afficher le QR</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Show the card's QR code</source>
            <translation>Afficher le code QR de la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Space: +1   Ctrl+Z: undo   Alt+1…6: redeem</source>
            <translation>Espace : +1   Ctrl+Z : défaire   Alt+1…6 : échanger</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo</source>
            <translation>Défaire</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo  ({seconds} s)</source>
            <translation>Défaire  ({seconds} s)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo the last stamp</source>
            <translation>Défaire le dernier tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Undo the last stamp (Ctrl+Z)</source>
            <translation>Défaire le dernier tampon (Ctrl+Z)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Void card (lost) / new card…</source>
            <translation>Annuler la carte (perdue) / nouvelle carte…</translation>
        </message>
    </context>
    <context>
        <name>Banner</name>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Cancel  (Esc)</source>
            <translation>Annuler  (Échap)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>Confirm</source>
            <translation>Confirmer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>No message</source>
            <translation>Aucun message</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/banner.py" />
            <source>What just happened at the counter, and what to do next</source>
            <translation>Ce qui vient de se passer au comptoir, et que faire ensuite</translation>
        </message>
    </context>
    <context>
        <name>CameraPreview</name>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera preview</source>
            <translation>Aperçu de la caméra</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera starting…</source>
            <translation>Démarrage de la caméra…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/camera_preview.py" />
            <source>Camera status</source>
            <translation>État de la caméra</translation>
        </message>
    </context>
    <context>
        <name>CameraScanner</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>Camera on: {camera}</source>
            <translation>Caméra active : {camera}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>{camera} ended.</source>
            <translation>{camera} est terminée.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/camera_scanner.py" />
            <source>{camera} was lost; trying again…</source>
            <translation>{camera} perdue ; nouvel essai…</translation>
        </message>
    </context>
    <context>
        <name>CardDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source> Printing goes through the system's print queue (lp).</source>
            <translation> L'impression passe par la file d'impression du système (lp).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source> This computer has no printing set up for the counter: save the card as a PDF and print it from another program.</source>
            <translation> Aucune imprimante n'est configurée sur cet ordinateur : enregistrez la carte en PDF et imprimez-la depuis un autre programme.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Card of the member</source>
            <translation>Carte du membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Card of {name}</source>
            <translation>Carte de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Loyalty card {code}</source>
            <translation>Carte de fidélité {code}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>PDF files (*.pdf)</source>
            <translation>Fichiers PDF (*.pdf)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>PNG pictures (*.png)</source>
            <translation>Images PNG (*.png)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Picture of the printed card</source>
            <translation>Image de la carte imprimée</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print on a receipt printer or a normal one (the card prints at its real size, 85.6 × 54 mm), or save it as a PDF or a picture.</source>
            <translation>Imprimez sur une imprimante à tickets ou une imprimante normale (la carte sort à taille réelle, 85,6 × 54 mm), ou enregistrez-la en PDF ou en image.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print the card</source>
            <translation>Imprimer la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Printed to {path}</source>
            <translation>Imprimé vers {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Print…</source>
            <translation>Imprimer…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save PDF…</source>
            <translation>Enregistrer en PDF…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save PNG…</source>
            <translation>Enregistrer en PNG…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card</source>
            <translation>Enregistrer la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card as PDF</source>
            <translation>Enregistrer la carte en PDF</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Save the card as PNG</source>
            <translation>Enregistrer la carte en PNG</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Saved: {path}</source>
            <translation>Enregistré : {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Sent to the printer (lp).</source>
            <translation>Envoyé à l'imprimante (lp).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Sent to the printer.</source>
            <translation>Envoyé à l'imprimante.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>The card could not be printed. Save it as a PDF instead.</source>
            <translation>La carte n'a pas pu être imprimée. Enregistrez-la en PDF.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>The printer queue refused the card ({reason}). Save it as a PDF.</source>
            <translation>La file d'impression a refusé la carte ({reason}). Enregistrez-la en PDF.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>no reason given</source>
            <translation>aucune raison donnée</translation>
        </message>
    </context>
    <context>
        <name>CodeKeypad</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Clear the code</source>
            <translation>Effacer le code</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Delete the last character</source>
            <translation>Effacer le dernier caractère</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Look up</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Look up the typed code</source>
            <translation>Rechercher le code tapé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Type {letter}</source>
            <translation>Taper {letter}</translation>
        </message>
    </context>
    <context>
        <name>Codes</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>Nothing readable was scanned. Scan the card again.</source>
            <translation>Rien de lisible n'a été scanné. Scannez la carte à nouveau.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That QR code is a web link, not a loyalty card. Ask for the loyalty card, or look the member up by name.</source>
            <translation>Ce code QR est un lien web, pas une carte de fidélité. Demandez la carte de fidélité, ou cherchez le membre par son nom.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That is not a loyalty card code: it has characters a card never has ({chars}). Scan the card again, or type the code.</source>
            <translation>Ce n'est pas un code de carte de fidélité : il contient des caractères qu'une carte n'a jamais ({chars}). Scannez la carte à nouveau, ou tapez le code.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That is not a loyalty card code: it has {count} characters, a card code has {expected}. Scan the card again, or type the code.</source>
            <translation>Ce n'est pas un code de carte de fidélité : il a {count} caractères, un code de carte en a {expected}. Scannez la carte à nouveau, ou tapez le code.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>That scan is far too long to be a loyalty card. Scan the card again.</source>
            <translation>Ce scan est bien trop long pour une carte de fidélité. Scannez la carte à nouveau.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/codes.py" />
            <source>The scanner types for another keyboard layout and this code could be read more than one way. Type the code, or set the scanner to this computer's keyboard layout.</source>
            <translation>Le scanner tape pour une autre disposition de clavier et ce code peut se lire de plusieurs façons. Tapez le code, ou réglez le scanner sur le clavier de cet ordinateur.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/domain/codes.py" />
            <source>{low} to {high} letters and digits</source>
            <translation>{low} à {high} lettres et chiffres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/domain/codes.py" />
            <source>{n} letters and digits</source>
            <translation>{n} lettres et chiffres</translation>
        </message>
    </context>
    <context>
        <name>Counter</name>
        <message>
            <location filename="../../../pos_loyalty/station/counter.py" />
            <source>{reward} is no longer on this card: it was used or has expired. Nothing to hand over.</source>
            <translation>{reward} n'est plus sur cette carte : déjà utilisée ou expirée. Rien à remettre.</translation>
        </message>
    </context>
    <context>
        <name>CounterDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Close</source>
            <translation>Fermer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_dialog.py" />
            <source>{text}  (Esc)</source>
            <translation>{text}  (Échap)</translation>
        </message>
    </context>
    <context>
        <name>CounterViewModel</name>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source> (new card at {after})</source>
            <translation> (nouvelle carte à {after})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source> (new card starts)</source>
            <translation> (nouvelle carte commencée)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>A write could not be confirmed: the answer was lost. Look the member up before doing it again; it is listed under 'to check' in the status bar.</source>
            <translation>Une écriture n'a pas pu être confirmée : la réponse s'est perdue. Consultez le membre avant de recommencer ; elle figure sous « à vérifier » dans la barre d'état.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>A write for {name} could not be confirmed: the answer was lost. Look the member up before doing it again; it is listed under 'to check' in the status bar.</source>
            <translation>Une écriture pour {name} n'a pas pu être confirmée : la réponse s'est perdue. Consultez le membre avant de recommencer ; elle figure sous « à vérifier » dans la barre d'état.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add %n more stamps?</source>
            <translation>
                <numerusform>Ajouter %n tampon de plus ?</numerusform>
                <numerusform>Ajouter %n tampons de plus ?</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Add another stamp?</source>
            <translation>Ajouter un autre tampon ?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online. Queued here: {sent} sent, {check} to check (see 'to check' in the status bar).</source>
            <translation>De nouveau en ligne. En attente ici : {sent} envoyé(s), {check} à vérifier (voir « à vérifier » dans la barre d'état).</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: %n queued stamp(s) sent.</source>
            <translation>
                <numerusform>De nouveau en ligne : %n tampon en attente envoyé.</numerusform>
                <numerusform>De nouveau en ligne : %n tampons en attente envoyés.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Back online: everything queued here was sent (%n).</source>
            <translation>
                <numerusform>De nouveau en ligne : tout ce qui attendait ici a été envoyé (%n).</numerusform>
                <numerusform>De nouveau en ligne : tout ce qui attendait ici a été envoyé (%n).</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Offline: queued, sent when the server is back.</source>
            <translation>Hors ligne : en file d'attente, envoyé au retour du serveur.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeem</source>
            <translation>Échanger</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeem {reward} for {name} now?</source>
            <translation>Échanger {reward} pour {name} maintenant ?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeemed offline: {reward}. Hand it over; it is recorded when the server is back.</source>
            <translation>Échangé hors ligne : {reward}. Remettez-le ; ce sera enregistré au retour du serveur.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Redeemed: {reward}. Hand it over!</source>
            <translation>Échangé : {reward}. Remettez-le !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Reward earned: {names}</source>
            <translation>Récompense gagnée : {names}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Scan a card first.</source>
            <translation>Scannez d'abord une carte.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Something went wrong ({name}). It was logged; try again.</source>
            <translation>Un problème est survenu ({name}). Il a été consigné ; réessayez.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Stamp undone. Nothing was sent.</source>
            <translation>Tampon annulé. Rien n'a été envoyé.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Switch</source>
            <translation>Changer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The reward is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>La récompense est en attente ici : {why}. Elle partira au retour du serveur ; rien n'est perdu.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The server refused a write. Look the member up to see where it stands.</source>
            <translation>Le serveur a refusé une écriture. Consultez le membre pour voir où il en est.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>The stamp is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>Le tampon est en attente ici : {why}. Il partira au retour du serveur ; rien n'est perdu.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>This card belongs to {program}, not {current}. Choose that program in Settings (F10) to serve it.</source>
            <translation>Cette carte appartient à {program}, pas à {current}. Choisissez ce programme dans les Réglages (F10) pour la servir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>This card belongs to {program}, not {current}. Switch this station to {program}?</source>
            <translation>Cette carte appartient à {program}, pas à {current}. Passer ce poste sur {program} ?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Too late to undo: the stamp was already sent.</source>
            <translation>Trop tard pour annuler : le tampon est déjà envoyé.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>Yes, add</source>
            <translation>Oui, ajouter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>program {id}</source>
            <translation>programme {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>the demo server is not answering; it restarts by itself</source>
            <translation>le serveur de démo ne répond pas ; il redémarre tout seul</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>the loyalty server is not answering</source>
            <translation>le serveur de fidélité ne répond pas</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}'s reward is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>La récompense de {name} est en attente ici : {why}. Elle partira au retour du serveur ; rien n'est perdu.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}'s stamp is queued here: {why}. It goes out when the server is back; nothing is lost.</source>
            <translation>Le tampon de {name} est en attente ici : {why}. Il partira au retour du serveur ; rien n'est perdu.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}:  {before} → {after} of {goal}</source>
            <translation>{name} :  {before} → {after} sur {goal}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/counter_view_model.py" />
            <source>{name}:  {before} → {goal} of {goal}, full</source>
            <translation>{name} :  {before} → {goal} sur {goal}, pleine</translation>
        </message>
    </context>
    <context>
        <name>CounterWindow</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>DEMO</source>
            <translation>DÉMO</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Demo mode</source>
            <translation>Mode démo</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Demo mode: a local server with made-up members</source>
            <translation>Mode démo : un serveur local avec des membres fictifs</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation>Nouveau membre  (F2)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. Found: {note}</source>
            <translation>Hors ligne. Trouvé : {note}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Offline. No member found: {note}</source>
            <translation>Hors ligne. Aucun membre trouvé : {note}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Show the camera picture</source>
            <translation>Afficher l'image de la caméra</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>pos-loyalty · Counter</source>
            <translation>pos-loyalty · Comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>⚙  Settings</source>
            <translation>⚙  Réglages</translation>
        </message>
    </context>
    <context>
        <name>CustomerDisplay</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n more for {reward}</source>
            <translation>
                <numerusform>Encore %n pour {reward}</numerusform>
                <numerusform>Encore %n pour {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>%n stamps: {reward}</source>
            <translation>
                <numerusform>%n tampon : {reward}</numerusform>
                <numerusform>%n tampons : {reward}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Collect %n stamps for a reward</source>
            <translation>
                <numerusform>Collectionnez %n tampon pour une récompense</numerusform>
                <numerusform>Collectionnez %n tampons pour une récompense</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Hello!</source>
            <translation>Bonjour !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Hello, {name}!</source>
            <translation>Bonjour, {name} !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Please ask at the counter about this card.</source>
            <translation>Renseignez-vous au comptoir pour cette carte.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Ready for you: {rewards}</source>
            <translation>Prêt pour vous : {rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Reward earned: {rewards}</source>
            <translation>Récompense gagnée : {rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Show your loyalty card at the counter</source>
            <translation>Présentez votre carte de fidélité au comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>Welcome!</source>
            <translation>Bienvenue !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>pos-loyalty · Customer display</source>
            <translation>pos-loyalty · Écran client</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} sur %n tampon</numerusform>
                <numerusform>{stamps} sur %n tampons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>CustomerStampCard</name>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Un cercle par tampon vers la récompense, rempli une fois gagné</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>Stamp card</source>
            <translation>Carte de tampons</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/customer_display_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} sur %n tampon</numerusform>
                <numerusform>{stamps} sur %n tampons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DayTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>CSV file to export to</source>
            <translation>Fichier CSV d'export</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Cannot write {path}: {reason}.</source>
            <translation>Impossible d'écrire {path} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Chart of the day's numbers per operator</source>
            <translation>Graphique des chiffres du jour par opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose where to save the CSV</source>
            <translation>Choisissez où enregistrer le CSV</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose where to save the CSV first.</source>
            <translation>Choisissez d'abord où enregistrer le CSV.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Day</source>
            <translation>Jour</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Day's numbers status</source>
            <translation>État des chiffres du jour</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Enrolled</source>
            <translation>Inscrits</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Export CSV</source>
            <translation>Exporter en CSV</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Export to CSV</source>
            <translation>Exporter vers un CSV</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Refresh the numbers</source>
            <translation>Actualiser les chiffres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Repeats</source>
            <translation>Répétitions</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Rewards</source>
            <translation>Récompenses</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Save the day's numbers</source>
            <translation>Enregistrer les chiffres du jour</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Saved %n rows to {path}.</source>
            <translation>
                <numerusform>%n ligne enregistrée dans {path}.</numerusform>
                <numerusform>%n lignes enregistrées dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Scope</source>
            <translation>Portée</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Shift {start}–{end}</source>
            <translation>Service {start}–{end}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Stamps</source>
            <translation>Tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>The day's numbers</source>
            <translation>Les chiffres du jour</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>The folder {folder} does not exist.</source>
            <translation>Le dossier {folder} n'existe pas.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Undone</source>
            <translation>Annulés</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Where to save the CSV</source>
            <translation>Où enregistrer le CSV</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>everyone</source>
            <translation>tout le monde</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>nobody yet</source>
            <translation>personne encore</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>now</source>
            <translation>maintenant</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>{operator} (no sign-in)</source>
            <translation>{operator} (sans connexion)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_day.py" />
            <source>{who} at {station}</source>
            <translation>{who} à {station}</translation>
        </message>
    </context>
    <context>
        <name>Decoders</name>
        <message>
            <location filename="../../../pos_loyalty/scanning/decoders.py" />
            <source>The pyzbar backend needs the zbar library: sudo apt-get install libzbar0 (zxing-cpp keeps working without it).</source>
            <translation>Le module pyzbar a besoin de la bibliothèque zbar : sudo apt-get install libzbar0 (zxing-cpp fonctionne sans).</translation>
        </message>
    </context>
    <context>
        <name>DeleteDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete</source>
            <translation>Supprimer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete the member</source>
            <translation>Supprimer le membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete {name}</source>
            <translation>Supprimer {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Delete {name} ({card}) from the program? The member, their card and their history on the server are gone for good. A lost card is better voided.</source>
            <translation>Supprimer {name} ({card}) du programme ? Le membre, sa carte et son historique sur le serveur disparaissent pour de bon. Mieux vaut annuler une carte perdue.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Type {word} to confirm</source>
            <translation>Tapez {word} pour confirmer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Type {word} to confirm:</source>
            <translation>Tapez {word} pour confirmer :</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>What would be lost</source>
            <translation>Ce qui serait perdu</translation>
        </message>
    </context>
    <context>
        <name>EditDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Change {name}</source>
            <translation>Modifier {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Save changes</source>
            <translation>Enregistrer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Save the changes</source>
            <translation>Enregistrer les modifications</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Some details need fixing: see the lines in red.</source>
            <translation>Certaines informations sont à corriger : voir les lignes en rouge.</translation>
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
            <translation>Serveur de démo redémarré</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>Demo server stopped, restarting…</source>
            <translation>Serveur de démo arrêté, redémarrage…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>The demo server could not be started: {reason}</source>
            <translation>Le serveur de démo n'a pas pu démarrer : {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>The demo server did not start: {reason}</source>
            <translation>Le serveur de démo n'a pas démarré : {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/embedded_server.py" />
            <source>no output</source>
            <translation>aucune sortie</translation>
        </message>
    </context>
    <context>
        <name>EnrolDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source> (from this station's copy)</source>
            <translation> (copie de ce poste)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source> (signed up here, on its way to the server)</source>
            <translation> (inscrit ici, en route vers le serveur)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Consent wording</source>
            <translation>Texte du consentement</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Looking for a member with the same e-mail or phone…</source>
            <translation>Recherche d'un membre avec le même e-mail ou téléphone…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Members with the same e-mail or phone</source>
            <translation>Membres avec le même e-mail ou téléphone</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>New member</source>
            <translation>Nouveau membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Open that member</source>
            <translation>Ouvrir ce membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Open {name}</source>
            <translation>Ouvrir {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Read the consent to the member and tick the box first.</source>
            <translation>Lisez le consentement au membre et cochez d'abord la case.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign the member up</source>
            <translation>Inscrire le membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign the member up anyway</source>
            <translation>Inscrire le membre quand même</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign up</source>
            <translation>Inscrire</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Sign up anyway</source>
            <translation>Inscrire quand même</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>Some details need fixing: see the lines in red.</source>
            <translation>Certaines informations sont à corriger : voir les lignes en rouge.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The member agrees</source>
            <translation>Le membre accepte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The member agrees to this</source>
            <translation>Le membre accepte ceci</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>The server cannot be reached: only this station's members were checked.</source>
            <translation>Le serveur est injoignable : seuls les membres de ce poste ont été vérifiés.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>This may be a member already: open them, or sign up anyway.</source>
            <translation>C'est peut-être déjà un membre : ouvrez-le, ou inscrivez quand même.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/enrol_dialog.py" />
            <source>“{wording}”</source>
            <translation>« {wording} »</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <location filename="../../../pos_loyalty/ui/errors.py" />
            <source>Something unexpected went wrong. It was logged. The stamps already taken are safe; if this keeps happening, restart the app.</source>
            <translation>Un problème inattendu est survenu. Il a été consigné. Les tampons déjà donnés sont en sécurité ; si cela se reproduit, redémarrez l'application.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>Something went wrong. It was logged; try again.</source>
            <translation>Un problème est survenu. Il a été consigné ; réessayez.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The answer from the loyalty server was lost, so it is not known whether this went through. It is listed under 'to check' in the status bar.</source>
            <translation>La réponse du serveur de fidélité s'est perdue : on ne sait pas si l'opération est passée. Elle figure sous « à vérifier » dans la barre d'état.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server asks to slow down. Wait a few seconds, then try again.</source>
            <translation>Le serveur de fidélité demande de ralentir. Attendez quelques secondes, puis réessayez.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server cannot be reached. Stamps and rewards are queued and sent when it is back.</source>
            <translation>Le serveur de fidélité est injoignable. Tampons et récompenses sont mis en attente et envoyés à son retour.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server gave an answer that makes no sense. Check the server address in Settings (F10).</source>
            <translation>Le serveur de fidélité a donné une réponse incohérente. Vérifiez l'adresse du serveur dans les Réglages (F10).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server had a problem. Writes are queued and sent again; if it lasts, tell the person who runs the server.</source>
            <translation>Le serveur de fidélité a eu un problème. Les écritures sont en attente et renvoyées ; si cela dure, prévenez la personne qui gère le serveur.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/errors.py" />
            <source>The loyalty server refused the API key or secret. Open Settings (F10) and enter the key pair again.</source>
            <translation>Le serveur de fidélité a refusé la clé ou le secret d'API. Ouvrez les Réglages (F10) et saisissez à nouveau la paire de clés.</translation>
        </message>
    </context>
    <context>
        <name>FirstRun</name>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>Enter the API key.</source>
            <translation>Saisissez la clé d'API.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>Enter the API secret.</source>
            <translation>Saisissez le secret d'API.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>No loyalty server answers at this address. Check the address and the network.</source>
            <translation>Aucun serveur de fidélité ne répond à cette adresse. Vérifiez l'adresse et le réseau.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server address starts with https:// (or http:// on this computer).</source>
            <translation>L'adresse du serveur commence par https:// (ou http:// sur cet ordinateur).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server answered, but it has no loyalty programs yet. Add one there first.</source>
            <translation>Le serveur a répondu, mais n'a encore aucun programme de fidélité. Ajoutez-en un d'abord.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/first_run.py" />
            <source>The server refused this key and secret. Check both.</source>
            <translation>Le serveur a refusé cette clé et ce secret. Vérifiez les deux.</translation>
        </message>
    </context>
    <context>
        <name>FirstRunDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>A pos-loyalty server run by you or your IT person.</source>
            <translation>Un serveur pos-loyalty géré par vous ou votre informaticien.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>A server on this computer with made-up members.</source>
            <translation>Un serveur sur cet ordinateur avec des membres fictifs.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>API key</source>
            <translation>Clé d'API</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>API secret</source>
            <translation>Secret d'API</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Back</source>
            <translation>Retour</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connect to Coupontools</source>
            <translation>Se connecter à Coupontools</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connect to your own server</source>
            <translation>Se connecter à votre propre serveur</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connected: %n programs. Pick the one to serve.</source>
            <translation>
                <numerusform>Connecté : %n programme. Choisissez celui à servir.</numerusform>
                <numerusform>Connecté : %n programmes. Choisissez celui à servir.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Connection test result</source>
            <translation>Résultat du test de connexion</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Start the counter</source>
            <translation>Démarrer le comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Test the connection</source>
            <translation>Tester la connexion</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Testing…</source>
            <translation>Test en cours…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Try the demo</source>
            <translation>Essayer la démo</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Welcome. How will this counter work?</source>
            <translation>Bienvenue. Comment ce comptoir va-t-il fonctionner ?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>Your Coupontools loyalty programs, with the API key and secret from your account.</source>
            <translation>Vos programmes de fidélité Coupontools, avec la clé et le secret d'API de votre compte.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>pos-loyalty · Set up this counter</source>
            <translation>pos-loyalty · Configurer ce comptoir</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/first_run_dialog.py" />
            <source>{name}, %n stamps</source>
            <translation>
                <numerusform>{name}, %n tampon</numerusform>
                <numerusform>{name}, %n tampons</numerusform>
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
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>No camera found at {camera}. Check that it is plugged in, or choose another camera in Settings.</source>
            <translation>Aucune caméra trouvée sur {camera}. Vérifiez qu'elle est branchée, ou choisissez-en une autre dans les Réglages.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>There is no video file {path}.</source>
            <translation>Il n'y a pas de fichier vidéo {path}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>camera {index}</source>
            <translation>caméra {index}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/scanning/frames.py" />
            <source>video {name}</source>
            <translation>vidéo {name}</translation>
        </message>
    </context>
    <context>
        <name>Guards</name>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>Add another one?</source>
            <translation>En ajouter un autre ?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This card expired on {date}. It cannot get stamps or rewards. Ask for the member's current card.</source>
            <translation>Cette carte a expiré le {date}. Elle ne peut recevoir ni tampons ni récompenses. Demandez la carte actuelle du membre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This card was voided on {date}. It cannot get stamps or rewards. Ask for the member's current card.</source>
            <translation>Cette carte a été annulée le {date}. Elle ne peut recevoir ni tampons ni récompenses. Demandez la carte actuelle du membre.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago at this counter, by {operator}.</source>
            <translation>
                <numerusform>Ce membre a reçu un tampon il y a %n seconde à cette caisse, par {operator}.</numerusform>
                <numerusform>Ce membre a reçu un tampon il y a %n secondes à cette caisse, par {operator}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp %n seconds ago from {operator} at {station}.</source>
            <translation>
                <numerusform>Ce membre a reçu un tampon il y a %n seconde de {operator} à {station}.</numerusform>
                <numerusform>Ce membre a reçu un tampon il y a %n secondes de {operator} à {station}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp just now at this counter, by {operator}.</source>
            <translation>Ce membre vient de recevoir un tampon à cette caisse, par {operator}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This member got a stamp just now from {operator} at {station}.</source>
            <translation>Ce membre vient de recevoir un tampon de {operator} à {station}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/guards.py" />
            <source>This program allows {limit} stamps a day; this member can get {remaining} more today.</source>
            <translation>Ce programme autorise {limit} tampons par jour ; ce membre peut encore en recevoir {remaining} aujourd'hui.</translation>
        </message>
    </context>
    <context>
        <name>GuidedCameraView</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera picture</source>
            <translation>Image de la caméra</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera starting…</source>
            <translation>Démarrage de la caméra…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Camera unplugged, reconnecting…</source>
            <translation>Caméra débranchée, reconnexion…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Hold your card here</source>
            <translation>Tenez votre carte ici</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_camera.py" />
            <source>Looking for the camera…</source>
            <translation>Recherche de la caméra…</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>%n stamps moved to the new card</source>
            <translation>
                <numerusform>%n tampon transféré sur la nouvelle carte</numerusform>
                <numerusform>%n tampons transférés sur la nouvelle carte</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Card re-issued</source>
            <translation>Carte rééditée</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Consent given</source>
            <translation>Consentement donné</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Dismissed after a check</source>
            <translation>Écarté après vérification</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>Sent again after a check</source>
            <translation>Renvoyé après vérification</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>dismissed</source>
            <translation>écarté</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>done</source>
            <translation>fait</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>on its way to the server</source>
            <translation>en route vers le serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>queued, not yet on the server</source>
            <translation>en attente, pas encore sur le serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>refused</source>
            <translation>refusé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>refused: {reason}</source>
            <translation>refusé : {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>to check: the answer was lost</source>
            <translation>à vérifier : la réponse s'est perdue</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/history.py" />
            <source>undone</source>
            <translation>annulé</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n lines written to {path}.</source>
            <translation>
                <numerusform>%n ligne écrite dans {path}.</numerusform>
                <numerusform>%n lignes écrites dans {path}.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>%n operators written to {path}.</source>
            <translation>
                <numerusform>%n opérateur écrit dans {path}.</numerusform>
                <numerusform>%n opérateurs écrits dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Changes</source>
            <translation>Modifications</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Deletes</source>
            <translation>Suppressions</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Everyone</source>
            <translation>Tout le monde</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export history…</source>
            <translation>Exporter l'historique…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the history</source>
            <translation>Exporter l'historique</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the member's history as CSV</source>
            <translation>Exporter l'historique du membre en CSV</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the shift totals as CSV</source>
            <translation>Exporter les totaux du service en CSV</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export the totals</source>
            <translation>Exporter les totaux</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Export totals…</source>
            <translation>Exporter les totaux…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History</source>
            <translation>Historique</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History of this station</source>
            <translation>Historique de ce poste</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>History of {name}</source>
            <translation>Historique de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>How it ended</source>
            <translation>Résultat</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Period of the totals</source>
            <translation>Période des totaux</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Refused</source>
            <translation>Refusés</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Rewards</source>
            <translation>Récompenses</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Shift totals</source>
            <translation>Totaux du service</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Sign-ups</source>
            <translation>Inscriptions</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Since {name} signed in ({time})</source>
            <translation>Depuis la connexion de {name} ({time})</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Stamps</source>
            <translation>Tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The file could not be written to {path}: {reason}.</source>
            <translation>Le fichier n'a pas pu être écrit dans {path} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The last 7 days</source>
            <translation>Les 7 derniers jours</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>The member's history at this station</source>
            <translation>L'historique du membre à ce poste</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>To check</source>
            <translation>À vérifier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Today</source>
            <translation>Aujourd'hui</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Totals by operator</source>
            <translation>Totaux par opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Undone</source>
            <translation>Annulés</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Voids</source>
            <translation>Annulations</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>What this station did for the member; the server has the rest.</source>
            <translation>Ce que ce poste a fait pour le membre ; le serveur a le reste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>When</source>
            <translation>Quand</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Where</source>
            <translation>Où</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/history_dialog.py" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
    </context>
    <context>
        <name>IdlePage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code</source>
            <translation>Code de la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Card code or link</source>
            <translation>Code de la carte ou lien</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Look up the typed code</source>
            <translation>Rechercher le code tapé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>New member  (F2)</source>
            <translation>Nouveau membre  (F2)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Scan a loyalty card</source>
            <translation>Scannez une carte de fidélité</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member</source>
            <translation>Inscrire un nouveau membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>Sign up a new member: a short form, then the first stamp</source>
            <translation>Inscrire un nouveau membre : un court formulaire, puis le premier tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/counter_window.py" />
            <source>…or type the code printed under the QR code</source>
            <translation>…ou tapez le code imprimé sous le code QR</translation>
        </message>
    </context>
    <context>
        <name>ImportTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>. Stopped: {reason}. Import the same file again to finish it.</source>
            <translation>. Arrêté : {reason}. Importez à nouveau le même fichier pour terminer.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>A CSV file of members</source>
            <translation>Un fichier CSV de membres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>CSV files (*.csv);;All (*)</source>
            <translation>Fichiers CSV (*.csv);;Tous (*)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancel the import</source>
            <translation>Annuler l'import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Cancelled. Import the same file again to finish it: no member is added twice.</source>
            <translation>Annulé. Importez à nouveau le même fichier pour terminer : aucun membre n'est ajouté deux fois.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Check only (dry run)</source>
            <translation>Vérifier seulement (essai à blanc)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Check the file</source>
            <translation>Vérifier le fichier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Checked.</source>
            <translation>Vérifié.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose the members file</source>
            <translation>Choisissez le fichier des membres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose the members file first.</source>
            <translation>Choisissez d'abord le fichier des membres.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Choose…</source>
            <translation>Choisir…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Done.</source>
            <translation>Terminé.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import progress</source>
            <translation>Progression de l'import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import result</source>
            <translation>Résultat de l'import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import status</source>
            <translation>État de l'import</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Import the members</source>
            <translation>Importer les membres</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Importing: {done} of %n members, batch {batch} of {batches}</source>
            <translation>
                <numerusform>Import : {done} sur %n membre, lot {batch} sur {batches}</numerusform>
                <numerusform>Import : {done} sur %n membres, lot {batch} sur {batches}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members file</source>
            <translation>Fichier des membres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members file to import</source>
            <translation>Fichier des membres à importer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Members from a CSV file into {program}. Columns: first_name, last_name, email, phone, custom_1 … custom_8. Rows already in the program are skipped; a stopped import finishes when run again.</source>
            <translation>Des membres d'un fichier CSV vers {program}. Colonnes : first_name, last_name, email, phone, custom_1 … custom_8. Les lignes déjà dans le programme sont ignorées ; un import arrêté se termine en le relançant.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Reading the file …</source>
            <translation>Lecture du fichier …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>Reading the program's members to find those already in …</source>
            <translation>Lecture des membres du programme pour trouver ceux déjà présents …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>This file was imported into this program before; nothing was sent again. </source>
            <translation>Ce fichier a déjà été importé dans ce programme ; rien n'a été renvoyé. </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>this program</source>
            <translation>ce programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_import.py" />
            <source>{summary}
Report: {path}</source>
            <translation>{summary}
Rapport : {path}</translation>
        </message>
    </context>
    <context>
        <name>IndexRefresh</name>
        <message>
            <location filename="../../../pos_loyalty/station/index_refresh.py" />
            <source>The loyalty server sends the same members page after page; the station's copy of the members was not refreshed.</source>
            <translation>Le serveur de fidélité renvoie sans cesse la même page de membres ; la copie des membres de ce poste n'a pas été actualisée.</translation>
        </message>
    </context>
    <context>
        <name>Kiosk</name>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>A manager is needed</source>
            <translation>Un responsable est nécessaire</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Keypad</source>
            <translation>Clavier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leave  (F12)</source>
            <translation>Quitter  (F12)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leave kiosk mode</source>
            <translation>Quitter le mode kiosque</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Leaving kiosk mode closes the counter. A manager types their PIN.</source>
            <translation>Quitter le mode kiosque ferme le comptoir. Un responsable tape son code PIN.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>Show the code keypad</source>
            <translation>Afficher le clavier du code</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk.py" />
            <source>This kiosk has no manager yet, so Settings stay closed and kiosk mode cannot be left here. A manager must be set up first: start pos-loyalty without --kiosk (kiosk = false in the settings) as this station's user, add a manager in Settings, Staff, then start the kiosk again.</source>
            <translation>Ce kiosque n'a pas encore de responsable : les Réglages restent fermés et le mode kiosque ne peut pas être quitté ici. Configurez d'abord un responsable : démarrez pos-loyalty sans --kiosk (kiosk = false dans les réglages) avec l'utilisateur de ce poste, ajoutez un responsable dans Réglages, Personnel, puis relancez le kiosque.</translation>
        </message>
    </context>
    <context>
        <name>Lookup</name>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>From this station's copy (not yet loaded in full from the server).</source>
            <translation>Depuis la copie de ce poste (pas encore entièrement chargée depuis le serveur).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>From this station's copy, updated {when}.</source>
            <translation>Depuis la copie de ce poste, mise à jour {when}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>No member has this card on this program. Check the card, or search the member by name (Ctrl+F).</source>
            <translation>Aucun membre n'a cette carte dans ce programme. Vérifiez la carte, ou cherchez le membre par son nom (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>The loyalty server cannot be reached, and this card is not in this station's copy of the members. Search the member by name (Ctrl+F), or scan again when the server is back.</source>
            <translation>Le serveur de fidélité est injoignable et cette carte n'est pas dans la copie des membres de ce poste. Cherchez le membre par son nom (Ctrl+F), ou scannez à nouveau au retour du serveur.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>This card belongs to {name}. Switch to it?</source>
            <translation>Cette carte appartient à {name}. Y passer ?</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>This member is no longer on the loyalty server. Check the card, or search the member by name (Ctrl+F).</source>
            <translation>Ce membre n'est plus sur le serveur de fidélité. Vérifiez la carte, ou cherchez le membre par son nom (Ctrl+F).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/lookup.py" />
            <source>program {id}</source>
            <translation>programme {id}</translation>
        </message>
    </context>
    <context>
        <name>ManagerWindow</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Day's numbers</source>
            <translation>Chiffres du jour</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Import</source>
            <translation>Importer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager</source>
            <translation>Gestion</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager sections</source>
            <translation>Sections de la gestion</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Manager window</source>
            <translation>Fenêtre de gestion</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Programs</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_window.py" />
            <source>Push</source>
            <translation>Message</translation>
        </message>
    </context>
    <context>
        <name>MemberDialogs</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>a card on its way</source>
            <translation>une carte en route</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>card …{last}</source>
            <translation>carte …{last}</translation>
        </message>
    </context>
    <context>
        <name>MemberFields</name>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source> (and {more} more to fix)</source>
            <translation> (et {more} autre(s) à corriger)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A new member needs a name: a first or a last name.</source>
            <translation>Un nouveau membre a besoin d'un nom : un prénom ou un nom de famille.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has at least {low} digits.</source>
            <translation>Un numéro de téléphone a au moins {low} chiffres.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has at most {high} digits ({count} now).</source>
            <translation>Un numéro de téléphone a au plus {high} chiffres ({count} maintenant).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>A phone number has digits, spaces, + ( ) - . / only.</source>
            <translation>Un numéro de téléphone ne contient que des chiffres, des espaces et + ( ) - . /</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Address</source>
            <translation>Adresse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>An e-mail address has one @ and no spaces.</source>
            <translation>Une adresse e-mail a un seul @ et aucun espace.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>City</source>
            <translation>Ville</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Custom field {n}</source>
            <translation>Champ libre {n}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>E-mail</source>
            <translation>E-mail</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>First name</source>
            <translation>Prénom</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Last name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Phone</source>
            <translation>Téléphone</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>Postcode</source>
            <translation>Code postal</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>The e-mail address looks incomplete: it needs a name, @ and a domain (jane@example.com).</source>
            <translation>L'adresse e-mail semble incomplète : il faut un nom, @ et un domaine (jeanne@exemple.fr).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{label} has a character that cannot be stored.</source>
            <translation>{label} contient un caractère impossible à enregistrer.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{label} has at most {limit} characters ({count} now).</source>
            <translation>{label} a au plus {limit} caractères ({count} maintenant).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_fields.py" />
            <source>{name} is not a member's detail.</source>
            <translation>{name} n'est pas une information de membre.</translation>
        </message>
    </context>
    <context>
        <name>MemberForm</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_form.py" />
            <source>Problem with {field}</source>
            <translation>Problème avec {field}</translation>
        </message>
    </context>
    <context>
        <name>MemberPanel</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>   ·   until {day}</source>
            <translation>   ·   jusqu'au {day}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Card {code}</source>
            <translation>Carte {code}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Member</source>
            <translation>Membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Member {name}</source>
            <translation>Membre {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Un cercle par tampon vers la récompense, rempli une fois gagné</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem one {reward} (Alt+{n}, then Alt+{n} again)</source>
            <translation>Échanger un(e) {reward} (Alt+{n}, puis Alt+{n} à nouveau)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem {reward}</source>
            <translation>Échanger {reward}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Redeem:  {reward}</source>
            <translation>Échanger :  {reward}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use</source>
            <translation>Récompenses à utiliser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>Rewards to use: %n</source>
            <translation>
                <numerusform>Récompenses à utiliser : %n</numerusform>
                <numerusform>Récompenses à utiliser : %n</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>The member on screen: name, card, stamps and rewards to use</source>
            <translation>Le membre à l'écran : nom, carte, tampons et récompenses à utiliser</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{name}: {stamps} of %n stamps</source>
            <translation>
                <numerusform>{name} : {stamps} sur %n tampon</numerusform>
                <numerusform>{name} : {stamps} sur %n tampons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} sur %n tampon</numerusform>
                <numerusform>{stamps} sur %n tampons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_panel.py" />
            <source>{stamps} of {goal}</source>
            <translation>{stamps} sur {goal}</translation>
        </message>
    </context>
    <context>
        <name>MemberScreens</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Changes to {name} are on their way.</source>
            <translation>Les modifications de {name} sont en route.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Print card</source>
            <translation>Imprimer la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp.</source>
            <translation>Inscrit : {name}, prêt pour le premier tampon.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>Signed up: {name}, ready for the first stamp. Offline: the card gets its code when the server is back; print it then.</source>
            <translation>Inscrit : {name}, prêt pour le premier tampon. Hors ligne : la carte reçoit son code au retour du serveur ; imprimez-la alors.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>The card of {name} is voided (on its way to the server).</source>
            <translation>La carte de {name} est annulée (en route vers le serveur).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_screens.py" />
            <source>{name} is being deleted (on its way to the server).</source>
            <translation>{name} est en cours de suppression (en route vers le serveur).</translation>
        </message>
    </context>
    <context>
        <name>MemberView</name>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n more for {name}</source>
            <translation>
                <numerusform>Encore %n pour {name}</numerusform>
                <numerusform>Encore %n pour {name}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n reward(s) used</source>
            <translation>
                <numerusform>%n récompense utilisée</numerusform>
                <numerusform>%n récompenses utilisées</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n tampon</numerusform>
                <numerusform>%n tampons</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>1 more for {name}!</source>
            <translation>Plus qu'un pour {name} !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Expired on {date}: no stamps or rewards on this card. Ask for the member's current card.</source>
            <translation>Expirée le {date} : ni tampons ni récompenses sur cette carte. Demandez la carte actuelle du membre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Included: {what} from this station, {where}.</source>
            <translation>Inclus : {what} de ce poste, {where}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>Voided on {date}: no stamps or rewards on this card. Ask for the member's current card.</source>
            <translation>Annulée le {date} : ni tampons ni récompenses sur cette carte. Demandez la carte actuelle du membre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>offline: sent when the server is back</source>
            <translation>hors ligne : envoyé au retour du serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/member_view.py" />
            <source>on its way</source>
            <translation>en route</translation>
        </message>
    </context>
    <context>
        <name>Members</name>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n stamp(s)</source>
            <translation>
                <numerusform>%n tampon</numerusform>
                <numerusform>%n tampons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>%n unused reward(s) ({names})</source>
            <translation>
                <numerusform>%n récompense inutilisée ({names})</numerusform>
                <numerusform>%n récompenses inutilisées ({names})</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Not sent: signing up {name} was refused, so there is no card to put it on. Sign the member up again, then add it.</source>
            <translation>Non envoyé : l'inscription de {name} a été refusée, il n'y a donc pas de carte où le mettre. Réinscrivez le membre, puis ajoutez-le.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Nothing was changed: the details are as they were.</source>
            <translation>Rien n'a changé : les informations sont inchangées.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Open that member, or sign up anyway.</source>
            <translation>Ouvrez ce membre, ou inscrivez quand même.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This card is voided already.</source>
            <translation>Cette carte est déjà annulée.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This card still has {losses}. Voiding blocks them: issue a new card to move the stamps over (unused rewards stay on the voided card).</source>
            <translation>Cette carte a encore {losses}. L'annuler les bloque : émettez une nouvelle carte pour y transférer les tampons (les récompenses inutilisées restent sur la carte annulée).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This member is still being created on the server and cannot be {what} yet. Try again when the card has its code.</source>
            <translation>Ce membre est encore en cours de création sur le serveur et ne peut pas encore être {what}. Réessayez quand la carte aura son code.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>This member still has {losses}. Deleting loses them for good.</source>
            <translation>Ce membre a encore {losses}. La suppression les fait perdre pour de bon.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>Type {word} to delete {name}; nothing was deleted.</source>
            <translation>Tapez {word} pour supprimer {name} ; rien n'a été supprimé.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Waits for the sign-up before it to be checked (see 'to check').</source>
            <translation>Attend l'inscription qui la précède, à vérifier (voir « à vérifier »).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>card on its way</source>
            <translation>carte en route</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>card …{digits}</source>
            <translation>carte …{digits}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>changed</source>
            <translation>modifié</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>deleted</source>
            <translation>supprimé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>the new member</source>
            <translation>le nouveau membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>voided</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>{name} ({card}) already has this e-mail address.</source>
            <translation>{name} ({card}) a déjà cette adresse e-mail.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/members.py" />
            <source>{name} ({card}) already has this phone number.</source>
            <translation>{name} ({card}) a déjà ce numéro de téléphone.</translation>
        </message>
    </context>
    <context>
        <name>OfferBanner</name>
        <message>
            <location filename="../../../pos_loyalty/ui/offer_banner.py" />
            <source>Offer</source>
            <translation>Offre</translation>
        </message>
    </context>
    <context>
        <name>PinDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>%n hours</source>
            <translation>
                <numerusform>%n heure</numerusform>
                <numerusform>%n heures</numerusform>
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
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Check the PIN</source>
            <translation>Vérifier le code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Choose your name first.</source>
            <translation>Choisissez d'abord votre nom.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>OK</source>
            <translation>OK</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Too many wrong PINs: {name} is locked out, {time} left. Wait, or ask a manager to set a new PIN.</source>
            <translation>Trop de codes PIN erronés : {name} est bloqué, encore {time}. Patientez, ou demandez à un responsable un nouveau code PIN.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Type your PIN.</source>
            <translation>Tapez votre code PIN.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Who you are</source>
            <translation>Qui vous êtes</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>{name} can type the PIN again.</source>
            <translation>{name} peut retaper le code PIN.</translation>
        </message>
    </context>
    <context>
        <name>PinPad</name>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Clear</source>
            <translation>Effacer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Clear the PIN</source>
            <translation>Effacer le code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Delete the last digit</source>
            <translation>Effacer le dernier chiffre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>Digit {digit}</source>
            <translation>Chiffre {digit}</translation>
        </message>
    </context>
    <context>
        <name>Pins</name>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN has {low} to {high} digits.</source>
            <translation>Un code PIN a de {low} à {high} chiffres.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN is digits only.</source>
            <translation>Un code PIN ne contient que des chiffres.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN of digits in a row (1234, 9876) is too easy to guess. Choose another.</source>
            <translation>Un code PIN de chiffres qui se suivent (1234, 9876) est trop facile à deviner. Choisissez-en un autre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/pins.py" />
            <source>A PIN of one digit repeated is too easy to guess. Choose another.</source>
            <translation>Un code PIN d'un seul chiffre répété est trop facile à deviner. Choisissez-en un autre.</translation>
        </message>
    </context>
    <context>
        <name>ProgramEditor</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>A program's goal, rewards and daily limit can be changed here only on the bundled (demo) server. This station uses another backend: change them where that backend is managed.</source>
            <translation>Le but, les récompenses et la limite quotidienne d'un programme ne se modifient ici que sur le serveur intégré (démo). Ce poste utilise un autre serveur : modifiez-les là où il est géré.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add a reward</source>
            <translation>Ajouter une récompense</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Add reward</source>
            <translation>Ajouter une récompense</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>At stamps</source>
            <translation>À tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Changes apply to {name} at once.</source>
            <translation>Les modifications s'appliquent tout de suite à {name}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Choose a program in the list above.</source>
            <translation>Choisissez un programme dans la liste ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Daily stamp limit</source>
            <translation>Limite quotidienne de tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Days a reward stays usable; empty: it never expires</source>
            <translation>Jours pendant lesquels une récompense reste utilisable ; vide : elle n'expire jamais</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Not saved: see the note above.</source>
            <translation>Non enregistré : voir la note ci-dessus.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the daily limit</source>
            <translation>Problème avec la limite quotidienne</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the goal</source>
            <translation>Problème avec le but</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Problem with the rewards</source>
            <translation>Problème avec les récompenses</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Program rules status</source>
            <translation>État des règles du programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove reward</source>
            <translation>Retirer la récompense</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Remove the chosen reward</source>
            <translation>Retirer la récompense choisie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward</source>
            <translation>Récompense</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: type the stamps, and the days it stays valid (or nothing), as whole numbers.</source>
            <translation>Récompense {row} : tapez les tampons, et les jours de validité (ou rien), en nombres entiers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Reward {row}: {reason}</source>
            <translation>Récompense {row} : {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rewards</source>
            <translation>Récompenses</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Rules of the chosen program</source>
            <translation>Règles du programme choisi</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save rules</source>
            <translation>Enregistrer les règles</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Save the program's rules</source>
            <translation>Enregistrer les règles du programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saved.</source>
            <translation>Enregistré.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Saving …</source>
            <translation>Enregistrement …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Stamp goal</source>
            <translation>But de tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the daily limit as a whole number, or leave it empty for no limit.</source>
            <translation>Tapez la limite quotidienne en nombre entier, ou laissez vide pour aucune limite.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Type the stamp goal as a whole number, e.g. 10.</source>
            <translation>Tapez le but en nombre entier, p. ex. 10.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>Valid (days)</source>
            <translation>Valable (jours)</translation>
        </message>
        <message>
            <source>Valid for (days, empty: always)</source>
            <translation type="vanished">Valable (jours, vide : toujours)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_program_edit.py" />
            <source>empty: no limit</source>
            <translation>vide : aucune limite</translation>
        </message>
    </context>
    <context>
        <name>ProgramRules</name>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>The server database could not be changed: {reason}</source>
            <translation>La base de données du serveur n'a pas pu être modifiée : {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/program_rules.py" />
            <source>There is no server database at {path}.</source>
            <translation>Il n'y a pas de base de données du serveur à {path}.</translation>
        </message>
    </context>
    <context>
        <name>Programs</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>(%n day(s))</source>
            <translation>
                <numerusform>(%n jour)</numerusform>
                <numerusform>(%n jours)</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>A program needs a name.</source>
            <translation>Un programme a besoin d'un nom.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>A program's name has at most {limit} characters ({count} now).</source>
            <translation>Le nom d'un programme a au plus {limit} caractères ({count} maintenant).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/backoffice/programs.py" />
            <source>{reward} at {stamps}</source>
            <translation>{reward} à {stamps}</translation>
        </message>
    </context>
    <context>
        <name>ProgramsTab</name>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Characters used</source>
            <translation>Caractères utilisés</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Choose the program to copy.</source>
            <translation>Choisissez le programme à copier.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copied as “{name}”.</source>
            <translation>Copié sous « {name} ».</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy</source>
            <translation>Copier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy the chosen program</source>
            <translation>Copier le programme choisi</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copy the chosen program as</source>
            <translation>Copier le programme choisi sous</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Copying …</source>
            <translation>Copie …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Goal</source>
            <translation>But</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Members</source>
            <translation>Membres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Name of the copy</source>
            <translation>Nom de la copie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Program {id}</source>
            <translation>Programme {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Programs</source>
            <translation>Programmes</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Programs status</source>
            <translation>État des programmes</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Reading the programs …</source>
            <translation>Lecture des programmes …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Refresh</source>
            <translation>Actualiser</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Refresh programs</source>
            <translation>Actualiser les programmes</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Rewards</source>
            <translation>Récompenses</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>Voided</source>
            <translation>Annulées</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_programs.py" />
            <source>{name} (copy)</source>
            <translation>{name} (copie)</translation>
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
            <translation>Codes de carte des destinataires</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Characters used</source>
            <translation>Caractères utilisés</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Every member</source>
            <translation>Chaque membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Looking up the recipients …</source>
            <translation>Recherche des destinataires …</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Members matching</source>
            <translation>Membres correspondant à</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Members with an unused reward</source>
            <translation>Membres avec une récompense inutilisée</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Message to send</source>
            <translation>Message à envoyer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>No member has the card {code} in this program.</source>
            <translation>Aucun membre n'a la carte {code} dans ce programme.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview</source>
            <translation>Aperçu</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview recipients</source>
            <translation>Aperçu des destinataires</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Preview the recipients first.</source>
            <translation>Consultez d'abord les destinataires.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Push status</source>
            <translation>État de l'envoi</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Search for recipients</source>
            <translation>Rechercher des destinataires</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send</source>
            <translation>Envoyer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send the message</source>
            <translation>Envoyer le message</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to a search</source>
            <translation>Envoyer à une recherche</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to every member</source>
            <translation>Envoyer à chaque membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to the cards listed</source>
            <translation>Envoyer aux cartes indiquées</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Send to unused rewards</source>
            <translation>Envoyer aux récompenses inutilisées</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Sending …</source>
            <translation>Envoi …</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Sent to %n members.</source>
            <translation>
                <numerusform>Envoyé à %n membre.</numerusform>
                <numerusform>Envoyé à %n membres.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>The message was not sent.</source>
            <translation>Le message n'a pas été envoyé.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>These cards</source>
            <translation>Ces cartes</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Type the card codes of the members to send to.</source>
            <translation>Tapez les codes de carte des membres destinataires.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>What the members will read on their card page</source>
            <translation>Ce que les membres liront sur la page de leur carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>Who gets the message</source>
            <translation>Qui reçoit le message</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>a name, an e-mail or a phone number</source>
            <translation>un nom, un e-mail ou un numéro de téléphone</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/manager_push.py" />
            <source>card codes, separated by spaces or commas</source>
            <translation>codes de carte, séparés par des espaces ou des virgules</translation>
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
            <translation>Lien de la page de la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of the member</source>
            <translation>Code QR du membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of the member's card page</source>
            <translation>Code QR de la page de carte du membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>QR code of {name}</source>
            <translation>Code QR de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/card_dialogs.py" />
            <source>Scan this with your phone to open your card</source>
            <translation>Scannez ceci avec votre téléphone pour ouvrir votre carte</translation>
        </message>
    </context>
    <context>
        <name>Refusals</name>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>Deleting the member</source>
            <translation>La suppression du membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The change</source>
            <translation>La modification</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The member change</source>
            <translation>La modification du membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The message</source>
            <translation>Le message</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The new member</source>
            <translation>Le nouveau membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The reward</source>
            <translation>La récompense</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The stamp</source>
            <translation>Le tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>The {rewards}</source>
            <translation>{rewards}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>Voiding the card</source>
            <translation>L'annulation de la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward had already been used. Do not hand it over again; look the member up to see what is left.</source>
            <translation>cette récompense était déjà utilisée. Ne la remettez pas une seconde fois ; consultez le membre pour voir ce qui reste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward had expired. Look the member up to see what is left.</source>
            <translation>cette récompense avait expiré. Consultez le membre pour voir ce qui reste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>that reward is no longer on the card. Look the member up to see what is left.</source>
            <translation>cette récompense n'est plus sur la carte. Consultez le membre pour voir ce qui reste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the card has expired. Ask for the member's current card.</source>
            <translation>la carte a expiré. Demandez la carte actuelle du membre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the card was voided. Ask for the member's current card.</source>
            <translation>la carte a été annulée. Demandez la carte actuelle du membre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the member already had today's stamps. Nothing was added.</source>
            <translation>le membre avait déjà ses tampons du jour. Rien n'a été ajouté.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the member is no longer on this program. Look the card up again.</source>
            <translation>le membre n'est plus dans ce programme. Recherchez la carte à nouveau.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the program is no longer on the server. Check the program in Settings (F10).</source>
            <translation>le programme n'est plus sur le serveur. Vérifiez le programme dans les Réglages (F10).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the server did not accept the details. Check them and try again.</source>
            <translation>le serveur n'a pas accepté les informations. Vérifiez-les et réessayez.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>the server said no. Look the member up to see where things stand.</source>
            <translation>le serveur a dit non. Consultez le membre pour voir où il en est.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>{what} for {name} was refused: {why}</source>
            <translation>{what} pour {name} a été refusé(e) : {why}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/refusals.py" />
            <source>{what} was refused: {why}</source>
            <translation>{what} a été refusé(e) : {why}</translation>
        </message>
    </context>
    <context>
        <name>Reissue</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>%n stamps are over today's limit: add them tomorrow.</source>
            <translation>
                <numerusform>%n tampon dépasse la limite du jour : ajoutez-le demain.</numerusform>
                <numerusform>%n tampons dépassent la limite du jour : ajoutez-les demain.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>New card for {name}: %n stamps moved.</source>
            <translation>
                <numerusform>Nouvelle carte pour {name} : %n tampon transféré.</numerusform>
                <numerusform>Nouvelle carte pour {name} : %n tampons transférés.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>Not moved (the loyalty API cannot move rewards): {names}.</source>
            <translation>Non transféré (l'API de fidélité ne peut pas déplacer les récompenses) : {names}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>Rewards carried over: {names}.</source>
            <translation>Récompenses reportées : {names}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>This member is being deleted: there is no card to re-issue.</source>
            <translation>Ce membre est en cours de suppression : pas de carte à rééditer.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/reissue.py" />
            <source>re-issued</source>
            <translation>réédité</translation>
        </message>
    </context>
    <context>
        <name>Review</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>%n stamp(s) for {name}</source>
            <translation>
                <numerusform>%n tampon pour {name}</numerusform>
                <numerusform>%n tampons pour {name}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>1 member</source>
            <translation>1 membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>A refused reward is never sent again: it was used or has expired. Look the member up to see what is left.</source>
            <translation>Une récompense refusée n'est jamais renvoyée : elle était utilisée ou expirée. Consultez le membre pour voir ce qui reste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Changing the details of {name}</source>
            <translation>Modification des informations de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Changing {fields} of {name}</source>
            <translation>Modification de {fields} de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Deleting {name}</source>
            <translation>Suppression de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Message “{text}” to {recipients}</source>
            <translation>Message « {text} » à {recipients}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Redeeming {rewards} for {name}</source>
            <translation>Échange de {rewards} pour {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Resend the sign-up before it: this one follows it.</source>
            <translation>Renvoyez d'abord l'inscription qui précède : celle-ci la suit.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Resent under its own key: if it did go through, nothing is doubled.</source>
            <translation>Renvoyé sous sa propre clé : si c'était déjà passé, rien n'est compté deux fois.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Say why (a few words): it is kept in the audit log.</source>
            <translation>Dites pourquoi (quelques mots) : c'est conservé dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Sent again as a new write; the server may refuse it again.</source>
            <translation>Renvoyé comme nouvelle écriture ; le serveur peut la refuser à nouveau.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Signing up {name}</source>
            <translation>Inscription de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The loyalty server's answer was lost, so it is not known whether this went through. Look the member up: if the change is there, dismiss this; if not, resend it.</source>
            <translation>La réponse du serveur de fidélité s'est perdue : on ne sait pas si l'opération est passée. Consultez le membre : si la modification y est, écartez ceci ; sinon, renvoyez-la.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The server refused it.</source>
            <translation>Le serveur l'a refusé.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>The sign-up it belonged to was refused: sign the member up again.</source>
            <translation>L'inscription associée a été refusée : réinscrivez le membre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>This member is not on the server yet.</source>
            <translation>Ce membre n'est pas encore sur le serveur.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>This write is not waiting for a check any more.</source>
            <translation>Cette écriture n'attend plus de vérification.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>Voiding the card of {name}</source>
            <translation>Annulation de la carte de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>a member</source>
            <translation>un membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>a reward</source>
            <translation>une récompense</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>card …{digits}</source>
            <translation>carte …{digits}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>every member</source>
            <translation>chaque membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/review.py" />
            <source>{count} members</source>
            <translation>{count} membres</translation>
        </message>
    </context>
    <context>
        <name>ReviewDialog</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n stamps</source>
            <translation>
                <numerusform>%n tampon</numerusform>
                <numerusform>%n tampons</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>%n unused rewards</source>
            <translation>
                <numerusform>%n récompense inutilisée</numerusform>
                <numerusform>%n récompenses inutilisées</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Asking the server…</source>
            <translation>Interrogation du serveur…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismiss</source>
            <translation>Écarter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismiss this write</source>
            <translation>Écarter cette écriture</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Dismissed: {what}.</source>
            <translation>Écarté : {what}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Nothing to check.</source>
            <translation>Rien à vérifier.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Now</source>
            <translation>Maintenant</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resend</source>
            <translation>Renvoyer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resend this write</source>
            <translation>Renvoyer cette écriture</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Resent: {what}.</source>
            <translation>Renvoyé : {what}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Say why (a few words): it is kept in the audit log.</source>
            <translation>Dites pourquoi (quelques mots) : c'est conservé dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Server said</source>
            <translation>Réponse du serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The member on the server now</source>
            <translation>Le membre tel qu'il est maintenant sur le serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The server refused these, or its answer was lost. Look the member up if in doubt; then resend or dismiss, saying why (kept in the audit log).</source>
            <translation>Le serveur les a refusées, ou sa réponse s'est perdue. En cas de doute, consultez le membre ; puis renvoyez ou écartez, en disant pourquoi (conservé dans le journal d'audit).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>The server's answer</source>
            <translation>La réponse du serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>What</source>
            <translation>Quoi</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>What resending does</source>
            <translation>Ce que fait le renvoi</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Who</source>
            <translation>Qui</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Who, when and where</source>
            <translation>Qui, quand et où</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why</source>
            <translation>Pourquoi</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why (kept in the audit log)</source>
            <translation>Pourquoi (conservé dans le journal d'audit)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Why: a few words, kept in the audit log</source>
            <translation>Pourquoi : quelques mots, conservés dans le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>Writes to check</source>
            <translation>Écritures à vérifier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>active</source>
            <translation>active</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>answer lost</source>
            <translation>réponse perdue</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>refused</source>
            <translation>refusé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>voided</source>
            <translation>annulé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>{name}: {stamps}, {unused}, {state}.</source>
            <translation>{name} : {stamps}, {unused}, {state}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/review_dialog.py" />
            <source>{who} at {where}, {time}</source>
            <translation>{who} à {where}, {time}</translation>
        </message>
    </context>
    <context>
        <name>ScannerTestPage</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>%n characters in {duration} ms, {gap} ms apart on average: “{text}”</source>
            <translation>
                <numerusform>%n caractère en {duration} ms, {gap} ms d'écart en moyenne : « {text} »</numerusform>
                <numerusform>%n caractères en {duration} ms, {gap} ms d'écart en moyenne : « {text} »</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A scan is at least %n characters ending in Enter or Tab, {gap} ms apart on average or less.</source>
            <translation>
                <numerusform>Un scan fait au moins %n caractère, terminé par Entrée ou Tab, avec {gap} ms d'écart en moyenne au plus.</numerusform>
                <numerusform>Un scan fait au moins %n caractères, terminé par Entrée ou Tab, avec {gap} ms d'écart en moyenne au plus.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Click here, then scan a card (or type and press Enter)</source>
            <translation>Cliquez ici, puis scannez une carte (ou tapez et appuyez sur Entrée)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No scan yet.</source>
            <translation>Pas encore de scan.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test field</source>
            <translation>Champ de test du scanner</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✓ Taken as a scan</source>
            <translation>✓ Reconnu comme scan</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>✗ Taken as typing</source>
            <translation>✗ Reconnu comme saisie</translation>
        </message>
    </context>
    <context>
        <name>SearchBox</name>
        <message>
            <source>No member matches. Check the spelling.</source>
            <translation type="vanished">Aucun membre trouvé. Vérifiez l'orthographe.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>No member of this program matches. Check the spelling.</source>
            <translation>Aucun membre de ce programme trouvé. Vérifiez l'orthographe.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search</source>
            <translation>Rechercher</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search  (Ctrl+F)</source>
            <translation>Rechercher  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search members</source>
            <translation>Rechercher des membres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search name, email or phone  (Ctrl+F)</source>
            <translation>Rechercher nom, e-mail ou téléphone  (Ctrl+F)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/search_box.py" />
            <source>Search results</source>
            <translation>Résultats de la recherche</translation>
        </message>
    </context>
    <context>
        <name>SelfService</name>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Please ask at the counter.</source>
            <translation>Renseignez-vous au comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Scan your card first, then ask for the stamp.</source>
            <translation>Scannez d'abord votre carte, puis demandez le tampon.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Staff badge</source>
            <translation>Badge du personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>That is all the stamps for today. See you tomorrow!</source>
            <translation>C'est tout pour les tampons aujourd'hui. À demain !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>That is not a staff badge of this kiosk.</source>
            <translation>Ce n'est pas un badge du personnel de ce kiosque.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>Too many wrong badges: staff, please use your PIN.</source>
            <translation>Trop de badges erronés : personnel, utilisez votre code PIN.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>You just got a stamp. The next one can be added in %n seconds.</source>
            <translation>
                <numerusform>Vous venez de recevoir un tampon. Le suivant est possible dans %n seconde.</numerusform>
                <numerusform>Vous venez de recevoir un tampon. Le suivant est possible dans %n secondes.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/self_service.py" />
            <source>{name} (self-service)</source>
            <translation>{name} (libre-service)</translation>
        </message>
    </context>
    <context>
        <name>SelfServiceScreen</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>%n of {goal} stamps</source>
            <translation>
                <numerusform>%n tampon sur {goal}</numerusform>
                <numerusform>%n tampons sur {goal}</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>A member of staff confirms this stamp with their PIN or staff badge. Customers: please ask at the counter.</source>
            <translation>Un membre du personnel confirme ce tampon avec son code PIN ou son badge. Clients : renseignez-vous au comptoir.</translation>
        </message>
        <message>
            <source>A member of staff confirms this stamp with their PIN. Customers: please ask at the counter.</source>
            <translation type="vanished">Un membre du personnel confirme ce tampon avec son code PIN. Clients : renseignez-vous au comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Add my stamp</source>
            <translation>Ajouter mon tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Ask staff to confirm a stamp</source>
            <translation>Demander au personnel de confirmer un tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Done</source>
            <translation>Terminé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Done: back to the start</source>
            <translation>Terminé : retour au début</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Hello!</source>
            <translation>Bonjour !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Hello, {name}!</source>
            <translation>Bonjour, {name} !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Hold the QR code of your card in the frame.</source>
            <translation>Tenez le code QR de votre carte dans le cadre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Message</source>
            <translation>Message</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Please ask at the counter for your stamp.</source>
            <translation>Demandez votre tampon au comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Please ask at the counter.</source>
            <translation>Renseignez-vous au comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Reward ready: ask at the counter</source>
            <translation>Récompense prête : demandez au comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Scan your card here</source>
            <translation>Scannez votre carte ici</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Sorry, this card could not be read here. Please ask at the counter.</source>
            <translation>Désolé, cette carte ne peut pas être lue ici. Renseignez-vous au comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <source>Staff  (F12)</source>
            <translation type="vanished">Personnel  (F12)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff only: leave kiosk mode</source>
            <translation>Personnel uniquement : quitter le mode kiosque</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Staff: confirm the stamp</source>
            <translation>Personnel : confirmer le tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Stamp added. Thank you!</source>
            <translation>Tampon ajouté. Merci !</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>That is not a loyalty card. Hold your loyalty card's QR code in the frame.</source>
            <translation>Ce n'est pas une carte de fidélité. Tenez le code QR de votre carte de fidélité dans le cadre.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>We are offline and cannot find this card just now. Please ask at the counter.</source>
            <translation>Nous sommes hors ligne et ne trouvons pas cette carte pour l'instant. Renseignez-vous au comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>We are offline for a moment. Your card still works, and your stamps are saved.</source>
            <translation>Nous sommes hors ligne un instant. Votre carte fonctionne toujours et vos tampons sont enregistrés.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/kiosk_self_service.py" />
            <source>Your reward: {names}</source>
            <translation>Votre récompense : {names}</translation>
        </message>
    </context>
    <context>
        <name>Sender</name>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>The {rewards} for {name} was not redeemed: it is not on the card (the stamp that earned it may have been refused). Look the member up to see what is left.</source>
            <translation>{rewards} pour {name} n'a pas été échangé(e) : absent(e) de la carte (le tampon qui l'a fait gagner a peut-être été refusé). Consultez le membre pour voir ce qui reste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>The {rewards} was not redeemed: it is not on the card (the stamp that earned it may have been refused). Look the member up to see what is left.</source>
            <translation>{rewards} n'a pas été échangé(e) : absent(e) de la carte (le tampon qui l'a fait gagner a peut-être été refusé). Consultez le membre pour voir ce qui reste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/sender.py" />
            <source>reward</source>
            <translation>récompense</translation>
        </message>
    </context>
    <context>
        <name>Settings</name>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The member agrees to join the loyalty program and to let this shop keep their name and contact details for it.</source>
            <translation>Le membre accepte de rejoindre le programme de fidélité et que ce commerce conserve son nom et ses coordonnées à cette fin.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings could not be saved to {path} ({reason}). They apply until the app closes.</source>
            <translation>Les réglages n'ont pas pu être enregistrés dans {path} ({reason}). Ils s'appliquent jusqu'à la fermeture de l'application.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file could not be read: default settings are in use. The damaged file is kept as {aside}.</source>
            <translation>Le fichier de réglages n'a pas pu être lu : les réglages par défaut sont utilisés. Le fichier endommagé est conservé sous {aside}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file {path} could not be read ({reason}), so the counter started with default settings.</source>
            <translation>Le fichier de réglages {path} n'a pas pu être lu ({reason}) : le comptoir a démarré avec les réglages par défaut.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>The settings file {path} is damaged: default settings are in use. Saving in Settings (F10) replaces it.</source>
            <translation>Le fichier de réglages {path} est endommagé : les réglages par défaut sont utilisés. Enregistrer dans les Réglages (F10) le remplace.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/settings.py" />
            <source>setting {name} = {value} is not valid; using the default</source>
            <translation>le réglage {name} = {value} n'est pas valable ; valeur par défaut utilisée</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> Backend changes apply after a restart.</source>
            <translation> Un changement de serveur s'applique après un redémarrage.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source> s</source>
            <translation> s</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>A loyalty server (e.g. Coupontools)</source>
            <translation>Un serveur de fidélité (Coupontools)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API key</source>
            <translation>Clé d'API</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>API secret</source>
            <translation>Secret d'API</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>As the system</source>
            <translation>Comme le système</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Back to the scan prompt after</source>
            <translation>Retour à l'écran de scan après</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Backend</source>
            <translation>Serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera</source>
            <translation>Caméra</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera resolution</source>
            <translation>Résolution de la caméra</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Camera {index}</source>
            <translation>Caméra {index}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Colours of every screen; high contrast is black, white and yellow</source>
            <translation>Couleurs de chaque écran ; le contraste élevé est en noir, blanc et jaune</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Consent wording on the sign-up form</source>
            <translation>Texte du consentement sur le formulaire d'inscription</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter</source>
            <translation>Comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Counter: scan, then tap +1</source>
            <translation>Comptoir : scanner, puis toucher +1</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Customer display on</source>
            <translation>Écran client activé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Dark</source>
            <translation>Sombre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Demo (made-up members)</source>
            <translation>Démo (membres fictifs)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Every text on screen at this size, up to twice as large</source>
            <translation>Tout le texte à l'écran à cette taille, jusqu'au double</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Faces the customer: first name, stamps and rewards, never e-mail, phone or card code. Full screen on a second screen when there is one.</source>
            <translation>Tourné vers le client : prénom, tampons et récompenses, jamais l'e-mail, le téléphone ou le code de carte. En plein écran sur un second écran s'il y en a un.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>High contrast</source>
            <translation>Contraste élevé</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Ignore the same code for</source>
            <translation>Ignorer le même code pendant</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members here, to look up and search offline</source>
            <translation>Garder une copie des membres ici, pour chercher hors ligne</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Keep a copy of the members on this station</source>
            <translation>Garder une copie des membres sur ce poste</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Kiosk mode shows</source>
            <translation>Le mode kiosque affiche</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Language</source>
            <translation>Langue</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Light</source>
            <translation>Clair</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Manager window…</source>
            <translation>Fenêtre de gestion…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Mode</source>
            <translation>Mode</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Names, e-mail and phone of the program's members, kept in this station's file. Turning it off wipes the copy.</source>
            <translation>Noms, e-mails et téléphones des membres du programme, conservés dans le fichier de ce poste. Désactiver efface la copie.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No camera (scanner or typing only)</source>
            <translation>Pas de caméra (scanner ou saisie seulement)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>No system keyring was found: the secret is kept until the app closes.</source>
            <translation>Aucun trousseau système trouvé : le secret est gardé jusqu'à la fermeture de l'application.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>None: staff confirm with their PIN</source>
            <translation>Aucun : le personnel confirme avec son code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Open the manager window</source>
            <translation>Ouvrir la fenêtre de gestion</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Operator</source>
            <translation>Opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Play a sound on every stamp and reward</source>
            <translation>Un son à chaque tampon et récompense</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Reduce motion: no animations</source>
            <translation>Réduire les animations : aucune animation</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Remove the badge: staff confirm with their PIN</source>
            <translation>Retirer le badge : le personnel confirme avec son code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner station: every scan adds a stamp</source>
            <translation>Poste de scan : chaque scan ajoute un tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Scanner test</source>
            <translation>Test du scanner</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Screen {index}: {name}</source>
            <translation>Écran {index} : {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): available.</source>
            <translation>Second décodeur caméra (pyzbar) : disponible.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Second camera decoder (pyzbar): not available. {reason}</source>
            <translation>Second décodeur caméra (pyzbar) : indisponible. {reason}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service (customers scan their own card)</source>
            <translation>Libre-service (les clients scannent leur carte)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service: customers may ask for a stamp</source>
            <translation>Libre-service : les clients peuvent demander un tampon</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Self-service: staff may confirm a stamp by showing a QR code of pos-loyalty-staff: followed by this code. Use 12 characters or more.</source>
            <translation>Libre-service : le personnel peut confirmer un tampon en montrant un code QR de pos-loyalty-staff: suivi de ce code. Utilisez 12 caractères ou plus.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Server address</source>
            <translation>Adresse du serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Set: type a new one to change it</source>
            <translation>Défini : tapez-en un nouveau pour le changer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Settings</source>
            <translation>Réglages</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Show a customer display (a second window or screen)</source>
            <translation>Afficher un écran client (une seconde fenêtre ou un second écran)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Sign-up consent</source>
            <translation>Consentement à l'inscription</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff badge code</source>
            <translation>Code du badge du personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Staff confirm each stamp with their PIN; the daily limit and the repeat warning's time still apply. Rewards are always handed over at the counter.</source>
            <translation>Le personnel confirme chaque tampon avec son code PIN ; la limite quotidienne et le délai entre répétitions s'appliquent toujours. Les récompenses sont toujours remises au comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Station</source>
            <translation>Poste</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Text size</source>
            <translation>Taille du texte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The counter (staff tablet)</source>
            <translation>Le comptoir (tablette du personnel)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The counter's language; it changes when you save</source>
            <translation>La langue du comptoir ; elle change à l'enregistrement</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The first screen besides the counter's</source>
            <translation>Le premier écran autre que celui du comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>The secret is kept in the system keyring.</source>
            <translation>Le secret est gardé dans le trousseau du système.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Theme</source>
            <translation>Thème</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Undo window</source>
            <translation>Délai d'annulation</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>Warn on a repeat stamp within</source>
            <translation>Avertir d'un tampon répété dans les</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>What a new member agrees to, beside the checkbox on the sign-up form. It is kept with each sign-up in the audit log.</source>
            <translation>Ce qu'accepte un nouveau membre, à côté de la case du formulaire d'inscription. C'est conservé avec chaque inscription dans le journal d'audit.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/settings_dialog.py" />
            <source>unchanged</source>
            <translation>inchangé</translation>
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
                <numerusform>%n heure</numerusform>
                <numerusform>%n heures</numerusform>
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
                <numerusform>%n seconde</numerusform>
                <numerusform>%n secondes</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A member of staff needs a name.</source>
            <translation>Un membre du personnel a besoin d'un nom.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A member's history</source>
            <translation>L'historique d'un membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>A name has at most {limit} characters.</source>
            <translation>Un nom a au plus {limit} caractères.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Changing a member's details</source>
            <translation>Modifier les informations d'un membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Changing the settings</source>
            <translation>Modifier les réglages</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Checking refused writes</source>
            <translation>Vérifier les écritures refusées</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Deleting a member</source>
            <translation>Supprimer un membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Exporting the audit log</source>
            <translation>Exporter le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Managing staff and PINs</source>
            <translation>Gérer le personnel et les codes PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Printing a card</source>
            <translation>Imprimer une carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Signing up a member</source>
            <translation>Inscrire un membre</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>That member of staff is not on this station. Choose a name from the list.</source>
            <translation>Ce membre du personnel n'est pas sur ce poste. Choisissez un nom dans la liste.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>There is already a {name} on this station. Use another name (add an initial).</source>
            <translation>Il y a déjà un(e) {name} sur ce poste. Utilisez un autre nom (ajoutez une initiale).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Too many wrong PINs: {name} is locked out for {duration}. Wait, or ask a manager to set a new PIN.</source>
            <translation>Trop de codes PIN erronés : {name} est bloqué pour {duration}. Patientez, ou demandez à un responsable un nouveau code PIN.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Voiding a card</source>
            <translation>Annuler une carte</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. %n more tries before a lockout; type it again, or ask a manager.</source>
            <translation>
                <numerusform>Code PIN erroné pour {name}. Encore %n essai avant blocage ; retapez-le, ou demandez à un responsable.</numerusform>
                <numerusform>Code PIN erroné pour {name}. Encore %n essais avant blocage ; retapez-le, ou demandez à un responsable.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>Wrong PIN for {name}. 1 more try before a lockout; type it again, or ask a manager.</source>
            <translation>Code PIN erroné pour {name}. Encore 1 essai avant blocage ; retapez-le, ou demandez à un responsable.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff.py" />
            <source>{name} is the only manager: add another manager first, or nobody could approve voids, deletes or settings.</source>
            <translation>{name} est le seul responsable : ajoutez d'abord un autre responsable, sinon personne ne pourrait approuver annulations, suppressions ou réglages.</translation>
        </message>
    </context>
    <context>
        <name>StaffAccess</name>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>Nobody is signed in at the counter: choose your name and type your PIN.</source>
            <translation>Personne n'est connecté au comptoir : choisissez votre nom et tapez votre code PIN.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>The first member of staff must be a manager: add yourself as manager, then the cashiers.</source>
            <translation>Le premier membre du personnel doit être responsable : ajoutez-vous comme responsable, puis les caissiers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>{action} needs a manager, and this station has none yet. Add a manager (a name and a PIN) first.</source>
            <translation>{action} demande un responsable, et ce poste n'en a pas encore. Ajoutez d'abord un responsable (un nom et un code PIN).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/staff_access.py" />
            <source>{action} needs a manager: ask a manager to type their PIN.</source>
            <translation>{action} demande un responsable : demandez à un responsable de taper son code PIN.</translation>
        </message>
    </context>
    <context>
        <name>StaffDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff</source>
            <translation>Personnel</translation>
        </message>
    </context>
    <context>
        <name>StaffGate</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source> Choose your name and type your PIN.</source>
            <translation> Choisissez votre nom et tapez votre code PIN.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>A manager is needed</source>
            <translation>Un responsable est nécessaire</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Add a manager</source>
            <translation>Ajouter un responsable</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Add a manager…</source>
            <translation>Ajouter un responsable…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Nobody is signed in.</source>
            <translation>Personne n'est connecté.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Sign out</source>
            <translation>Se déconnecter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Sign {name} out</source>
            <translation>Déconnecter {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>This station has no staff yet: everyone works under the operator name in Settings. Add a manager (a name and a PIN) to sign in by name.</source>
            <translation>Ce poste n'a pas encore de personnel : tout le monde travaille sous le nom d'opérateur des Réglages. Ajoutez un responsable (un nom et un code PIN) pour se connecter par nom.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>Who is at the counter</source>
            <translation>Qui est au comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_gate.py" />
            <source>{name} is signed in.</source>
            <translation>{name} est connecté(e).</translation>
        </message>
    </context>
    <context>
        <name>StaffPage</name>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  at the counter</source>
            <translation>  ·  au comptoir</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>  ·  locked out</source>
            <translation>  ·  bloqué</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>%n entries of the audit log written to {path}.</source>
            <translation>
                <numerusform>%n entrée du journal d'audit écrite dans {path}.</numerusform>
                <numerusform>%n entrées du journal d'audit écrites dans {path}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add</source>
            <translation>Ajouter</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add a member of staff</source>
            <translation>Ajouter un membre du personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add the first manager</source>
            <translation>Ajouter le premier responsable</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Add this member of staff</source>
            <translation>Ajouter ce membre du personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>CSV files (*.csv)</source>
            <translation>Fichiers CSV (*.csv)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashier: stamps, rewards, sign-ups, cards</source>
            <translation>Caissier : tampons, récompenses, inscriptions, cartes</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Cashiers sign in with their PIN (click the name in the status bar). A manager's PIN is asked for voids, deletes, reviews, settings and staff. Changes here apply at once.</source>
            <translation>Les caissiers se connectent avec leur code PIN (cliquez sur le nom dans la barre d'état). Le code PIN d'un responsable est demandé pour les annulations, suppressions, vérifications, réglages et le personnel. Les changements ici s'appliquent tout de suite.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log</source>
            <translation>Exporter le journal d'audit</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Export the audit log (CSV)…</source>
            <translation>Exporter le journal d'audit (CSV)…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make cashier</source>
            <translation>Passer caissier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make manager</source>
            <translation>Passer responsable</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a cashier</source>
            <translation>Faire de la personne choisie un caissier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Make the chosen person a manager</source>
            <translation>Faire de la personne choisie un responsable</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Manager: also edit, void, delete, review, settings</source>
            <translation>Responsable : aussi modifier, annuler, supprimer, vérifier, réglages</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name</source>
            <translation>Nom</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Name of the new member of staff</source>
            <translation>Nom du nouveau membre du personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN</source>
            <translation>Nouveau code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>New PIN for the chosen person</source>
            <translation>Nouveau code PIN pour la personne choisie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>No staff yet: everyone works under the operator name in Settings → Counter, and voids, deletes and reviews wait for a manager. Add yourself as the first manager; then add the cashiers.</source>
            <translation>Pas encore de personnel : tout le monde travaille sous le nom d'opérateur de Réglages → Comptoir, et annulations, suppressions et vérifications attendent un responsable. Ajoutez-vous comme premier responsable, puis les caissiers.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN</source>
            <translation>Code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN again</source>
            <translation>Code PIN encore</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>PIN of the new member of staff</source>
            <translation>Code PIN du nouveau membre du personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove</source>
            <translation>Retirer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Remove the chosen person</source>
            <translation>Retirer la personne choisie</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role</source>
            <translation>Rôle</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Role of the new member of staff</source>
            <translation>Rôle du nouveau membre du personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set new PIN</source>
            <translation>Définir le nouveau code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Set the new PIN</source>
            <translation>Définir le nouveau code PIN</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff message</source>
            <translation>Message pour le personnel</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>Staff of this station</source>
            <translation>Personnel de ce poste</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The audit log could not be written to {path}: {reason}.</source>
            <translation>Le journal d'audit n'a pas pu être écrit dans {path} : {reason}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The same PIN again</source>
            <translation>Le même code PIN à nouveau</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>The two PINs differ: type the same PIN twice.</source>
            <translation>Les deux codes PIN diffèrent : tapez deux fois le même.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>cashier</source>
            <translation>caissier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/pin_dialog.py" />
            <source>manager</source>
            <translation>responsable</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{low}–{high} digits</source>
            <translation>{low}–{high} chiffres</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name}  ·  {role}</source>
            <translation>{name}  ·  {role}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} has a new PIN (a lockout, if any, is over).</source>
            <translation>{name} a un nouveau code PIN (un éventuel blocage est levé).</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} is now a {role}.</source>
            <translation>{name} est maintenant {role}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was added as {role}.</source>
            <translation>{name} a été ajouté(e) comme {role}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/staff_page.py" />
            <source>{name} was removed (the audit log keeps the name).</source>
            <translation>{name} a été retiré(e) (le journal d'audit garde le nom).</translation>
        </message>
    </context>
    <context>
        <name>StampCard</name>
        <message>
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>One circle per stamp towards the reward, filled as earned</source>
            <translation>Un cercle par tampon vers la récompense, rempli une fois gagné</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>Stamp card</source>
            <translation>Carte de tampons</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/stamp_card.py" />
            <source>{stamps} of %n stamps</source>
            <translation>
                <numerusform>{stamps} sur %n tampon</numerusform>
                <numerusform>{stamps} sur %n tampons</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Startup</name>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>No backend is set up: open Settings (F10) and enter the server address, API key and secret, or choose Demo. Settings file: {path}</source>
            <translation>Aucun serveur n'est configuré : ouvrez les Réglages (F10) et saisissez l'adresse du serveur, la clé et le secret d'API, ou choisissez Démo. Fichier de réglages : {path}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>Program {id}</source>
            <translation>Programme {id}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The demo server does not answer. See the log in {folder}.</source>
            <translation>Le serveur de démo ne répond pas. Voir le journal dans {folder}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server at {address} cannot be reached and no program is chosen yet. Check the network and start again.</source>
            <translation>Le serveur de fidélité à {address} est injoignable et aucun programme n'est encore choisi. Vérifiez le réseau et redémarrez.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server cannot be reached. The counter started with what this station last knew; stamps are queued and sent when it is back.</source>
            <translation>Le serveur de fidélité est injoignable. Le comptoir a démarré avec ce que ce poste savait en dernier ; les tampons sont mis en attente et envoyés à son retour.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>The loyalty server has no programs (cards) yet. Add one first.</source>
            <translation>Le serveur de fidélité n'a pas encore de programme (carte). Ajoutez-en un d'abord.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/startup.py" />
            <source>{problem}. See the log in {folder}.</source>
            <translation>{problem}. Voir le journal dans {folder}.</translation>
        </message>
    </context>
    <context>
        <name>Station</name>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source> and </source>
            <translation> et </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>Saved. Restart the app to use {what}.</source>
            <translation>Enregistré. Redémarrez l'application pour utiliser {what}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>Something went wrong ({name}). It was logged; try again.</source>
            <translation>Un problème est survenu ({name}). Il a été consigné ; réessayez.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>The counter could not start because of an unexpected error. It was written to the log in {path}; send it to whoever looks after this counter.</source>
            <translation>Le comptoir n'a pas pu démarrer à cause d'une erreur inattendue. Elle est écrite dans le journal {path} ; envoyez-le à la personne qui s'occupe de ce comptoir.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>pos-loyalty cannot start</source>
            <translation>pos-loyalty ne peut pas démarrer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>switching program</source>
            <translation>changement de programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>the new backend</source>
            <translation>le nouveau serveur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/app.py" />
            <source>the new camera</source>
            <translation>la nouvelle caméra</translation>
        </message>
    </context>
    <context>
        <name>StationFile</name>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>A new station file could not be made at {path}. Check that the folder is writable and the disk has room, then start again.</source>
            <translation>Impossible de créer un nouveau fichier de poste à {path}. Vérifiez que le dossier est accessible en écriture et que le disque a de la place, puis redémarrez.</translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; its %n queued writes were kept and will be sent. The old file is kept as {aside}.</source>
            <translation>
                <numerusform>Le fichier du poste était endommagé et un nouveau a été créé ; l'écriture en attente (%n) a été conservée et sera envoyée. L'ancien fichier est conservé sous {aside}.</numerusform>
                <numerusform>Le fichier du poste était endommagé et un nouveau a été créé ; les %n écritures en attente ont été conservées et seront envoyées. L'ancien fichier est conservé sous {aside}.</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; no writes were waiting in it. The old file is kept as {aside}.</source>
            <translation>Le fichier du poste était endommagé et un nouveau a été créé ; aucune écriture n'y attendait. L'ancien fichier est conservé sous {aside}.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file was damaged and a fresh one started; the old one could not be read, so writes queued in it were not sent. It is kept as {aside} for a technician.</source>
            <translation>Le fichier du poste était endommagé et un nouveau a été créé ; l'ancien était illisible, les écritures en attente n'ont donc pas été envoyées. Il est conservé sous {aside} pour un technicien.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file {path} cannot be opened ({cause}). Check that no other counter is running on this computer and that the folder is writable, then start again.</source>
            <translation>Le fichier du poste {path} ne peut pas être ouvert ({cause}). Vérifiez qu'aucun autre comptoir ne tourne sur cet ordinateur et que le dossier est accessible en écriture, puis redémarrez.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/station/station_file.py" />
            <source>The station file {path} is damaged and could not be moved aside ({cause}). Move it out of the folder by hand, then start again.</source>
            <translation>Le fichier du poste {path} est endommagé et n'a pas pu être mis de côté ({cause}). Sortez-le du dossier à la main, puis redémarrez.</translation>
        </message>
    </context>
    <context>
        <name>StationStatusBar</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n to check</source>
            <translation>
                <numerusform>%n à vérifier</numerusform>
                <numerusform>%n à vérifier</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>%n waiting to send</source>
            <translation>
                <numerusform>%n en attente d'envoi</numerusform>
                <numerusform>%n en attente d'envoi</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connecting…</source>
            <translation>Connexion…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connection</source>
            <translation>Connexion</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Connection, writes waiting, program and operator</source>
            <translation>Connexion, écritures en attente, programme et opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Nothing waiting</source>
            <translation>Rien en attente</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Opens the operator switch</source>
            <translation>Ouvre le changement d'opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Opens the writes the server refused or did not answer</source>
            <translation>Ouvre les écritures refusées par le serveur ou restées sans réponse</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Program</source>
            <translation>Programme</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Program: {program}</source>
            <translation>Programme : {program}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Queued writes</source>
            <translation>Écritures en attente</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending in a moment</source>
            <translation>Envoi dans un instant</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending in a moment (Ctrl+Z undoes)</source>
            <translation>Envoi dans un instant (Ctrl+Z annule)</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Sending…</source>
            <translation>Envoi…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Stamps and changes kept here until the server has them</source>
            <translation>Tampons et modifications gardés ici jusqu'à ce que le serveur les ait</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Station and operator: switch operator</source>
            <translation>Poste et opérateur : changer d'opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Station status</source>
            <translation>État du poste</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>The loyalty program this counter stamps</source>
            <translation>Le programme de fidélité que ce comptoir tamponne</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Whether this station reaches the loyalty server</source>
            <translation>Si ce poste joint le serveur de fidélité</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Who is at the counter: click to switch</source>
            <translation>Qui est au comptoir : cliquez pour changer</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Writes the server refused or whose answer was lost: check them</source>
            <translation>Écritures refusées par le serveur ou dont la réponse s'est perdue : vérifiez-les</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>Writes to check</source>
            <translation>Écritures à vérifier</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>{operator} is at the counter: click to switch operator</source>
            <translation>{operator} est au comptoir : cliquez pour changer d'opérateur</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Connecting…</source>
            <translation>● Connexion…</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Offline: stamps are queued</source>
            <translation>● Hors ligne : tampons en attente</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/status_bar.py" />
            <source>● Online</source>
            <translation>● En ligne</translation>
        </message>
    </context>
    <context>
        <name>Stepper</name>
        <message numerus="yes">
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>%n stamps to add</source>
            <translation>
                <numerusform>%n tampon à ajouter</numerusform>
                <numerusform>%n tampons à ajouter</numerusform>
            </translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Fewer stamps</source>
            <translation>Moins de tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>More stamps</source>
            <translation>Plus de tampons</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/action_panel.py" />
            <source>Number of stamps</source>
            <translation>Nombre de tampons</translation>
        </message>
    </context>
    <context>
        <name>VoidDialog</name>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Cancel</source>
            <translation>Annuler</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Issue a new card</source>
            <translation>Émettre une nouvelle carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>The card of {name} ({card}) is voided already. Issue a new card to serve them again; the stamps move over.</source>
            <translation>La carte de {name} ({card}) est déjà annulée. Émettez une nouvelle carte pour le servir à nouveau ; les tampons sont transférés.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void + new card</source>
            <translation>Annuler + nouvelle carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void only</source>
            <translation>Annuler seulement</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card and issue a new one</source>
            <translation>Annuler la carte et en émettre une nouvelle</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card of {name}</source>
            <translation>Annuler la carte de {name}</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Void the card only</source>
            <translation>Annuler seulement la carte</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>Voiding blocks {name}'s {card}: it cannot get stamps or rewards any more. The member is kept.</source>
            <translation>L'annulation bloque la {card} de {name} : elle ne peut plus recevoir de tampons ni de récompenses. Le membre est conservé.</translation>
        </message>
        <message>
            <location filename="../../../pos_loyalty/ui/member_dialogs.py" />
            <source>What would be lost</source>
            <translation>Ce qui serait perdu</translation>
        </message>
    </context>
</TS>
