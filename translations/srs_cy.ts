<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy_GB">
<context>
    <name>DownloadFolder</name>
    <message>
        <source>Release %1 is saved in %2, every file checked against the manifest: %3 (with MANIFEST-SHA256.txt, to check them again later).</source>
        <translation>Mae rhyddhad %1 wedi&apos;i gadw yn %2, a phob ffeil wedi&apos;i gwirio yn erbyn y maniffest: %3 (gyda MANIFEST-SHA256.txt, i&apos;w gwirio eto yn nes ymlaen).</translation>
    </message>
    <message>
        <source>Release %1, in %2: not every file could be kept. Saved: %3. Not saved: %4</source>
        <translation>Rhyddhad %1, yn %2: nid oedd modd cadw pob ffeil. Wedi&apos;u cadw: %3. Heb eu cadw: %4</translation>
    </message>
    <message>
        <source>none</source>
        <translation>dim un</translation>
    </message>
</context>
<context>
    <name>FindingTexts</name>
    <message>
        <source>Line %L1 of %2</source>
        <translation>Llinell %L1 o %2</translation>
    </message>
    <message>
        <source>The cell at row %L1, column %L2 (%3)</source>
        <translation>Y gell yn rhes %L1, colofn %L2 (%3)</translation>
    </message>
    <message>
        <source>Row %L1</source>
        <translation>Rhes %L1</translation>
    </message>
    <message>
        <source>Column %L1 (%2)</source>
        <translation>Colofn %L1 (%2)</translation>
    </message>
    <message>
        <source>The table</source>
        <translation>Y tabl</translation>
    </message>
    <message>
        <source>an NHS number</source>
        <translation>rhif GIG</translation>
    </message>
    <message>
        <source>a National Insurance number</source>
        <translation>rhif Yswiriant Gwladol</translation>
    </message>
    <message>
        <source>a postcode</source>
        <translation>cod post</translation>
    </message>
    <message>
        <source>a date of birth</source>
        <translation>dyddiad geni</translation>
    </message>
    <message>
        <source>a long number that may identify someone</source>
        <translation>rhif hir a allai adnabod rhywun</translation>
    </message>
    <message>
        <source>a filter on an identifier</source>
        <translation>hidlydd ar ddynodwr</translation>
    </message>
    <message>
        <source>an identifier</source>
        <translation>dynodwr</translation>
    </message>
    <message>
        <source>%1 is a percentage. Under ACRO&apos;s rules, which this dataset&apos;s checks follow, the proportions of a percentage table are compared with the minimum of %L2, not its counts, so every cell fails. Ask for the table of counts to be checked instead, or for an exception.</source>
        <translation>%1: canran yw&apos;r gwerth hwn. O dan reolau ACRO, a ddilynir gan wiriadau&apos;r set ddata hon, caiff cyfrannau tabl canrannau eu cymharu â&apos;r isafswm o %L2, nid ei gyfrifon, felly mae pob cell yn methu. Gofynnwch i dabl y cyfrifon gael ei wirio yn lle hynny, neu am eithriad.</translation>
    </message>
    <message>
        <source>%1 is based on fewer than %L2 records. Suppress it (for example with [c]) or combine categories so that every cell has at least %L2.</source>
        <translation>%1: mae&apos;n seiliedig ar lai na %L2 cofnod. Ataliwch y gell (er enghraifft gyda [c]) neu cyfunwch gategorïau fel bod gan bob cell o leiaf %L2.</translation>
    </message>
    <message>
        <source>%1 is zero. A zero can disclose that nobody in a group has a characteristic. If it is a structural zero (impossible by definition), explain that to the checker; otherwise suppress it or combine categories.</source>
        <translation>%1: sero yw&apos;r gwerth. Gall sero ddatgelu nad oes gan neb mewn grŵp nodwedd benodol. Os yw&apos;n sero strwythurol (amhosibl yn ôl ei ddiffiniad), esboniwch hynny i&apos;r gwiriwr; fel arall ataliwch y gell neu cyfunwch gategorïau.</translation>
    </message>
    <message numerus="yes">
        <source>%1 is dominated: its largest %n contribution(s) make up %2 or more of the cell total. Suppress it or combine categories.</source>
        <translation>
            <numerusform>%1: mae dan oruchafiaeth; mae&apos;r %n cyfraniadau mwyaf yn %2 neu fwy o gyfanswm y gell. Ataliwch y gell neu cyfunwch gategorïau.</numerusform>
            <numerusform>%1: mae dan oruchafiaeth; mae&apos;r cyfraniad mwyaf yn %2 neu fwy o gyfanswm y gell. Ataliwch y gell neu cyfunwch gategorïau.</numerusform>
            <numerusform>%1: mae dan oruchafiaeth; mae&apos;r %n cyfraniad mwyaf yn %2 neu fwy o gyfanswm y gell. Ataliwch y gell neu cyfunwch gategorïau.</numerusform>
            <numerusform>%1: mae dan oruchafiaeth; mae&apos;r %n cyfraniad mwyaf yn %2 neu fwy o gyfanswm y gell. Ataliwch y gell neu cyfunwch gategorïau.</numerusform>
            <numerusform>%1: mae dan oruchafiaeth; mae&apos;r %n cyfraniad mwyaf yn %2 neu fwy o gyfanswm y gell. Ataliwch y gell neu cyfunwch gategorïau.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 fails the p% rule (p = %2): the largest contribution could be estimated closely by the second largest contributor. Suppress it or combine categories.</source>
        <translation>%1: mae&apos;n methu&apos;r rheol p% (p = %2): gallai&apos;r ail gyfrannwr mwyaf amcangyfrif y cyfraniad mwyaf yn fanwl. Ataliwch y gell neu cyfunwch gategorïau.</translation>
    </message>
    <message>
        <source>%1 has a negative value, total or contribution, so the dominance rules cannot be judged; a checker will look at it. Explain what the values are.</source>
        <translation>%1: mae yma werth, cyfanswm neu gyfraniad negatif, felly nid oes modd barnu&apos;r rheolau goruchafiaeth; bydd gwiriwr yn edrych ar y gell. Esboniwch beth yw&apos;r gwerthoedd.</translation>
    </message>
    <message>
        <source>%1 has fewer than %L2 residual degrees of freedom. Suppress it, combine categories or use more observations.</source>
        <translation>%1: mae nifer y graddau rhyddid gweddilliol yn llai na %L2. Ataliwch y gwerth, cyfunwch gategorïau neu defnyddiwch ragor o arsylwadau.</translation>
    </message>
    <message>
        <source>%1 shows a statistic that can be one person&apos;s own value (a minimum, a maximum, a percentile or mode of few values). Suppress it or combine categories, or explain it to the checker.</source>
        <translation>%1: mae&apos;n dangos ystadegyn a all fod yn werth un unigolyn (isafswm, uchafswm, canradd neu fodd ychydig o werthoedd). Ataliwch y gwerth neu cyfunwch gategorïau, neu esboniwch y gwerth i&apos;r gwiriwr.</translation>
    </message>
    <message>
        <source>Remove or suppress the total.</source>
        <translation>Tynnwch y cyfanswm neu ei atal.</translation>
    </message>
    <message>
        <source>Also suppress %1, or remove the total.</source>
        <translation>Ataliwch %1 hefyd, neu tynnwch y cyfanswm.</translation>
    </message>
    <message>
        <source>%1 can be recovered by subtracting the other cells of its row or column from the total shown. %2</source>
        <translation>%1: gellir ei hadfer drwy dynnu celloedd eraill ei rhes neu ei cholofn o&apos;r cyfanswm a ddangosir. %2</translation>
    </message>
    <message>
        <source>%1 covers a population that differs from that of %2 by fewer than %L3 records, so together they may disclose the difference. A checker will review the pair; align them or explain.</source>
        <translation>%1: mae&apos;n ymdrin â phoblogaeth sy&apos;n wahanol i boblogaeth %2 o lai na %L3 cofnod, felly gallant gyda&apos;i gilydd ddatgelu&apos;r gwahaniaeth. Bydd gwiriwr yn adolygu&apos;r pâr; cysonwch nhw neu esboniwch.</translation>
    </message>
    <message>
        <source>%1 covers a population that differs by fewer than %L2 records from that of %3, released in %4, so together they may disclose the difference. A checker will review it; use the same population or explain the difference.</source>
        <translation>%1: mae&apos;n ymdrin â phoblogaeth sy&apos;n wahanol o lai na %L2 cofnod i boblogaeth %3, a ryddhawyd yn %4, felly gallant gyda&apos;i gilydd ddatgelu&apos;r gwahaniaeth. Bydd gwiriwr yn adolygu hyn; defnyddiwch yr un boblogaeth neu esboniwch y gwahaniaeth.</translation>
    </message>
    <message>
        <source>%1 lists or shows individual records. Remove it, or explain why it shows no records.</source>
        <translation>%1: mae&apos;n rhestru neu&apos;n dangos cofnodion unigol. Tynnwch y llinell, neu esboniwch pam nad yw&apos;n dangos unrhyw gofnodion.</translation>
    </message>
    <message>
        <source>%1 contains what looks like %2. Remove it: code is released without identifiers.</source>
        <translation>%1: mae&apos;n cynnwys yr hyn sy&apos;n edrych fel %2. Tynnwch ef: caiff cod ei ryddhau heb ddynodwyr.</translation>
    </message>
    <message>
        <source>%1 is in a notebook cell with stored outputs. Clear the outputs: outputs are submitted as outputs, not inside code.</source>
        <translation>%1: mae mewn cell llyfr nodiadau sydd ag allbynnau wedi&apos;u cadw. Cliriwch yr allbynnau: caiff allbynnau eu cyflwyno fel allbynnau, nid y tu mewn i god.</translation>
    </message>
    <message>
        <source>%1 has fewer than one comment line for every %L2 lines of code. Add comments so the checker can see what the code does.</source>
        <translation>%1: mae llai nag un llinell sylw ar gyfer pob %L2 llinell o god. Ychwanegwch sylwadau fel y gall y gwiriwr weld beth mae&apos;r cod yn ei wneud.</translation>
    </message>
</context>
<context>
    <name>HiddenCharacters</name>
    <message>
        <source>a bidirectional control character: it changes the order in which the text around it is shown, so the code may not do what it appears to.</source>
        <translation>nod rheoli deugyfeiriadol: mae&apos;n newid y drefn y dangosir y testun o&apos;i gwmpas, felly efallai na fydd y cod yn gwneud yr hyn y mae&apos;n ymddangos ei fod yn ei wneud.</translation>
    </message>
    <message>
        <source>a line break for some programs and not for others: the line may hold more code than it appears to.</source>
        <translation>toriad llinell i rai rhaglenni ond nid i eraill: gall y llinell gynnwys mwy o god nag y mae&apos;n ymddangos.</translation>
    </message>
    <message>
        <source>a control character: it shows as nothing, or changes how a terminal shows what follows.</source>
        <translation>nod rheoli: nid yw&apos;n dangos dim, neu mae&apos;n newid sut mae terfynell yn dangos yr hyn sy&apos;n dilyn.</translation>
    </message>
    <message>
        <source>an invisible character: it can make two names that look the same differ, or hide text.</source>
        <translation>nod anweledig: gall wneud i ddau enw sy&apos;n edrych yr un fath fod yn wahanol, neu guddio testun.</translation>
    </message>
    <message>
        <source>It is in the file; the preview shows it as this marker.</source>
        <translation>Mae yn y ffeil; mae&apos;r rhagolwg yn ei ddangos fel y marciwr hwn.</translation>
    </message>
</context>
<context>
    <name>IngestTexts</name>
    <message>
        <source>Uploading</source>
        <translation>Wrthi&apos;n llwytho i fyny</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>Wrthi&apos;n cael ei wirio</translation>
    </message>
    <message>
        <source>Waiting for a checker</source>
        <translation>Yn aros am wiriwr</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Penderfynwyd</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i ganslo</translation>
    </message>
    <message>
        <source>Files %1 for %2 have arrived and are being checked.</source>
        <translation>Mae ffeiliau %1 ar gyfer %2 wedi cyrraedd ac yn cael eu gwirio.</translation>
    </message>
    <message>
        <source>Files %1 for %2 passed the automatic checks and wait for a checker.</source>
        <translation>Mae ffeiliau %1 ar gyfer %2 wedi pasio&apos;r gwiriadau awtomatig ac yn aros am wiriwr.</translation>
    </message>
    <message>
        <source>Files %1 for %2 have been decided: see which were approved.</source>
        <translation>Penderfynwyd ar ffeiliau %1 ar gyfer %2: gwelwch pa rai a gymeradwywyd.</translation>
    </message>
    <message>
        <source>Files %1 for %2 were cancelled.</source>
        <translation>Cafodd ffeiliau %1 ar gyfer %2 eu canslo.</translation>
    </message>
    <message>
        <source>Files %1 for %2: %3.</source>
        <translation>Ffeiliau %1 ar gyfer %2: %3.</translation>
    </message>
    <message>
        <source>Asking the server</source>
        <translation>Yn gofyn i&apos;r gweinydd</translation>
    </message>
    <message>
        <source>Sending</source>
        <translation>Yn anfon</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Wedi oedi</translation>
    </message>
    <message>
        <source>Waiting to carry on</source>
        <translation>Yn aros i barhau</translation>
    </message>
    <message>
        <source>Waiting to carry on: %1</source>
        <translation>Yn aros i barhau: %1</translation>
    </message>
    <message>
        <source>Finishing</source>
        <translation>Yn gorffen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Wedi stopio</translation>
    </message>
    <message>
        <source>Stopped: %1</source>
        <translation>Wedi stopio: %1</translation>
    </message>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>tua %n eiliad ar ôl</numerusform>
            <numerusform>tua eiliad ar ôl</numerusform>
            <numerusform>tua %n eiliad ar ôl</numerusform>
            <numerusform>tua %n eiliad ar ôl</numerusform>
            <numerusform>tua %n eiliad ar ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>tua %n munud ar ôl</numerusform>
            <numerusform>tua munud ar ôl</numerusform>
            <numerusform>tua %n munud ar ôl</numerusform>
            <numerusform>tua %n munud ar ôl</numerusform>
            <numerusform>tua %n munud ar ôl</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>tua %n awr ar ôl</numerusform>
            <numerusform>tua awr ar ôl</numerusform>
            <numerusform>tua %n awr ar ôl</numerusform>
            <numerusform>tua %n awr ar ôl</numerusform>
            <numerusform>tua %n awr ar ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 o %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/e</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Not decided yet</source>
        <translation>Heb benderfynu eto</translation>
    </message>
    <message>
        <source>%1 of %2 received</source>
        <translation>%1 o %2 wedi dod i law</translation>
    </message>
    <message>
        <source>Approved; being placed in the workspace</source>
        <translation>Cymeradwywyd; wrthi&apos;n cael ei roi yn y gweithle</translation>
    </message>
    <message>
        <source>Approved: in the workspace as %1</source>
        <translation>Cymeradwywyd: yn y gweithle fel %1</translation>
    </message>
    <message>
        <source>Rejected: %1</source>
        <translation>Gwrthodwyd: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (the checks noted %n thing(s) for the checker)</source>
        <translation>
            <numerusform>%1 (nododd y gwiriadau %n peth i&apos;r gwiriwr)</numerusform>
            <numerusform>%1 (nododd y gwiriadau un peth i&apos;r gwiriwr)</numerusform>
            <numerusform>%1 (nododd y gwiriadau %n peth i&apos;r gwiriwr)</numerusform>
            <numerusform>%1 (nododd y gwiriadau %n peth i&apos;r gwiriwr)</numerusform>
            <numerusform>%1 (nododd y gwiriadau %n peth i&apos;r gwiriwr)</numerusform>
        </translation>
    </message>
    <message>
        <source>text</source>
        <translation>testun</translation>
    </message>
    <message>
        <source>code</source>
        <translation>cod</translation>
    </message>
    <message>
        <source>table</source>
        <translation>tabl</translation>
    </message>
    <message>
        <source>image</source>
        <translation>delwedd</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>office document</source>
        <translation>dogfen swyddfa</translation>
    </message>
    <message>
        <source>archive</source>
        <translation>archif</translation>
    </message>
    <message>
        <source>package</source>
        <translation>pecyn</translation>
    </message>
    <message>
        <source>binary file</source>
        <translation>ffeil ddeuaidd</translation>
    </message>
    <message>
        <source>empty</source>
        <translation>gwag</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SRS Workstation</source>
        <translation>SRS Workstation</translation>
    </message>
    <message>
        <source>Desktop client of the secure research service.</source>
        <translation>Cleient bwrdd gwaith y gwasanaeth ymchwil diogel.</translation>
    </message>
    <message>
        <source>Managed configuration file (default %1).</source>
        <translation>Ffeil ffurfweddu a reolir (diofyn %1).</translation>
    </message>
    <message>
        <source>Connect, print what the server recognised, and exit: 0 when connected, 1 when not, 2 when the configuration is unusable.</source>
        <translation>Cysylltu, argraffu&apos;r hyn a adnabuwyd gan y gweinydd, a gadael: 0 pan fydd wedi cysylltu, 1 pan na fydd, 2 pan na ellir defnyddio&apos;r ffurfweddiad.</translation>
    </message>
    <message>
        <source>SRS Workstation cannot start</source>
        <translation>Nid oes modd cychwyn SRS Workstation</translation>
    </message>
</context>
<context>
    <name>RefusalTexts</name>
    <message>
        <source>Your session has ended. Sign in again to carry on.</source>
        <translation>Mae eich sesiwn wedi dod i ben. Mewngofnodwch eto i barhau.</translation>
    </message>
    <message>
        <source>You are not signed in. Sign in again to carry on.</source>
        <translation>Nid ydych wedi mewngofnodi. Mewngofnodwch eto i barhau.</translation>
    </message>
    <message>
        <source>This device&apos;s certificate has been withdrawn, so the service no longer accepts it. Contact your IT support.</source>
        <translation>Mae tystysgrif y ddyfais hon wedi&apos;i thynnu&apos;n ôl, felly nid yw&apos;r gwasanaeth yn ei derbyn mwyach. Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>What was sent is larger than the service accepts.</source>
        <translation>Mae&apos;r hyn a anfonwyd yn fwy nag y mae&apos;r gwasanaeth yn ei dderbyn.</translation>
    </message>
    <message>
        <source>The clearance server could not complete this because of a fault of its own. Try again later; if it happens again, contact research support.</source>
        <translation>Nid oedd modd i&apos;r gweinydd cliriad gwblhau hyn oherwydd nam ar ei ochr ei hun. Rhowch gynnig arall arni yn nes ymlaen; os yw&apos;n digwydd eto, cysylltwch â&apos;r cymorth ymchwil.</translation>
    </message>
    <message>
        <source>The clearance server is busy. Try again in a minute.</source>
        <translation>Mae&apos;r gweinydd cliriad yn brysur. Rhowch gynnig arall arni ymhen munud.</translation>
    </message>
    <message>
        <source>The request is not at a stage where this can be done: it may have changed since you opened it. Look at it again to see where it is now.</source>
        <translation>Nid yw&apos;r cais ar gam lle mae modd gwneud hyn: efallai ei fod wedi newid ers i chi ei agor. Edrychwch arno eto i weld ei sefyllfa bresennol.</translation>
    </message>
    <message>
        <source>Only the author of the request can change it.</source>
        <translation>Dim ond awdur y cais all ei newid.</translation>
    </message>
    <message>
        <source>Only an active member of the project can do this; you are not one now.</source>
        <translation>Dim ond aelod gweithredol o&apos;r prosiect all wneud hyn; nid ydych yn un nawr.</translation>
    </message>
    <message>
        <source>Only output checkers can review and release outputs.</source>
        <translation>Dim ond gwirwyr allbynnau all adolygu a rhyddhau allbynnau.</translation>
    </message>
    <message>
        <source>This request is your own: other output checkers must handle it.</source>
        <translation>Eich cais chi yw hwn: rhaid i wirwyr allbynnau eraill ei drin.</translation>
    </message>
    <message>
        <source>A file of the request is no longer in the project&apos;s workspace. Choose it again or remove it.</source>
        <translation>Nid yw un o ffeiliau&apos;r cais yng ngofod gwaith y prosiect mwyach. Dewiswch hi eto neu ei thynnu.</translation>
    </message>
    <message>
        <source>A table needs a supporting file that is not in the request. Add it, then send the request again.</source>
        <translation>Mae angen ffeil ategol ar dabl, ac nid yw&apos;r ffeil honno yn y cais. Ychwanegwch hi, yna anfonwch y cais eto.</translation>
    </message>
    <message>
        <source>A finding that must be fixed is neither fixed nor explained. Fix it, or ask for an exception and say why it is safe.</source>
        <translation>Nid yw canfyddiad y mae&apos;n rhaid ei gywiro wedi&apos;i gywiro na&apos;i esbonio. Cywirwch ef, neu gofynnwch am eithriad a dywedwch pam ei fod yn ddiogel.</translation>
    </message>
    <message>
        <source>The request names a dataset that is not part of this project. Ask the project lead whether it can be added.</source>
        <translation>Mae&apos;r cais yn enwi set ddata nad yw&apos;n rhan o&apos;r prosiect hwn. Gofynnwch i arweinydd y prosiect a oes modd ei hychwanegu.</translation>
    </message>
    <message>
        <source>The request draws on a dataset that can only be used from a safe room. Send it from a safe room.</source>
        <translation>Mae&apos;r cais yn defnyddio set ddata na ellir ei defnyddio ond o ystafell ddiogel. Anfonwch ef o ystafell ddiogel.</translation>
    </message>
    <message>
        <source>You are a member of this request&apos;s project, so you cannot review it.</source>
        <translation>Rydych yn aelod o brosiect y cais hwn, felly ni allwch ei adolygu.</translation>
    </message>
    <message>
        <source>Two output checkers are reviewing this request already.</source>
        <translation>Mae dau wiriwr allbynnau yn adolygu&apos;r cais hwn yn barod.</translation>
    </message>
    <message>
        <source>You have claimed this request already; the second review must be another checker&apos;s.</source>
        <translation>Rydych wedi hawlio&apos;r cais hwn yn barod; rhaid i&apos;r ail adolygiad fod gan wiriwr arall.</translation>
    </message>
    <message>
        <source>Claim the request for review first.</source>
        <translation>Hawliwch y cais i&apos;w adolygu yn gyntaf.</translation>
    </message>
    <message>
        <source>Your decisions on this request are in already, and they are final.</source>
        <translation>Mae eich penderfyniadau ar y cais hwn i mewn yn barod, ac maent yn derfynol.</translation>
    </message>
    <message>
        <source>The other checker&apos;s decisions are shown once yours are in.</source>
        <translation>Dangosir penderfyniadau&apos;r gwiriwr arall pan fydd eich rhai chi i mewn.</translation>
    </message>
    <message>
        <source>The request can be released only once two output checkers have approved it.</source>
        <translation>Dim ond ar ôl i ddau wiriwr allbynnau ei gymeradwyo y mae modd rhyddhau&apos;r cais.</translation>
    </message>
    <message>
        <source>Supporting files are never released, so they cannot be downloaded.</source>
        <translation>Ni chaiff ffeiliau ategol byth eu rhyddhau, felly nid oes modd eu lawrlwytho.</translation>
    </message>
    <message>
        <source>This output has not been released, so it cannot be downloaded.</source>
        <translation>Nid yw&apos;r allbwn hwn wedi&apos;i ryddhau, felly nid oes modd ei lawrlwytho.</translation>
    </message>
    <message>
        <source>Only the project&apos;s lead can confirm that a release was destroyed.</source>
        <translation>Dim ond arweinydd y prosiect all gadarnhau bod rhyddhad wedi&apos;i ddinistrio.</translation>
    </message>
    <message>
        <source>The project has not ended, so its releases are not to be destroyed yet.</source>
        <translation>Nid yw&apos;r prosiect wedi dod i ben, felly nid yw ei ryddhadau i&apos;w dinistrio eto.</translation>
    </message>
    <message>
        <source>You are not a member of this project. Ask the project lead to add you.</source>
        <translation>Nid ydych yn aelod o&apos;r prosiect hwn. Gofynnwch i arweinydd y prosiect eich ychwanegu.</translation>
    </message>
    <message>
        <source>The project is not active, so its workspace is closed. Contact research support if you think this is wrong.</source>
        <translation>Nid yw&apos;r prosiect yn weithredol, felly mae ei ofod gwaith ar gau. Cysylltwch â&apos;r cymorth ymchwil os ydych yn credu bod hyn yn anghywir.</translation>
    </message>
    <message>
        <source>The project has not started yet. You can work on it from its start date.</source>
        <translation>Nid yw&apos;r prosiect wedi dechrau eto. Gallwch weithio arno o&apos;i ddyddiad dechrau.</translation>
    </message>
    <message>
        <source>The project has ended. Ask the project lead to apply for an extension.</source>
        <translation>Mae&apos;r prosiect wedi dod i ben. Gofynnwch i arweinydd y prosiect wneud cais am estyniad.</translation>
    </message>
    <message>
        <source>Your accreditation is provisional, and the project has no supervisor with a full accreditation. Ask the project lead to name one.</source>
        <translation>Achrediad dros dro sydd gennych, ac nid oes gan y prosiect oruchwyliwr ag achrediad llawn. Gofynnwch i arweinydd y prosiect enwi un.</translation>
    </message>
    <message>
        <source>Sign the current security declaration before working on a project.</source>
        <translation>Llofnodwch y datganiad diogelwch cyfredol cyn gweithio ar brosiect.</translation>
    </message>
    <message>
        <source>The project is not approved for home working. Work from a safe room or your organisation&apos;s premises.</source>
        <translation>Nid yw&apos;r prosiect wedi&apos;i gymeradwyo ar gyfer gweithio gartref. Gweithiwch o ystafell ddiogel neu o safle eich sefydliad.</translation>
    </message>
    <message>
        <source>Home working needs the extended security operating procedures declaration. Sign it first.</source>
        <translation>Mae angen y datganiad gweithdrefnau gweithredu diogelwch estynedig ar gyfer gweithio gartref. Llofnodwch ef yn gyntaf.</translation>
    </message>
    <message>
        <source>Outputs that are not yet released can be claimed and opened for checking only from the settings the service lists for checking, and not from where you are now. The queue stays visible here.</source>
        <translation>Dim ond o&apos;r lleoliadau y mae&apos;r gwasanaeth yn eu rhestru ar gyfer gwirio y mae modd hawlio ac agor allbynnau nad ydynt wedi&apos;u rhyddhau eto i&apos;w gwirio, ac nid o&apos;r fan lle rydych chi nawr. Mae&apos;r ciw yn dal i&apos;w weld yma.</translation>
    </message>
    <message>
        <source>Signing in at this safe room needs a booking of the room for now, and you have none.</source>
        <translation>I fewngofnodi yn yr ystafell ddiogel hon, mae angen archeb ar gyfer yr ystafell ar hyn o bryd, ac nid oes gennych un.</translation>
    </message>
    <message>
        <source>Sign the current security declaration before booking a safe room.</source>
        <translation>Llofnodwch y datganiad diogelwch cyfredol cyn archebu ystafell ddiogel.</translation>
    </message>
    <message>
        <source>This project is approved for home working and has no safe-room-only data, so it does not need a safe room.</source>
        <translation>Mae&apos;r prosiect hwn wedi&apos;i gymeradwyo ar gyfer gweithio gartref ac nid oes ganddo ddata ystafell ddiogel yn unig, felly nid oes angen ystafell ddiogel arno.</translation>
    </message>
    <message>
        <source>That terminal is already booked then. Choose another terminal or time.</source>
        <translation>Mae&apos;r derfynell honno eisoes wedi&apos;i harchebu bryd hynny. Dewiswch derfynell neu amser arall.</translation>
    </message>
    <message>
        <source>You already have a booking at that time.</source>
        <translation>Mae gennych archeb eisoes ar yr adeg honno.</translation>
    </message>
    <message>
        <source>The safe room is closed that day. Choose another day.</source>
        <translation>Mae&apos;r ystafell ddiogel ar gau y diwrnod hwnnw. Dewiswch ddiwrnod arall.</translation>
    </message>
    <message>
        <source>Only administrators can see who has booked a safe room and take terminals out of use.</source>
        <translation>Dim ond gweinyddwyr all weld pwy sydd wedi archebu ystafell ddiogel a thynnu terfynellau allan o ddefnydd.</translation>
    </message>
    <message>
        <source>The clearance server cannot reach its database just now. Nothing was done; try again in a minute.</source>
        <translation>Ni all y gweinydd cliriad gyrraedd ei gronfa ddata ar hyn o bryd. Ni wnaed dim; rhowch gynnig arall arni ymhen munud.</translation>
    </message>
    <message>
        <source>The clearance server has no room to keep what you sent, so nothing was kept. Try again later; research support has been told.</source>
        <translation>Nid oes lle gan y gweinydd cliriad i gadw&apos;r hyn a anfonoch, felly ni chadwyd dim. Rhowch gynnig arall arni yn nes ymlaen; mae&apos;r cymorth ymchwil wedi cael gwybod.</translation>
    </message>
</context>
<context>
    <name>ReviewQuestions</name>
    <message>
        <source>Approve</source>
        <translation>Cymeradwyo</translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation>Gofyn am newidiadau</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Gwrthod</translation>
    </message>
    <message>
        <source>Why is it safe to release despite the failing checks? Required, in your &amp;note for checkers only</source>
        <translation>Pam ei bod yn ddiogel ei rhyddhau er gwaethaf y gwiriadau a fethodd? Mae angen ateb, yn eich &amp;nodyn i wirwyr yn unig</translation>
    </message>
    <message>
        <source>This file failed automated disclosure checks. Say why it is safe to release all the same.</source>
        <translation>Methodd y ffeil hon wiriadau datgelu awtomatig. Dywedwch pam ei bod yn ddiogel ei rhyddhau serch hynny.</translation>
    </message>
    <message>
        <source>Your decision on each file:</source>
        <translation>Eich penderfyniad ar bob ffeil:</translation>
    </message>
    <message>
        <source>• %1 → %2</source>
        <translation>• %1 → %2</translation>
    </message>
    <message>
        <source>Your review is final once it is sent: you cannot change it afterwards.</source>
        <translation>Mae eich adolygiad yn derfynol unwaith y caiff ei anfon: ni allwch ei newid wedyn.</translation>
    </message>
    <message>
        <source>The other checker&apos;s review is in, so the request is decided as soon as yours arrives; for each file the stricter of your two decisions counts.</source>
        <translation>Mae adolygiad y gwiriwr arall i mewn, felly penderfynir ar y cais cyn gynted ag y daw eich un chi; ar gyfer pob ffeil, y llymaf o&apos;ch dau benderfyniad sy&apos;n cyfrif.</translation>
    </message>
    <message>
        <source>The request is decided when the second checker&apos;s review is in; for each file the stricter of your two decisions counts.</source>
        <translation>Penderfynir ar y cais pan fydd adolygiad yr ail wiriwr i mewn; ar gyfer pob ffeil, y llymaf o&apos;ch dau benderfyniad sy&apos;n cyfrif.</translation>
    </message>
    <message>
        <source>Because you ask for changes, the request goes back to the author with your comments.</source>
        <translation>Gan eich bod yn gofyn am newidiadau, bydd y cais yn mynd yn ôl at yr awdur gyda&apos;ch sylwadau.</translation>
    </message>
    <message>
        <source>The files you reject will not be released, whatever the other checker decides.</source>
        <translation>Ni chaiff y ffeiliau rydych yn eu gwrthod eu rhyddhau, beth bynnag fydd penderfyniad y gwiriwr arall.</translation>
    </message>
    <message>
        <source>The files are released only if the other checker approves them too.</source>
        <translation>Dim ond os bydd y gwiriwr arall yn eu cymeradwyo hefyd y caiff y ffeiliau eu rhyddhau.</translation>
    </message>
    <message>
        <source>• %1 (%2)</source>
        <translation>• %1 (%2)</translation>
    </message>
    <message>
        <source>supporting file: never released</source>
        <translation>ffeil ategol: ni chaiff byth ei rhyddhau</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>gwrthodwyd</translation>
    </message>
    <message>
        <source>not approved by both checkers</source>
        <translation>heb ei chymeradwyo gan y ddau wiriwr</translation>
    </message>
    <message>
        <source>• %1 (%2): %3</source>
        <translation>• %1 (%2): %3</translation>
    </message>
    <message>
        <source>These files become available to the project&apos;s members, with a manifest of their SHA-256 checksums:</source>
        <translation>Bydd y ffeiliau hyn ar gael i aelodau&apos;r prosiect, gyda maniffest o&apos;u symiau gwirio SHA-256:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>Not released:</source>
        <translation>Heb eu rhyddhau:</translation>
    </message>
    <message>
        <source>You ask for changes: when the second checker&apos;s review is in, the request goes back to the author with the checkers&apos; comments, unless a stricter decision of theirs counts instead.</source>
        <translation>Rydych yn gofyn am newidiadau: pan fydd adolygiad yr ail wiriwr i mewn, bydd y cais yn mynd yn ôl at yr awdur gyda sylwadau&apos;r gwirwyr, oni bai bod penderfyniad llymach ganddynt hwy yn cyfrif yn lle hynny.</translation>
    </message>
</context>
<context>
    <name>ReviewRules</name>
    <message>
        <source>Only output checkers can review and release outputs.</source>
        <translation>Dim ond gwirwyr allbynnau all adolygu a rhyddhau allbynnau.</translation>
    </message>
    <message>
        <source>Request %1 is your own: two other output checkers must review it.</source>
        <translation>Eich cais chi yw cais %1: rhaid i ddau wiriwr allbynnau arall ei adolygu.</translation>
    </message>
    <message>
        <source>You are a member of project %1, so you cannot review its requests.</source>
        <translation>Rydych yn aelod o brosiect %1, felly ni allwch adolygu ei geisiadau.</translation>
    </message>
    <message>
        <source>Request %1 is %2, so it cannot be %3.</source>
        <translation>Mae cais %1 %2, felly ni ellir ei %3.</translation>
    </message>
    <message>
        <source>You have claimed request %1 already; the second review must be another checker&apos;s.</source>
        <translation>Rydych wedi hawlio cais %1 yn barod; rhaid i&apos;r ail adolygiad fod gan wiriwr arall.</translation>
    </message>
    <message>
        <source>claimed for review</source>
        <translation>hawlio i&apos;w adolygu</translation>
    </message>
    <message>
        <source>Two output checkers are reviewing request %1 already; a third review is not needed.</source>
        <translation>Mae dau wiriwr allbynnau yn adolygu cais %1 yn barod; nid oes angen trydydd adolygiad.</translation>
    </message>
    <message>
        <source>Claim request %1 for review before you give your decisions.</source>
        <translation>Hawliwch gais %1 i&apos;w adolygu cyn rhoi eich penderfyniadau.</translation>
    </message>
    <message>
        <source>Your decisions on request %1 are in already, and they are final.</source>
        <translation>Mae eich penderfyniadau ar gais %1 i mewn yn barod, ac maent yn derfynol.</translation>
    </message>
    <message>
        <source>reviewed</source>
        <translation>adolygu</translation>
    </message>
    <message>
        <source>%1 is not a file of this round.</source>
        <translation>Nid yw %1 yn un o ffeiliau&apos;r rownd hon.</translation>
    </message>
    <message>
        <source>%1 has a decision already.</source>
        <translation>Mae penderfyniad ar %1 yn barod.</translation>
    </message>
    <message>
        <source>keep the comment under %1 characters.</source>
        <translation>cadwch y sylw o dan %1 nod.</translation>
    </message>
    <message>
        <source>say why %1 is rejected: the author reads it.</source>
        <translation>dywedwch pam mae %1 wedi&apos;i gwrthod: bydd yr awdur yn ei ddarllen.</translation>
    </message>
    <message>
        <source>say what to change in %1: the author reads it.</source>
        <translation>dywedwch beth i&apos;w newid yn %1: bydd yr awdur yn ei ddarllen.</translation>
    </message>
    <message>
        <source>give %1 a decision: every file of the round needs one, supporting files too.</source>
        <translation>rhowch benderfyniad ar %1: mae angen un ar bob ffeil yn y rownd, gan gynnwys ffeiliau ategol.</translation>
    </message>
    <message>
        <source>keep the summary under %1 characters.</source>
        <translation>cadwch y crynodeb o dan %1 nod.</translation>
    </message>
    <message>
        <source>give the reason for the rejection: the author reads it.</source>
        <translation>rhowch y rheswm dros y gwrthod: bydd yr awdur yn ei ddarllen.</translation>
    </message>
    <message>
        <source>The other checker&apos;s decisions on request %1 are shown once yours are in.</source>
        <translation>Dangosir penderfyniadau&apos;r gwiriwr arall ar gais %1 pan fydd eich rhai chi i mewn.</translation>
    </message>
    <message>
        <source>released</source>
        <translation>ryddhau</translation>
    </message>
    <message>
        <source>Request %1 can be released only once two output checkers have approved its outputs.</source>
        <translation>Dim ond ar ôl i ddau wiriwr allbynnau gymeradwyo ei allbynnau y mae modd rhyddhau cais %1.</translation>
    </message>
    <message>
        <source>Claim request %1 for review before you open its files.</source>
        <translation>Hawliwch gais %1 i&apos;w adolygu cyn agor ei ffeiliau.</translation>
    </message>
    <message>
        <source>The other output checker wrote: %1</source>
        <translation>Ysgrifennodd y gwiriwr allbynnau arall: %1</translation>
    </message>
    <message>
        <source>Changes are asked for: see the reviewers&apos; comments on each file.</source>
        <translation>Gofynnir am newidiadau: gweler sylwadau&apos;r adolygwyr ar bob ffeil.</translation>
    </message>
    <message>
        <source>Some outputs are approved; the others are rejected: see the comments on each file.</source>
        <translation>Mae rhai allbynnau wedi&apos;u cymeradwyo; mae&apos;r lleill wedi&apos;u gwrthod: gweler y sylwadau ar bob ffeil.</translation>
    </message>
    <message>
        <source>The outputs are rejected: see the comments on each file.</source>
        <translation>Mae&apos;r allbynnau wedi&apos;u gwrthod: gweler y sylwadau ar bob ffeil.</translation>
    </message>
    <message>
        <source>%1 failed automated disclosure checks: to approve it, say in your note for checkers why it is safe to release despite them.</source>
        <translation>%1: methodd wiriadau datgelu awtomatig. I&apos;w chymeradwyo, dywedwch yn eich nodyn i wirwyr pam ei bod yn ddiogel ei rhyddhau er gwaethaf hynny.</translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>Fail</source>
        <translation>Methu</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Adolygu</translation>
    </message>
    <message>
        <source>Pass</source>
        <translation>Pasio</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Nid oedd modd ei wirio</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Heb ei wirio</translation>
    </message>
    <message>
        <source>Submitted today</source>
        <translation>Cyflwynwyd heddiw</translation>
    </message>
    <message>
        <source>%1 of 2</source>
        <translation>%1 o 2</translation>
    </message>
    <message>
        <source>No changes since the last round</source>
        <translation>Dim newidiadau ers y rownd ddiwethaf</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>Wrthi&apos;n cael ei wirio</translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation>Ailgyflwynwyd</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation>Cymeradwywyd yn rhannol</translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is approved. It can now be released.</source>
        <translation>Mae eich adolygiad i mewn, a chyda hynny mae&apos;r ddau i mewn: mae&apos;r cais wedi&apos;i gymeradwyo. Gellir ei ryddhau nawr.</translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is partly approved. Its approved files can now be released.</source>
        <translation>Mae eich adolygiad i mewn, a chyda hynny mae&apos;r ddau i mewn: mae&apos;r cais wedi&apos;i gymeradwyo&apos;n rhannol. Gellir rhyddhau ei ffeiliau a gymeradwywyd nawr.</translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is returned to the author with the shared comments, to fix and resubmit.</source>
        <translation>Mae eich adolygiad i mewn, a chyda hynny mae&apos;r ddau i mewn: caiff y cais ei ddychwelyd i&apos;r awdur gyda&apos;r sylwadau a rannwyd, i&apos;w gywiro a&apos;i ailgyflwyno.</translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is rejected, and the author is told why.</source>
        <translation>Mae eich adolygiad i mewn, a chyda hynny mae&apos;r ddau i mewn: mae&apos;r cais wedi&apos;i wrthod, a dywedir wrth yr awdur pam.</translation>
    </message>
    <message>
        <source>Your review is in. The request waits for the second checker.</source>
        <translation>Mae eich adolygiad i mewn. Mae&apos;r cais yn aros am yr ail wiriwr.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) changed</source>
        <translation>
            <numerusform>%Ln celloedd wedi newid</numerusform>
            <numerusform>%Ln gell wedi newid</numerusform>
            <numerusform>%Ln cell wedi newid</numerusform>
            <numerusform>%Ln cell wedi newid</numerusform>
            <numerusform>%Ln cell wedi newid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) added</source>
        <translation>
            <numerusform>%Ln rhesi wedi&apos;u hychwanegu</numerusform>
            <numerusform>%Ln rhes wedi&apos;i hychwanegu</numerusform>
            <numerusform>%Ln rhes wedi&apos;u hychwanegu</numerusform>
            <numerusform>%Ln rhes wedi&apos;u hychwanegu</numerusform>
            <numerusform>%Ln rhes wedi&apos;u hychwanegu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) removed</source>
        <translation>
            <numerusform>%Ln rhesi wedi&apos;u tynnu</numerusform>
            <numerusform>%Ln rhes wedi&apos;i thynnu</numerusform>
            <numerusform>%Ln rhes wedi&apos;u tynnu</numerusform>
            <numerusform>%Ln rhes wedi&apos;u tynnu</numerusform>
            <numerusform>%Ln rhes wedi&apos;u tynnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) added</source>
        <translation>
            <numerusform>%Ln colofnau wedi&apos;u hychwanegu</numerusform>
            <numerusform>%Ln golofn wedi&apos;i hychwanegu</numerusform>
            <numerusform>%Ln colofn wedi&apos;u hychwanegu</numerusform>
            <numerusform>%Ln colofn wedi&apos;u hychwanegu</numerusform>
            <numerusform>%Ln colofn wedi&apos;u hychwanegu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) removed</source>
        <translation>
            <numerusform>%Ln colofnau wedi&apos;u tynnu</numerusform>
            <numerusform>%Ln golofn wedi&apos;i thynnu</numerusform>
            <numerusform>%Ln colofn wedi&apos;u tynnu</numerusform>
            <numerusform>%Ln colofn wedi&apos;u tynnu</numerusform>
            <numerusform>%Ln colofn wedi&apos;u tynnu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln diwrnodau gwaith</numerusform>
            <numerusform>%Ln diwrnod gwaith</numerusform>
            <numerusform>%Ln diwrnod gwaith</numerusform>
            <numerusform>%Ln diwrnod gwaith</numerusform>
            <numerusform>%Ln diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message>
        <source>due today</source>
        <comment>a request waiting for its checkers</comment>
        <translation>i&apos;w gwblhau heddiw</translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln</source>
        <comment>working days</comment>
        <translation>
            <numerusform>%Ln yn hwyr</numerusform>
            <numerusform>%Ln yn hwyr</numerusform>
            <numerusform>%Ln yn hwyr</numerusform>
            <numerusform>%Ln yn hwyr</numerusform>
            <numerusform>%Ln yn hwyr</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln ceisiadau</numerusform>
            <numerusform>%Ln cais</numerusform>
            <numerusform>%Ln cais</numerusform>
            <numerusform>%Ln cais</numerusform>
            <numerusform>%Ln cais</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SafeRoomBooking</name>
    <message>
        <source>all day</source>
        <translation>drwy&apos;r dydd</translation>
    </message>
    <message>
        <source>morning</source>
        <translation>bore</translation>
    </message>
    <message>
        <source>afternoon</source>
        <translation>prynhawn</translation>
    </message>
</context>
<context>
    <name>StandardButtons</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>SubmissionTexts</name>
    <message>
        <source>Draft</source>
        <translation>Drafft</translation>
    </message>
    <message>
        <source>Submitted, waiting for a checker</source>
        <translation>Wedi&apos;i gyflwyno, yn aros am wiriwr</translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation>Wrthi&apos;n cael ei wirio</translation>
    </message>
    <message>
        <source>Returned to you for changes</source>
        <translation>Wedi&apos;i ddychwelyd atoch i&apos;w newid</translation>
    </message>
    <message>
        <source>Resubmitted, waiting for a checker</source>
        <translation>Wedi&apos;i ailgyflwyno, yn aros am wiriwr</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation>Cymeradwywyd yn rhannol</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation>Tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Rhyddhawyd</translation>
    </message>
    <message>
        <source>Pre-publication</source>
        <translation>Cyn cyhoeddi</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Output to release</source>
        <translation>Allbwn i&apos;w ryddhau</translation>
    </message>
    <message>
        <source>Supporting (never released)</source>
        <translation>Ategol (ni chaiff byth ei ryddhau)</translation>
    </message>
    <message>
        <source>Code to release</source>
        <translation>Cod i&apos;w ryddhau</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Cyflwynwyd</translation>
    </message>
    <message>
        <source>Withdrew the request</source>
        <translation>Tynnodd y cais yn ôl</translation>
    </message>
    <message>
        <source>Started checking</source>
        <translation>Dechreuodd wirio</translation>
    </message>
    <message>
        <source>Resubmitted with changes</source>
        <translation>Ailgyflwynodd gyda newidiadau</translation>
    </message>
    <message>
        <source>Released the approved outputs</source>
        <translation>Rhyddhaodd yr allbynnau a gymeradwywyd</translation>
    </message>
    <message>
        <source>Passed</source>
        <translation>Wedi pasio</translation>
    </message>
    <message>
        <source>Passed, with points for the checker to look at</source>
        <translation>Wedi pasio, gyda phwyntiau i&apos;r gwiriwr edrych arnynt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Wedi methu</translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation>Nid oedd modd ei wirio</translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation>Heb ei wirio</translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation>%1, yn hwyr</translation>
    </message>
    <message>
        <source>%1, due today</source>
        <translation>%1, i&apos;w gwblhau heddiw</translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation>Heb ei gyflwyno eto</translation>
    </message>
    <message>
        <source>Waiting for your changes</source>
        <translation>Yn aros am eich newidiadau</translation>
    </message>
    <message>
        <source>None: withdrawn</source>
        <translation>Dim: tynnwyd yn ôl</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Heb ei roi</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Wedi&apos;i ateb</translation>
    </message>
    <message>
        <source>Returned it for changes after both reviews</source>
        <translation>Fe&apos;i dychwelwyd i&apos;w newid ar ôl y ddau adolygiad</translation>
    </message>
    <message>
        <source>Approved it after both reviews</source>
        <translation>Fe&apos;i cymeradwywyd ar ôl y ddau adolygiad</translation>
    </message>
    <message>
        <source>Approved part of it after both reviews</source>
        <translation>Cymeradwywyd rhan ohono ar ôl y ddau adolygiad</translation>
    </message>
    <message>
        <source>Rejected it after both reviews</source>
        <translation>Fe&apos;i gwrthodwyd ar ôl y ddau adolygiad</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n working day(s)</source>
        <translation>
            <numerusform>%1, ymhen %n diwrnod gwaith</numerusform>
            <numerusform>%1, ymhen diwrnod gwaith</numerusform>
            <numerusform>%1, ymhen %n diwrnod gwaith</numerusform>
            <numerusform>%1, ymhen %n diwrnod gwaith</numerusform>
            <numerusform>%1, ymhen %n diwrnod gwaith</numerusform>
        </translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>gofynnwyd am newidiadau</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>cymeradwywyd</translation>
    </message>
    <message>
        <source>partly approved</source>
        <translation>cymeradwywyd yn rhannol</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>gwrthodwyd</translation>
    </message>
    <message>
        <source>released</source>
        <translation>rhyddhawyd</translation>
    </message>
</context>
<context>
    <name>SubmissionWorkflow</name>
    <message>
        <source>a draft</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>yn ddrafft</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>in review</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>yn cael ei adolygu</translation>
    </message>
    <message>
        <source>returned to its author</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i ddychwelyd i&apos;w awdur</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i ailgyflwyno</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i gymeradwyo</translation>
    </message>
    <message>
        <source>partly approved</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i gymeradwyo&apos;n rhannol</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i wrthod</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>released</source>
        <comment>a request&apos;s state: Request R-1 is ...</comment>
        <translation>wedi&apos;i ryddhau</translation>
    </message>
    <message>
        <source>submitted</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>gyflwyno</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>taken for review</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>gymryd i&apos;w adolygu</translation>
    </message>
    <message>
        <source>returned to its author</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>ddychwelyd i&apos;w awdur</translation>
    </message>
    <message>
        <source>resubmitted</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>ailgyflwyno</translation>
    </message>
    <message>
        <source>approved</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>gymeradwyo</translation>
    </message>
    <message>
        <source>partly approved</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>gymeradwyo&apos;n rhannol</translation>
    </message>
    <message>
        <source>rejected</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>wrthod</translation>
    </message>
    <message>
        <source>released</source>
        <comment>what was asked: ... so it cannot be ...</comment>
        <translation>ryddhau</translation>
    </message>
    <message>
        <source>Only an active member of project %1 can do this; you are not one now.</source>
        <translation>Dim ond aelod gweithredol o brosiect %1 all wneud hyn; nid ydych yn un nawr.</translation>
    </message>
    <message>
        <source>Only the author of request %1 can change it.</source>
        <translation>Dim ond awdur cais %1 all ei newid.</translation>
    </message>
    <message>
        <source>Only output checkers can review and release outputs.</source>
        <translation>Dim ond gwirwyr allbynnau all adolygu a rhyddhau allbynnau.</translation>
    </message>
    <message>
        <source>Request %1 is your own: another output checker must handle it.</source>
        <translation>Eich cais chi yw cais %1: rhaid i wiriwr allbynnau arall ei drin.</translation>
    </message>
    <message>
        <source>Request %1 is %2, so it cannot be %3.</source>
        <translation>Mae cais %1 %2, felly ni ellir ei %3.</translation>
    </message>
    <message>
        <source>(new)</source>
        <translation>(newydd)</translation>
    </message>
    <message>
        <source>give the request a title of 1 to 200 characters.</source>
        <translation>rhowch deitl o 1 i 200 nod i&apos;r cais.</translation>
    </message>
    <message>
        <source>add at least one file to clear.</source>
        <translation>ychwanegwch o leiaf un ffeil i&apos;w chlirio.</translation>
    </message>
    <message>
        <source>give the file&apos;s workspace path.</source>
        <translation>rhowch lwybr y ffeil yn y gofod gwaith.</translation>
    </message>
    <message>
        <source>%1 is listed twice.</source>
        <translation>Mae %1 wedi&apos;i rhestru ddwywaith.</translation>
    </message>
    <message>
        <source>keep the description and destination under %1 characters.</source>
        <translation>cadwch y disgrifiad a&apos;r gyrchfan o dan %1 nod.</translation>
    </message>
    <message>
        <source>say what %1 is.</source>
        <translation>dywedwch beth yw %1.</translation>
    </message>
    <message>
        <source>say where %1 will be published, or to whom it goes.</source>
        <translation>dywedwch ble y caiff %1 ei chyhoeddi, neu at bwy y bydd yn mynd.</translation>
    </message>
    <message>
        <source>a code clearance request releases code files only; %1 is not one.</source>
        <translation>dim ond ffeiliau cod y mae cais am gliriad cod yn eu rhyddhau; nid yw %1 yn un.</translation>
    </message>
    <message>
        <source>every file is supporting: add the outputs or code to clear.</source>
        <translation>mae pob ffeil yn ategol: ychwanegwch yr allbynnau neu&apos;r cod i&apos;w clirio.</translation>
    </message>
    <message>
        <source>say what disclosure control was applied (or that none was), in under %1 characters.</source>
        <translation>dywedwch pa reolaeth datgelu a ddefnyddiwyd (neu na ddefnyddiwyd un), mewn llai na %1 nod.</translation>
    </message>
    <message>
        <source>%1 is not a file of this request.</source>
        <translation>Nid yw %1 yn un o ffeiliau&apos;r cais hwn.</translation>
    </message>
    <message>
        <source>name the rule of the finding.</source>
        <translation>enwch reol y canfyddiad.</translation>
    </message>
    <message>
        <source>explain why the exception is safe (10 to %1 characters).</source>
        <translation>esboniwch pam mae&apos;r eithriad yn ddiogel (10 i %1 nod).</translation>
    </message>
    <message>
        <source>say why (1 to %1 characters): the author reads it.</source>
        <translation>dywedwch pam (1 i %1 nod): bydd yr awdur yn ei ddarllen.</translation>
    </message>
    <message>
        <source>keep the note under %1 characters.</source>
        <translation>cadwch y nodyn o dan %1 nod.</translation>
    </message>
    <message>
        <source>Unknown action.</source>
        <translation>Gweithred anhysbys.</translation>
    </message>
</context>
<context>
    <name>WorkingDays</name>
    <message>
        <source>%1: &apos;%2&apos; is not a date (YYYY-MM-DD).</source>
        <translation>%1: nid yw &apos;%2&apos; yn ddyddiad (BBBB-MM-DD).</translation>
    </message>
    <message>
        <source>%1: %2 is a weekend day; list the substitute weekday.</source>
        <translation>%1: mae %2 yn ddiwrnod penwythnos; rhestrwch y diwrnod gwaith yn ei le.</translation>
    </message>
    <message>
        <source>%1: %2 is already listed on line %3.</source>
        <translation>%1: mae %2 wedi&apos;i restru&apos;n barod ar linell %3.</translation>
    </message>
</context>
<context>
    <name>srs::api</name>
    <message>
        <source>The clearance server&apos;s answer could not be understood. Try again; if it keeps happening, contact research support.</source>
        <translation>Nid oedd modd deall ateb y gweinydd cliriad. Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, cysylltwch â&apos;r cymorth ymchwil.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Cafodd yr alwad ei chanslo.</translation>
    </message>
</context>
<context>
    <name>srs::cache</name>
    <message>
        <source>Could not remove %1.</source>
        <translation>Nid oedd modd tynnu %1.</translation>
    </message>
    <message>
        <source>Could not create the cache folder %1.</source>
        <translation>Nid oedd modd creu ffolder y storfa %1.</translation>
    </message>
    <message>
        <source>Could not read the cache folder %1.</source>
        <translation>Nid oedd modd darllen ffolder y storfa %1.</translation>
    </message>
    <message>
        <source>The cache folder %1 belongs to someone else.</source>
        <translation>Mae ffolder y storfa %1 yn perthyn i rywun arall.</translation>
    </message>
    <message>
        <source>Could not make the cache folder %1 private.</source>
        <translation>Nid oedd modd gwneud ffolder y storfa %1 yn breifat.</translation>
    </message>
    <message>
        <source>Could not read %1.</source>
        <translation>Nid oedd modd darllen %1.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>Nid oedd modd ysgrifennu %1.</translation>
    </message>
    <message>
        <source>Could not move %1 aside.</source>
        <translation>Nid oedd modd symud %1 o&apos;r neilltu.</translation>
    </message>
    <message>
        <source>The service sent no key for this computer&apos;s cache.</source>
        <translation>Ni anfonodd y gwasanaeth allwedd ar gyfer storfa&apos;r cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>The cache key could not be made.</source>
        <translation>Nid oedd modd creu allwedd y storfa.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>Nid oedd modd creu %1: %2</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>Nid yw %1 yn bodoli.</translation>
    </message>
    <message>
        <source>This build of the client cannot encrypt its cache (SQLCipher is not the SQLite it uses); nothing was saved.</source>
        <translation>Ni all y fersiwn hwn o&apos;r rhaglen amgryptio ei storfa (nid SQLCipher yw&apos;r SQLite y mae&apos;n ei ddefnyddio); ni chadwyd dim.</translation>
    </message>
    <message>
        <source>Your saved copy of project details on this computer was damaged.</source>
        <translation>Roedd y copi o fanylion prosiect a gadwyd ar y cyfrifiadur hwn wedi&apos;i ddifrodi.</translation>
    </message>
    <message>
        <source>Your saved copy of project details was written by a newer version of this program.</source>
        <translation>Cafodd y copi o fanylion prosiect a gadwyd ei ysgrifennu gan fersiwn mwy newydd o&apos;r rhaglen hon.</translation>
    </message>
    <message>
        <source>Your saved copy of project details on this computer could not be opened with your current key (your password or the service&apos;s key for this computer has changed since it was saved).</source>
        <translation>Nid oedd modd agor y copi o fanylion prosiect a gadwyd ar y cyfrifiadur hwn gyda&apos;ch allwedd bresennol (mae eich cyfrinair neu allwedd y gwasanaeth ar gyfer y cyfrifiadur hwn wedi newid ers iddo gael ei gadw).</translation>
    </message>
    <message>
        <source>The cache changed while it was open.</source>
        <translation>Newidiodd y storfa tra oedd ar agor.</translation>
    </message>
</context>
<context>
    <name>srs::domain</name>
    <message>
        <source>a safe room</source>
        <translation>ystafell ddiogel</translation>
    </message>
    <message>
        <source>your organisation&apos;s premises</source>
        <translation>safle eich sefydliad</translation>
    </message>
    <message>
        <source>home working</source>
        <translation>gweithio gartref</translation>
    </message>
    <message>
        <source>an unrecognised setting</source>
        <translation>lleoliad nad yw&apos;n cael ei adnabod</translation>
    </message>
</context>
<context>
    <name>srs::net</name>
    <message>
        <source>The clearance server refused the request (HTTP %1). Try again; if it keeps happening, contact research support.</source>
        <translation>Gwrthododd y gweinydd cliriad y cais (HTTP %1). Rhowch gynnig arall arni; os yw&apos;n dal i ddigwydd, cysylltwch â&apos;r tîm cymorth ymchwil.</translation>
    </message>
</context>
<context>
    <name>srs::session</name>
    <message>
        <source>Cannot make the folder %1.</source>
        <translation>Methu creu&apos;r ffolder %1.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2.</source>
        <translation>Methu ysgrifennu %1: %2.</translation>
    </message>
    <message>
        <source>Cannot remove %1.</source>
        <translation>Methu tynnu %1.</translation>
    </message>
    <message>
        <source>Your saved copy on this computer is not open just now.</source>
        <translation>Nid yw eich copi wedi&apos;i gadw ar y cyfrifiadur hwn ar agor ar hyn o bryd.</translation>
    </message>
</context>
<context>
    <name>srs::session::ClientConfig</name>
    <message>
        <source>The workstation configuration %1 could not be read (%2). Ask your IT support to install it.</source>
        <translation>Nid oedd modd darllen ffurfweddiad y weithfan %1 (%2). Gofynnwch i&apos;ch cymorth TG ei osod.</translation>
    </message>
    <message>
        <source>The workstation configuration %1 is not valid JSON: %2</source>
        <translation>Nid yw ffurfweddiad y weithfan %1 yn JSON dilys: %2</translation>
    </message>
    <message>
        <source>The workstation configuration %1 has a problem: %2</source>
        <translation>Mae problem gyda ffurfweddiad y weithfan %1: %2</translation>
    </message>
    <message>
        <source>expected an https:// address, got &quot;%1&quot;</source>
        <translation>disgwylid cyfeiriad https://, cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>at least one pinned server key is required</source>
        <translation>mae angen o leiaf un allwedd gweinydd wedi&apos;i phinio</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base64 SHA-256 key hash (44 characters)</source>
        <translation>nid yw &quot;%1&quot; yn hash allwedd SHA-256 base64 (44 nod)</translation>
    </message>
    <message>
        <source>expected &quot;safe-room-terminal&quot; or &quot;organisation-device&quot;, got &quot;%1&quot;</source>
        <translation>disgwylid &quot;safe-room-terminal&quot; neu &quot;organisation-device&quot;, cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>expected &quot;pem&quot; or &quot;pkcs12&quot;, got &quot;%1&quot;</source>
        <translation>disgwylid &quot;pem&quot; neu &quot;pkcs12&quot;, cafwyd &quot;%1&quot;</translation>
    </message>
    <message>
        <source>timeouts must be at least one second</source>
        <translation>rhaid i derfynau amser fod yn o leiaf un eiliad</translation>
    </message>
    <message>
        <source>required for a PEM device certificate</source>
        <translation>yn ofynnol ar gyfer tystysgrif dyfais PEM</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>nid oes modd darllen %1</translation>
    </message>
    <message>
        <source>an organisation device needs at least one VPN interface pattern</source>
        <translation>mae angen o leiaf un patrwm rhyngwyneb VPN ar ddyfais sefydliad</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name pattern (like &quot;tun*&quot;)</source>
        <translation>nid yw &quot;%1&quot; yn batrwm enw rhyngwyneb (fel &quot;tun*&quot;)</translation>
    </message>
    <message>
        <source>must be from 1 to 240 minutes, got %1</source>
        <translation>rhaid iddo fod rhwng 1 a 240 munud, cafwyd %1</translation>
    </message>
    <message>
        <source>must be from 1 to 300 seconds, got %1</source>
        <translation>rhaid iddo fod rhwng 1 a 300 eiliad, cafwyd %1</translation>
    </message>
    <message>
        <source>must be from 1 to 365 days, got %1</source>
        <translation>rhaid iddo fod rhwng 1 a 365 diwrnod, cafwyd %1</translation>
    </message>
    <message>
        <source>must be from 1 to 5000 milliseconds, got %1</source>
        <translation>rhaid iddo fod rhwng 1 a 5000 milieiliad, cafwyd %1</translation>
    </message>
    <message>
        <source>The workstation configuration %1 could be changed by someone other than the system administrator (%2 must belong to root and be writable only by root). Ask your IT support to correct it.</source>
        <translation>Gallai rhywun heblaw gweinyddwr y system newid ffurfweddiad y weithfan %1 (rhaid i %2 berthyn i root a bod yn ysgrifenadwy gan root yn unig). Gofynnwch i&apos;ch cymorth TG ei gywiro.</translation>
    </message>
    <message>
        <source>The configuration %1 given with --config is not used: %2 %3, so someone else could change what this program trusts. Make it yours (or root&apos;s) and writable only by its owner (chmod go-w).</source>
        <translation>Ni ddefnyddir y ffurfweddiad %1 a roddwyd gyda --config: %2 %3, felly gallai rhywun arall newid yr hyn y mae&apos;r rhaglen hon yn ymddiried ynddo. Gwnewch ef yn eiddo i chi (neu i root) ac yn ysgrifenadwy gan ei berchennog yn unig (chmod go-w).</translation>
    </message>
    <message>
        <source>The workstation configuration %1 has a problem with &quot;%2&quot;: %3</source>
        <translation>Mae problem gyda &quot;%2&quot; yn ffurfweddiad y weithfan %1: %3</translation>
    </message>
</context>
<context>
    <name>srs::session::ClientStore</name>
    <message>
        <source>Drafts cannot be kept yet: the encrypted copy of your project details on this computer is not open.</source>
        <translation>Nid oes modd cadw drafftiau eto: nid yw&apos;r copi wedi&apos;i amgryptio o fanylion eich prosiect ar y cyfrifiadur hwn ar agor.</translation>
    </message>
    <message>
        <source>Project details cannot be kept on this computer: %1 Your projects are shown from the server, but workspaces cannot be browsed until this is fixed; tell your IT support.</source>
        <translation>Nid oes modd cadw manylion prosiect ar y cyfrifiadur hwn: %1 Dangosir eich prosiectau o&apos;r gweinydd, ond nid oes modd pori gofodau gwaith nes bydd hyn wedi&apos;i gywiro; rhowch wybod i&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>It was set aside and is being rebuilt from the server.</source>
        <translation>Fe&apos;i rhoddwyd o&apos;r neilltu ac mae&apos;n cael ei ailadeiladu o&apos;r gweinydd.</translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation>Nid yw&apos;r storfa ar agor.</translation>
    </message>
</context>
<context>
    <name>srs::session::DeviceCertificate</name>
    <message>
        <source>This workstation&apos;s device certificate is missing (%1). Contact your IT support.</source>
        <translation>Mae tystysgrif dyfais y weithfan hon ar goll (%1). Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate cannot be read (%1: %2). Contact your IT support.</source>
        <translation>Nid oes modd darllen tystysgrif dyfais y weithfan hon (%1: %2). Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate bundle %1 cannot be opened (it is damaged or its password is wrong). Contact your IT support.</source>
        <translation>Nid oes modd agor bwndel tystysgrif dyfais y weithfan hon %1 (mae wedi&apos;i ddifrodi neu mae ei gyfrinair yn anghywir). Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate bundle %1 has no private key. Contact your IT support.</source>
        <translation>Nid oes allwedd breifat ym mwndel tystysgrif dyfais y weithfan hon %1. Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device key (%1) is missing or cannot be read. Contact your IT support.</source>
        <translation>Mae allwedd dyfais y weithfan hon (%1) ar goll neu nid oes modd ei darllen. Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate %1 is not a certificate. Contact your IT support.</source>
        <translation>Nid yw tystysgrif dyfais y weithfan hon %1 yn dystysgrif. Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate %1 has unreadable dates. Contact your IT support.</source>
        <translation>Mae dyddiadau annarllenadwy yn nhystysgrif dyfais y weithfan hon %1. Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
</context>
<context>
    <name>srs::session::EnvironmentCheck</name>
    <message>
        <source>This workstation&apos;s device certificate expired on %1, so it cannot be used for the service. Ask your IT support to renew it.</source>
        <translation>Daeth tystysgrif dyfais y weithfan hon i ben ar %1, felly nid oes modd ei defnyddio ar gyfer y gwasanaeth. Gofynnwch i&apos;ch cymorth TG ei hadnewyddu.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate is not valid until %1. If that date has passed, this computer&apos;s clock is wrong: ask your IT support to correct it.</source>
        <translation>Nid yw tystysgrif dyfais y weithfan hon yn ddilys tan %1. Os yw&apos;r dyddiad hwnnw wedi mynd heibio, mae cloc y cyfrifiadur hwn yn anghywir: gofynnwch i&apos;ch cymorth TG ei gywiro.</translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate expires on %1. Ask your IT support to renew it before then, or you will not be able to sign in.</source>
        <translation>Mae tystysgrif dyfais y weithfan hon yn dod i ben ar %1. Gofynnwch i&apos;ch cymorth TG ei hadnewyddu cyn hynny, neu ni fyddwch yn gallu mewngofnodi.</translation>
    </message>
    <message>
        <source>This workstation cannot check its VPN connection (%1), so it cannot be used as an organisation device. Contact your IT support.</source>
        <translation>Nid oes modd i&apos;r weithfan hon wirio ei chysylltiad VPN (%1), felly nid oes modd ei defnyddio fel dyfais sefydliad. Cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s VPN is not connected. Connect to it, then select Try again.</source>
        <translation>Nid yw VPN eich sefydliad wedi&apos;i gysylltu. Cysylltwch ag ef, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>The clearance server&apos;s address (%1) cannot be found. Check that your organisation&apos;s VPN is connected properly, then select Try again.</source>
        <translation>Nid oes modd dod o hyd i gyfeiriad y gweinydd cliriad (%1). Gwiriwch fod VPN eich sefydliad wedi&apos;i gysylltu&apos;n iawn, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>This workstation has no network route to the clearance server. Check your network and VPN connections, then select Try again.</source>
        <translation>Nid oes gan y weithfan hon lwybr rhwydwaith at y gweinydd cliriad. Gwiriwch eich cysylltiadau rhwydwaith a VPN, yna dewiswch Rhoi cynnig arall arni.</translation>
    </message>
    <message>
        <source>Your organisation&apos;s VPN is connected, but traffic to the clearance server does not go through it. Disconnect and reconnect the VPN, then select Try again; if this keeps happening, contact your IT support.</source>
        <translation>Mae VPN eich sefydliad wedi&apos;i gysylltu, ond nid yw traffig i&apos;r gweinydd cliriad yn mynd drwyddo. Datgysylltwch ac ailgysylltwch y VPN, yna dewiswch Rhoi cynnig arall arni; os yw hyn yn dal i ddigwydd, cysylltwch â&apos;ch cymorth TG.</translation>
    </message>
</context>
<context>
    <name>srs::session::IngestFileHasher</name>
    <message>
        <source>%1 is not a file that can be read. Choose it again.</source>
        <translation>Nid yw %1 yn ffeil y gellir ei darllen. Dewiswch hi eto.</translation>
    </message>
    <message>
        <source>%1 changed or could not be read while it was being checked. Choose it again once it is no longer being written.</source>
        <translation>Newidiodd %1, neu nid oedd modd ei darllen, tra oedd yn cael ei gwirio. Dewiswch hi eto pan na fydd yn cael ei hysgrifennu mwyach.</translation>
    </message>
</context>
<context>
    <name>srs::session::IngestUploads</name>
    <message>
        <source>%1 is no longer there or cannot be read. Choose it again in a new request, or cancel this one.</source>
        <translation>Nid yw %1 yno mwyach neu ni ellir ei darllen. Dewiswch hi eto mewn cais newydd, neu canslwch yr un hwn.</translation>
    </message>
    <message>
        <source>%1 has changed since it was checked. Choose it again in a new request, or cancel this one.</source>
        <translation>Mae %1 wedi newid ers iddi gael ei gwirio. Dewiswch hi eto mewn cais newydd, neu canslwch yr un hwn.</translation>
    </message>
    <message>
        <source>The server&apos;s answer did not match the files asked for.</source>
        <translation>Nid oedd ateb y gweinydd yn cyfateb i&apos;r ffeiliau y gofynnwyd amdanynt.</translation>
    </message>
    <message>
        <source>The request was cancelled.</source>
        <translation>Cafodd y cais ei ganslo.</translation>
    </message>
    <message>
        <source>The server&apos;s record of this request does not match the files on this computer.</source>
        <translation>Nid yw cofnod y gweinydd o&apos;r cais hwn yn cyfateb i&apos;r ffeiliau ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>%1 could not be read: it may have changed or been moved. Choose it again in a new request, or cancel this one.</source>
        <translation>Nid oedd modd darllen %1: efallai ei bod wedi newid neu wedi&apos;i symud. Dewiswch hi eto mewn cais newydd, neu canslwch yr un hwn.</translation>
    </message>
    <message>
        <source>The server already has other bytes for part of %1: the file has changed since the upload began. Choose it again in a new request, or cancel this one.</source>
        <translation>Mae gan y gweinydd beitiau eraill eisoes ar gyfer rhan o %1: mae&apos;r ffeil wedi newid ers i&apos;r llwytho ddechrau. Dewiswch hi eto mewn cais newydd, neu canslwch yr un hwn.</translation>
    </message>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Rhoi cynnig arall ymhen %n eiliad.</numerusform>
            <numerusform>%1 Rhoi cynnig arall ymhen eiliad.</numerusform>
            <numerusform>%1 Rhoi cynnig arall ymhen %n eiliad.</numerusform>
            <numerusform>%1 Rhoi cynnig arall ymhen %n eiliad.</numerusform>
            <numerusform>%1 Rhoi cynnig arall ymhen %n eiliad.</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no upload %1 on this computer to carry on with.</source>
        <translation>Nid oes llwyth %1 ar y cyfrifiadur hwn i barhau ag ef.</translation>
    </message>
    <message>
        <source>There is no upload %1 on this computer.</source>
        <translation>Nid oes llwyth %1 ar y cyfrifiadur hwn.</translation>
    </message>
</context>
<context>
    <name>srs::session::Releases</name>
    <message>
        <source>Not kept: its name would put it outside the folder you chose.</source>
        <translation>Heb ei chadw: byddai ei henw yn ei rhoi y tu allan i&apos;r ffolder a ddewisoch.</translation>
    </message>
    <message>
        <source>Not kept: what arrived does not match the manifest&apos;s SHA-256. Try the download again; if it happens again, tell the support team.</source>
        <translation>Heb ei chadw: nid yw&apos;r hyn a gyrhaeddodd yn cyfateb i SHA-256 y maniffest. Rhowch gynnig arall ar y lawrlwytho; os yw&apos;n digwydd eto, rhowch wybod i&apos;r tîm cymorth.</translation>
    </message>
    <message>
        <source>Already in the folder, and matches the manifest.</source>
        <translation>Eisoes yn y ffolder, ac mae&apos;n cyfateb i&apos;r maniffest.</translation>
    </message>
    <message>
        <source>Not kept: a different file with this name is already in the folder. Move it away and download again.</source>
        <translation>Heb ei chadw: mae ffeil wahanol gyda&apos;r enw hwn yn y ffolder eisoes. Symudwch hi o&apos;r ffordd a lawrlwythwch eto.</translation>
    </message>
    <message>
        <source>Not kept: it could not be written (%1).</source>
        <translation>Heb ei chadw: nid oedd modd ei hysgrifennu (%1).</translation>
    </message>
    <message>
        <source>Downloaded and matches the manifest.</source>
        <translation>Wedi&apos;i lawrlwytho ac mae&apos;n cyfateb i&apos;r maniffest.</translation>
    </message>
    <message>
        <source>Not kept: it could not be written.</source>
        <translation>Heb ei chadw: nid oedd modd ei hysgrifennu.</translation>
    </message>
    <message>
        <source>Not kept: in the folder you chose, a symbolic link stands where it or its folder would go, and downloads are never written through links. Remove the link and download again.</source>
        <translation>Heb ei chadw: yn y ffolder a ddewisoch, mae dolen symbolaidd lle byddai&apos;r ffeil neu ei ffolder yn mynd, ac ni chaiff lawrlwythiadau byth eu hysgrifennu drwy ddolenni. Tynnwch y ddolen a lawrlwythwch eto.</translation>
    </message>
</context>
<context>
    <name>srs::session::ReviewDesk</name>
    <message>
        <source>That file is not part of the request.</source>
        <translation>Nid yw&apos;r ffeil honno&apos;n rhan o&apos;r cais.</translation>
    </message>
    <message>
        <source>The file that arrived is not the one submitted (its SHA-256 differs). It is not shown.</source>
        <translation>Nid y ffeil a gyrhaeddodd yw&apos;r un a gyflwynwyd (mae ei SHA-256 yn wahanol). Nid yw&apos;n cael ei dangos.</translation>
    </message>
</context>
<context>
    <name>srs::session::Session</name>
    <message>
        <source>Your session has ended.</source>
        <translation>Mae eich sesiwn wedi dod i ben.</translation>
    </message>
    <message>
        <source>Your session reached its time limit.</source>
        <translation>Mae eich sesiwn wedi cyrraedd ei therfyn amser.</translation>
    </message>
    <message numerus="yes">
        <source>The workstation was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>Cafodd y weithfan ei chloi ar ôl %n munudau heb ei defnyddio.</numerusform>
            <numerusform>Cafodd y weithfan ei chloi ar ôl munud heb ei defnyddio.</numerusform>
            <numerusform>Cafodd y weithfan ei chloi ar ôl %n munud heb ei defnyddio.</numerusform>
            <numerusform>Cafodd y weithfan ei chloi ar ôl %n munud heb ei defnyddio.</numerusform>
            <numerusform>Cafodd y weithfan ei chloi ar ôl %n munud heb ei defnyddio.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::session::SubmissionWizard</name>
    <message>
        <source>That draft is no longer kept on this computer.</source>
        <translation>Nid yw&apos;r drafft hwnnw&apos;n cael ei gadw ar y cyfrifiadur hwn mwyach.</translation>
    </message>
    <message>
        <source>Choose what kind of clearance you are asking for.</source>
        <translation>Dewiswch pa fath o gliriad rydych yn gofyn amdano.</translation>
    </message>
    <message>
        <source>Give the request a short title, for example &quot;Income by region, 2024&quot;.</source>
        <translation>Rhowch deitl byr i&apos;r cais, er enghraifft &quot;Incwm fesul rhanbarth, 2024&quot;.</translation>
    </message>
    <message>
        <source>%1 is not in the workspace (any more): choose it again or remove it.</source>
        <translation>Nid yw %1 yn y gofod gwaith (mwyach): dewiswch ef eto neu ei dynnu.</translation>
    </message>
    <message>
        <source>Choose at least one output or code file to be cleared.</source>
        <translation>Dewiswch o leiaf un ffeil allbwn neu god i&apos;w chlirio.</translation>
    </message>
    <message>
        <source>A code clearance releases code only: mark %1 as code or remove it.</source>
        <translation>Dim ond cod y mae cliriad cod yn ei ryddhau: marciwch %1 fel cod neu ei dynnu.</translation>
    </message>
    <message>
        <source>Describe the table %1.</source>
        <translation>Disgrifiwch y tabl %1.</translation>
    </message>
    <message>
        <source>Name the table the figure %1 was drawn from: it is checked like any table.</source>
        <translation>Enwch y tabl y lluniwyd y ffigur %1 ohono: caiff ei wirio fel unrhyw dabl.</translation>
    </message>
    <message>
        <source>Describe the table %1, which the figure %2 was drawn from.</source>
        <translation>Disgrifiwch y tabl %1, y lluniwyd y ffigur %2 ohono.</translation>
    </message>
    <message>
        <source>%1 needs the file with the number of records behind each cell (the counts).</source>
        <translation>Mae angen y ffeil sydd â nifer y cofnodion y tu ôl i bob cell (y cyfrifon) ar %1.</translation>
    </message>
    <message>
        <source>%1 shows %2: add the files with the largest and second-largest contribution to each cell.</source>
        <translation>Mae %1 yn dangos %2: ychwanegwch y ffeiliau sydd â&apos;r cyfraniad mwyaf a&apos;r ail fwyaf i bob cell.</translation>
    </message>
    <message>
        <source>%1 is not in the workspace.</source>
        <translation>Nid yw %1 yn y gofod gwaith.</translation>
    </message>
    <message>
        <source>Run the checks before going on.</source>
        <translation>Rhedwch y gwiriadau cyn mynd ymlaen.</translation>
    </message>
    <message>
        <source>Files have changed since the last check: run the checks again.</source>
        <translation>Mae ffeiliau wedi newid ers y gwiriad diwethaf: rhedwch y gwiriadau eto.</translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation>Nid oedd modd gwirio %1: %2</translation>
    </message>
    <message>
        <source>%1: fix it in the workspace and run the checks again, or explain why it is safe.</source>
        <translation>%1: cywirwch hyn yn y gofod gwaith a rhedeg y gwiriadau eto, neu esboniwch pam ei fod yn ddiogel.</translation>
    </message>
    <message>
        <source>Explain in a sentence or two why this output is safe to release.</source>
        <translation>Esboniwch mewn brawddeg neu ddwy pam mae&apos;r allbwn hwn yn ddiogel i&apos;w ryddhau.</translation>
    </message>
    <message>
        <source>Say what %1 is.</source>
        <translation>Dywedwch beth yw %1.</translation>
    </message>
    <message>
        <source>Say where %1 will be published, or to whom it goes.</source>
        <translation>Dywedwch ble y caiff %1 ei gyhoeddi, neu at bwy y mae&apos;n mynd.</translation>
    </message>
    <message>
        <source>Say what disclosure control you applied (suppression, rounding, grouping...).</source>
        <translation>Dywedwch pa reolaeth datgelu a ddefnyddiwyd gennych (atal, talgrynnu, grwpio...).</translation>
    </message>
    <message>
        <source>Say what you changed in answer to the output checkers.</source>
        <translation>Dywedwch beth a newidiwyd gennych mewn ymateb i&apos;r gwirwyr allbynnau.</translation>
    </message>
    <message>
        <source>Confirm the declaration to submit.</source>
        <translation>Cadarnhewch y datganiad i gyflwyno.</translation>
    </message>
    <message>
        <source>The checks&apos; answer could not be read: %1</source>
        <translation>Nid oedd modd darllen ateb y gwiriadau: %1</translation>
    </message>
    <message>
        <source>The request was sent, but the answer could not be read: %1. Look for it in My submissions before sending it again.</source>
        <translation>Anfonwyd y cais, ond nid oedd modd darllen yr ateb: %1. Chwiliwch amdano yn Fy nghyflwyniadau cyn ei anfon eto.</translation>
    </message>
    <message>
        <source>%1 could not be checked.</source>
        <translation>Nid oedd modd gwirio %1.</translation>
    </message>
    <message>
        <source>sums</source>
        <translation>symiau</translation>
    </message>
    <message>
        <source>means</source>
        <translation>cymedrau</translation>
    </message>
    <message>
        <source>ratios</source>
        <translation>cymarebau</translation>
    </message>
</context>
<context>
    <name>srs::session::WorkspaceSync</name>
    <message>
        <source>The cache is not open: %1</source>
        <translation>Nid yw&apos;r storfa ar agor: %1</translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation>Nid oedd modd darllen ateb y gweinydd: %1</translation>
    </message>
</context>
<context>
    <name>srs::ui</name>
    <message>
        <source>You could not be signed in</source>
        <translation>Nid oedd modd eich mewngofnodi</translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation>Canslwyd y mewngofnodi</translation>
    </message>
    <message>
        <source>The clearance server could not be reached</source>
        <translation>Nid oedd modd cyrraedd y gweinydd cliriad</translation>
    </message>
    <message>
        <source>Those details are not right</source>
        <translation>Nid yw&apos;r manylion hynny&apos;n gywir</translation>
    </message>
    <message>
        <source>Your account is locked</source>
        <translation>Mae eich cyfrif wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation>Gormod o ymdrechion</translation>
    </message>
    <message>
        <source>This session belongs to another device</source>
        <translation>Mae&apos;r sesiwn hon yn perthyn i ddyfais arall</translation>
    </message>
    <message>
        <source>Your account is disabled</source>
        <translation>Mae eich cyfrif wedi&apos;i analluogi</translation>
    </message>
    <message>
        <source>Your accreditation does not allow access</source>
        <translation>Nid yw eich achrediad yn caniatáu mynediad</translation>
    </message>
    <message>
        <source>This network or device is not approved</source>
        <translation>Nid yw&apos;r rhwydwaith neu&apos;r ddyfais hon wedi&apos;u cymeradwyo</translation>
    </message>
    <message>
        <source>Project access is not allowed from here</source>
        <translation>Ni chaniateir mynediad i brosiectau o&apos;r fan hon</translation>
    </message>
    <message>
        <source>You have no booking to come. Book a terminal from the service desk.</source>
        <translation>Nid oes gennych unrhyw archeb i ddod. Archebwch derfynell o ddesg y gwasanaeth.</translation>
    </message>
    <message>
        <source>Your next booking: %1, %2, in %3 (terminal %4).</source>
        <translation>Eich archeb nesaf: %1, %2, yn %3 (terfynell %4).</translation>
    </message>
    <message>
        <source>You need a booking for this safe room</source>
        <translation>Mae angen archeb arnoch ar gyfer yr ystafell ddiogel hon</translation>
    </message>
</context>
<context>
    <name>srs::ui::AddPersonDialog</name>
    <message>
        <source>Add a person</source>
        <translation>Ychwanegu person</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Full &amp;name:</source>
        <translation>Enw &amp;llawn:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>E-&amp;bost:</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>The service makes a random initial password and a new authenticator secret. You will see them once, to hand to the person.</source>
        <translation>Mae&apos;r gwasanaeth yn creu cyfrinair cychwynnol ar hap a chyfrinach newydd i&apos;r ap dilysu. Byddwch yn eu gweld unwaith, i&apos;w rhoi i&apos;r person.</translation>
    </message>
    <message>
        <source>&amp;Add the person</source>
        <translation>&amp;Ychwanegu&apos;r person</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Give a username and the person&apos;s full name.</source>
        <translation>Rhowch enw defnyddiwr ac enw llawn y person.</translation>
    </message>
    <message>
        <source>A username has 2 to 64 lower-case letters, digits, dots, dashes or underscores.</source>
        <translation>Mae enw defnyddiwr yn cynnwys rhwng 2 a 64 o lythrennau bach, digidau, dotiau, cysylltnodau neu danlinellau.</translation>
    </message>
    <message>
        <source>The email address is not complete.</source>
        <translation>Nid yw&apos;r cyfeiriad e-bost yn gyflawn.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Dewiswch o leiaf un rôl.</translation>
    </message>
</context>
<context>
    <name>srs::ui::BlockTerminalDialog</name>
    <message>
        <source>Block a terminal in %1</source>
        <translation>Rhwystro terfynell yn %1</translation>
    </message>
    <message>
        <source>For example: the screen is being replaced</source>
        <translation>Er enghraifft: mae&apos;r sgrin yn cael ei newid</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terfynell</translation>
    </message>
    <message>
        <source>First day out of use</source>
        <translation>Diwrnod cyntaf allan o ddefnydd</translation>
    </message>
    <message>
        <source>Last day out of use</source>
        <translation>Diwrnod olaf allan o ddefnydd</translation>
    </message>
    <message>
        <source>Why the terminal is out of use</source>
        <translation>Pam mae&apos;r derfynell allan o ddefnydd</translation>
    </message>
    <message>
        <source>&amp;Block</source>
        <translation>Rh&amp;wystro</translation>
    </message>
    <message>
        <source>Bookings of the terminal on those days are cancelled, and their people are shown the reason.</source>
        <translation>Caiff archebion y derfynell ar y diwrnodau hynny eu canslo, a bydd y bobl a&apos;u gwnaeth yn gweld y rheswm.</translation>
    </message>
    <message>
        <source>&amp;Terminal:</source>
        <translation>&amp;Terfynell:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;O:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;I:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
</context>
<context>
    <name>srs::ui::BlockedPage</name>
    <message>
        <source>This workstation cannot be used for the service right now</source>
        <translation>Nid oes modd defnyddio&apos;r weithfan hon ar gyfer y gwasanaeth ar hyn o bryd</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>For IT support: %1 (%2)</source>
        <translation>Ar gyfer cymorth TG: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>srs::ui::BookTerminalDialog</name>
    <message>
        <source>&amp;Book</source>
        <translation>&amp;Archebu</translation>
    </message>
    <message>
        <source>Book a safe-room terminal</source>
        <translation>Archebu terfynell ystafell ddiogel</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Prynhawn</translation>
    </message>
    <message>
        <source>All day</source>
        <translation>Drwy&apos;r dydd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Safe room</source>
        <translation>Ystafell ddiogel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terfynell</translation>
    </message>
    <message>
        <source>The room&apos;s terminals that day</source>
        <translation>Terfynellau&apos;r ystafell y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Safe &amp;room:</source>
        <translation>&amp;Ystafell ddiogel:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message>
        <source>&amp;Time:</source>
        <translation>A&amp;mser:</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Prosiect:</translation>
    </message>
    <message>
        <source>T&amp;erminal:</source>
        <translation>&amp;Terfynell:</translation>
    </message>
    <message>
        <source>Any free terminal</source>
        <translation>Unrhyw derfynell sydd ar gael</translation>
    </message>
    <message>
        <source>None of your projects needs a safe room, so there is nothing to book.</source>
        <translation>Nid oes angen ystafell ddiogel ar yr un o&apos;ch prosiectau, felly nid oes dim i&apos;w archebu.</translation>
    </message>
    <message>
        <source>Booking…</source>
        <translation>Yn archebu…</translation>
    </message>
</context>
<context>
    <name>srs::ui::BookingsPanel</name>
    <message>
        <source>&amp;Book a terminal…</source>
        <translation>Archebu &amp;terfynell…</translation>
    </message>
    <message>
        <source>&amp;Cancel booking</source>
        <translation>&amp;Canslo archeb</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>A&amp;dnewyddu</translation>
    </message>
    <message>
        <source>Projects with safe-room-only data, or without approval for home working, are worked on in a safe room. Book a terminal for a day or half a day: mornings end and afternoons start at 13:00.</source>
        <translation>Mae gwaith ar brosiectau sydd â data ystafell ddiogel yn unig, neu heb gymeradwyaeth i weithio gartref, yn digwydd mewn ystafell ddiogel. Archebwch derfynell am ddiwrnod neu hanner diwrnod: mae&apos;r bore&apos;n dod i ben a&apos;r prynhawn yn dechrau am 13:00.</translation>
    </message>
    <message>
        <source>Your safe-room bookings</source>
        <translation>Eich archebion ystafell ddiogel</translation>
    </message>
    <message>
        <source>Book a terminal</source>
        <translation>Archebu terfynell</translation>
    </message>
    <message>
        <source>Cancel the chosen booking</source>
        <translation>Canslo&apos;r archeb a ddewiswyd</translation>
    </message>
    <message>
        <source>Refresh your bookings</source>
        <translation>Adnewyddu eich archebion</translation>
    </message>
    <message>
        <source>You have no bookings.</source>
        <translation>Nid oes gennych unrhyw archebion.</translation>
    </message>
    <message>
        <source>Booked: %1 on %2, %3.</source>
        <translation>Archebwyd: %1, %2, %3.</translation>
    </message>
    <message>
        <source>Safe-room &amp;bookings</source>
        <translation>&amp;Archebion ystafell ddiogel</translation>
    </message>
</context>
<context>
    <name>srs::ui::BringFilesDialog</name>
    <message>
        <source>Add &amp;files…</source>
        <translation>Ychwanegu &amp;ffeiliau…</translation>
    </message>
    <message>
        <source>Add a f&amp;older…</source>
        <translation>Ychwanegu ff&amp;older…</translation>
    </message>
    <message>
        <source>&amp;Describe the chosen files…</source>
        <translation>&amp;Disgrifio&apos;r ffeiliau a ddewiswyd…</translation>
    </message>
    <message>
        <source>&amp;Remove from the list</source>
        <translation>&amp;Tynnu o&apos;r rhestr</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Anfon</translation>
    </message>
    <message>
        <source>Bring files into %1</source>
        <translation>Dod â ffeiliau i mewn i %1</translation>
    </message>
    <message>
        <source>Bring files into %1 %2</source>
        <translation>Dod â ffeiliau i mewn i %1 %2</translation>
    </message>
    <message>
        <source>Choose code or small reference data (look-up tables, code lists) on this computer. Each file is checked when it arrives (its type, malware, identifiers) and an output checker approves it before it appears in the project&apos;s workspace under ingest/. Archives and packages are refused: the service cannot take packages from public code repositories.</source>
        <translation>Dewiswch god neu ddata cyfeirio bach (tablau chwilio, rhestrau codau) ar y cyfrifiadur hwn. Caiff pob ffeil ei gwirio pan fydd yn cyrraedd (ei math, meddalwedd faleisus, dynodwyr) ac mae gwiriwr allbynnau yn ei chymeradwyo cyn iddi ymddangos yng ngweithle&apos;r prosiect o dan ingest/. Gwrthodir archifau a phecynnau: ni all y gwasanaeth dderbyn pecynnau o storfeydd cod cyhoeddus.</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>What it is and why the project needs it</source>
        <translation>Beth ydyw a pham mae ei angen ar y prosiect</translation>
    </message>
    <message>
        <source>Files to bring in</source>
        <translation>Ffeiliau i ddod â nhw i mewn</translation>
    </message>
    <message>
        <source>Each file with its size and SHA-256; type what it is and why the project needs it in the last column (F2 to edit).</source>
        <translation>Pob ffeil gyda&apos;i maint a&apos;i SHA-256; teipiwch beth ydyw a pham mae ei hangen ar y prosiect yn y golofn olaf (F2 i olygu).</translation>
    </message>
    <message>
        <source>Working out the files&apos; SHA-256</source>
        <translation>Yn cyfrifo SHA-256 y ffeiliau</translation>
    </message>
    <message>
        <source>For example: our cleaning code from the pilot study, and the 2021 local-authority look-up table the analysis joins on.</source>
        <translation>Er enghraifft: ein cod glanhau o&apos;r astudiaeth beilot, a thabl chwilio awdurdodau lleol 2021 y mae&apos;r dadansoddiad yn uno arno.</translation>
    </message>
    <message>
        <source>&amp;Why the project needs these files</source>
        <translation>&amp;Pam mae angen y ffeiliau hyn ar y prosiect</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Working out SHA-256: %1 of %2</source>
        <translation>Yn cyfrifo SHA-256: %1 o %2</translation>
    </message>
    <message>
        <source>Files to bring into %1</source>
        <translation>Ffeiliau i ddod â nhw i mewn i %1</translation>
    </message>
    <message>
        <source>A folder to bring into %1</source>
        <translation>Ffolder i ddod â hi i mewn i %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is a symbolic link; choose the file it points to.</source>
        <translation>Mae &quot;%1&quot; yn ddolen symbolaidd; dewiswch y ffeil y mae&apos;n pwyntio ati.</translation>
    </message>
    <message numerus="yes">
        <source>&quot;%1&quot; holds more than %n files; choose the ones the project needs.</source>
        <translation>
            <numerusform>Mae &quot;%1&quot; yn dal mwy na %n ffeil; dewiswch y rhai sydd eu hangen ar y prosiect.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn dal mwy nag un ffeil; dewiswch y rhai sydd eu hangen ar y prosiect.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn dal mwy na %n ffeil; dewiswch y rhai sydd eu hangen ar y prosiect.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn dal mwy na %n ffeil; dewiswch y rhai sydd eu hangen ar y prosiect.</numerusform>
            <numerusform>Mae &quot;%1&quot; yn dal mwy na %n ffeil; dewiswch y rhai sydd eu hangen ar y prosiect.</numerusform>
        </translation>
    </message>
    <message>
        <source>&quot;%1&quot;: %2</source>
        <translation>&quot;%1&quot;: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is in the list already.</source>
        <translation>Mae &quot;%1&quot; yn y rhestr eisoes.</translation>
    </message>
    <message>
        <source>working out…</source>
        <translation>yn cyfrifo…</translation>
    </message>
    <message>
        <source>Not added: %1</source>
        <translation>Heb ei ychwanegu: %1</translation>
    </message>
    <message>
        <source>Describe the chosen files</source>
        <translation>Disgrifio&apos;r ffeiliau a ddewiswyd</translation>
    </message>
    <message numerus="yes">
        <source>What the %n chosen file(s) are and why the project needs them:</source>
        <translation>
            <numerusform>Beth yw&apos;r %n ffeil a ddewiswyd a pham mae eu hangen ar y prosiect:</numerusform>
            <numerusform>Beth yw&apos;r ffeil a ddewiswyd a pham mae ei hangen ar y prosiect:</numerusform>
            <numerusform>Beth yw&apos;r %n ffeil a ddewiswyd a pham mae eu hangen ar y prosiect:</numerusform>
            <numerusform>Beth yw&apos;r %n ffeil a ddewiswyd a pham mae eu hangen ar y prosiect:</numerusform>
            <numerusform>Beth yw&apos;r %n ffeil a ddewiswyd a pham mae eu hangen ar y prosiect:</numerusform>
        </translation>
    </message>
    <message>
        <source>Add the files to bring in.</source>
        <translation>Ychwanegwch y ffeiliau i ddod â nhw i mewn.</translation>
    </message>
    <message>
        <source>Working out the files&apos; SHA-256…</source>
        <translation>Yn cyfrifo SHA-256 y ffeiliau…</translation>
    </message>
    <message>
        <source>Say what &quot;%1&quot; is and why the project needs it.</source>
        <translation>Dywedwch beth yw &quot;%1&quot; a pham mae ei angen ar y prosiect.</translation>
    </message>
    <message numerus="yes">
        <source>What &quot;%1&quot; is takes more than %n characters.</source>
        <translation>
            <numerusform>Mae&apos;r disgrifiad o &quot;%1&quot; yn hwy na %n nod.</numerusform>
            <numerusform>Mae&apos;r disgrifiad o &quot;%1&quot; yn hwy nag un nod.</numerusform>
            <numerusform>Mae&apos;r disgrifiad o &quot;%1&quot; yn hwy na %n nod.</numerusform>
            <numerusform>Mae&apos;r disgrifiad o &quot;%1&quot; yn hwy na %n nod.</numerusform>
            <numerusform>Mae&apos;r disgrifiad o &quot;%1&quot; yn hwy na %n nod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Say why the project needs these files.</source>
        <translation>Dywedwch pam mae angen y ffeiliau hyn ar y prosiect.</translation>
    </message>
    <message numerus="yes">
        <source>The reason takes more than %n characters.</source>
        <translation>
            <numerusform>Mae&apos;r rheswm yn hwy na %n nod.</numerusform>
            <numerusform>Mae&apos;r rheswm yn hwy nag un nod.</numerusform>
            <numerusform>Mae&apos;r rheswm yn hwy na %n nod.</numerusform>
            <numerusform>Mae&apos;r rheswm yn hwy na %n nod.</numerusform>
            <numerusform>Mae&apos;r rheswm yn hwy na %n nod.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all.</source>
        <translation>
            <numerusform>%n ffeil, %1 i gyd.</numerusform>
            <numerusform>Un ffeil, %1 i gyd.</numerusform>
            <numerusform>%n ffeil, %1 i gyd.</numerusform>
            <numerusform>%n ffeil, %1 i gyd.</numerusform>
            <numerusform>%n ffeil, %1 i gyd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Sending…</source>
        <translation>Yn anfon…</translation>
    </message>
</context>
<context>
    <name>srs::ui::CodePreviewWidget</name>
    <message>
        <source>Findings of this code file</source>
        <translation>Canfyddiadau&apos;r ffeil god hon</translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation>Rhagolwg cod</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln llinellau</numerusform>
            <numerusform>%Ln llinell</numerusform>
            <numerusform>%Ln llinell</numerusform>
            <numerusform>%Ln llinell</numerusform>
            <numerusform>%Ln llinell</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln line(s) flagged</source>
        <translation>
            <numerusform>; %Ln llinellau wedi&apos;u nodi</numerusform>
            <numerusform>; %Ln llinell wedi&apos;i nodi</numerusform>
            <numerusform>; %Ln llinell wedi&apos;u nodi</numerusform>
            <numerusform>; %Ln llinell wedi&apos;u nodi</numerusform>
            <numerusform>; %Ln llinell wedi&apos;u nodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln hidden or direction-changing character(s), shown as ⟦U+…⟧</source>
        <translation>
            <numerusform>; %Ln nodau cudd neu nodau sy&apos;n newid cyfeiriad, wedi&apos;u dangos fel ⟦U+…⟧</numerusform>
            <numerusform>; %Ln nod cudd neu nod sy&apos;n newid cyfeiriad, wedi&apos;i ddangos fel ⟦U+…⟧</numerusform>
            <numerusform>; %Ln nod cudd neu nod sy&apos;n newid cyfeiriad, wedi&apos;u dangos fel ⟦U+…⟧</numerusform>
            <numerusform>; %Ln nod cudd neu nod sy&apos;n newid cyfeiriad, wedi&apos;u dangos fel ⟦U+…⟧</numerusform>
            <numerusform>; %Ln nod cudd neu nod sy&apos;n newid cyfeiriad, wedi&apos;u dangos fel ⟦U+…⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln finding(s) name lines the file does not have: see the list below</source>
        <translation>
            <numerusform>; mae %Ln canfyddiadau yn enwi llinellau nad ydynt yn y ffeil: gweler y rhestr isod</numerusform>
            <numerusform>; mae %Ln canfyddiad yn enwi llinell nad yw yn y ffeil: gweler y rhestr isod</numerusform>
            <numerusform>; mae %Ln canfyddiad yn enwi llinellau nad ydynt yn y ffeil: gweler y rhestr isod</numerusform>
            <numerusform>; mae %Ln canfyddiad yn enwi llinellau nad ydynt yn y ffeil: gweler y rhestr isod</numerusform>
            <numerusform>; mae %Ln canfyddiad yn enwi llinellau nad ydynt yn y ffeil: gweler y rhestr isod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::CodeView</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (%n arall hefyd)</numerusform>
            <numerusform> (un arall hefyd)</numerusform>
            <numerusform> (%n arall hefyd)</numerusform>
            <numerusform> (%n arall hefyd)</numerusform>
            <numerusform> (%n arall hefyd)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::CompletionDialog</name>
    <message>
        <source>Report project %1 complete</source>
        <translation>Rhoi gwybod bod prosiect %1 wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>List the project&apos;s final publications, each with a link (starting https://) or a DOI. If there are none yet, report the project complete without any. Once complete, the project&apos;s workspace closes for everyone, and you will be asked to confirm that copies of outputs released before publication have been destroyed.</source>
        <translation>Rhestrwch gyhoeddiadau terfynol y prosiect, pob un gyda dolen (yn dechrau https://) neu DOI. Os nad oes rhai eto, rhowch wybod bod y prosiect wedi&apos;i gwblhau hebddynt. Unwaith y bydd wedi&apos;i gwblhau, bydd gofod gwaith y prosiect yn cau i bawb, a gofynnir i chi gadarnhau bod copïau o allbynnau a ryddhawyd cyn cyhoeddi wedi&apos;u dinistrio.</translation>
    </message>
    <message>
        <source>Publication title</source>
        <translation>Teitl y cyhoeddiad</translation>
    </message>
    <message>
        <source>Publication link or DOI</source>
        <translation>Dolen neu DOI y cyhoeddiad</translation>
    </message>
    <message>
        <source>https://… or 10.1234/…</source>
        <translation>https://… neu 10.1234/…</translation>
    </message>
    <message>
        <source>&amp;Add publication</source>
        <translation>&amp;Ychwanegu cyhoeddiad</translation>
    </message>
    <message>
        <source>Publications to report</source>
        <translation>Cyhoeddiadau i roi gwybod amdanynt</translation>
    </message>
    <message>
        <source>Re&amp;move publication</source>
        <translation>Tynnu &amp;cyhoeddiad</translation>
    </message>
    <message>
        <source>Problem with the publication</source>
        <translation>Problem gyda&apos;r cyhoeddiad</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Teitl:</translation>
    </message>
    <message>
        <source>&amp;Link or DOI:</source>
        <translation>&amp;Dolen neu DOI:</translation>
    </message>
    <message>
        <source>&amp;Report complete</source>
        <translation>&amp;Rhoi gwybod ei fod wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Give the publication&apos;s title.</source>
        <translation>Rhowch deitl y cyhoeddiad.</translation>
    </message>
    <message>
        <source>The link must start with https:// or http://, or be a DOI such as 10.1234/abcd.</source>
        <translation>Rhaid i&apos;r ddolen ddechrau gyda https:// neu http://, neu fod yn DOI fel 10.1234/abcd.</translation>
    </message>
    <message>
        <source>No more publications can be added.</source>
        <translation>Nid oes modd ychwanegu rhagor o gyhoeddiadau.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
</context>
<context>
    <name>srs::ui::ConnectionPanel</name>
    <message>
        <source>&amp;Try again</source>
        <translation>&amp;Rhoi cynnig arall arni</translation>
    </message>
    <message>
        <source>Connection status icon</source>
        <translation>Eicon statws y cysylltiad</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Statws y cysylltiad</translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation>Manylion technegol</translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation>Ceisio cysylltu eto</translation>
    </message>
    <message>
        <source>Clearance server:</source>
        <translation>Gweinydd cliriad:</translation>
    </message>
    <message>
        <source>Clearance server address</source>
        <translation>Cyfeiriad y gweinydd cliriad</translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation>Fersiwn y gweinydd:</translation>
    </message>
    <message>
        <source>Server version</source>
        <translation>Fersiwn y gweinydd</translation>
    </message>
    <message>
        <source>This device:</source>
        <translation>Y ddyfais hon:</translation>
    </message>
    <message>
        <source>Device name</source>
        <translation>Enw&apos;r ddyfais</translation>
    </message>
    <message>
        <source>Recognised as:</source>
        <translation>Wedi&apos;i hadnabod fel:</translation>
    </message>
    <message>
        <source>Setting the server recognised</source>
        <translation>Y lleoliad a adnabuwyd gan y gweinydd</translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation>Sefydliad:</translation>
    </message>
    <message>
        <source>Organisation that owns this device</source>
        <translation>Y sefydliad sy&apos;n berchen ar y ddyfais hon</translation>
    </message>
    <message>
        <source>Safe room:</source>
        <translation>Ystafell ddiogel:</translation>
    </message>
    <message>
        <source>Safe room site</source>
        <translation>Safle&apos;r ystafell ddiogel</translation>
    </message>
    <message>
        <source>Connecting to the clearance server…</source>
        <translation>Wrthi&apos;n cysylltu â&apos;r gweinydd cliriad…</translation>
    </message>
    <message>
        <source>Checking the secure connection to %1. This takes a few seconds.</source>
        <translation>Wrthi&apos;n gwirio&apos;r cysylltiad diogel â %1. Mae hyn yn cymryd ychydig eiliadau.</translation>
    </message>
    <message>
        <source>Connected to the clearance server</source>
        <translation>Wedi cysylltu â&apos;r gweinydd cliriad</translation>
    </message>
    <message>
        <source>The secure connection works, and the server recognised this device.</source>
        <translation>Mae&apos;r cysylltiad diogel yn gweithio, ac mae&apos;r gweinydd wedi adnabod y ddyfais hon.</translation>
    </message>
    <message>
        <source>Note: this workstation is set up as a %1, but the server recognised it as a %2. Tell your IT support.</source>
        <translation>Sylwch: mae&apos;r weithfan hon wedi&apos;i gosod fel %1, ond mae&apos;r gweinydd wedi&apos;i hadnabod fel %2. Rhowch wybod i&apos;ch cymorth TG.</translation>
    </message>
    <message>
        <source>%1 (protocol version %2)</source>
        <translation>%1 (fersiwn protocol %2)</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation>&amp;Gwirio eto</translation>
    </message>
    <message>
        <source>Cannot connect to the clearance server</source>
        <translation>Nid oes modd cysylltu â&apos;r gweinydd cliriad</translation>
    </message>
    <message>
        <source>Technical details: %1 — %2</source>
        <translation>Manylion technegol: %1 — %2</translation>
    </message>
    <message>
        <source>safe-room terminal</source>
        <translation>terfynell ystafell ddiogel</translation>
    </message>
    <message>
        <source>organisation device</source>
        <translation>dyfais sefydliad</translation>
    </message>
    <message>
        <source>unrecognised device</source>
        <translation>dyfais nas adnabyddir</translation>
    </message>
</context>
<context>
    <name>srs::ui::CredentialsForm</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation>Mae Caps Lock ymlaen.</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>for example, asha.patel</source>
        <translation>er enghraifft, asha.patel</translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation>&amp;Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Cyfrinair</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Cyfrinair</translation>
    </message>
    <message>
        <source>Security code</source>
        <translation>Cod diogelwch</translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation>6 digid o&apos;ch ap dilysu</translation>
    </message>
    <message>
        <source>Security &amp;code</source>
        <translation>Cod &amp;diogelwch</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>Enter your username</source>
        <translation>Rhowch eich enw defnyddiwr</translation>
    </message>
    <message>
        <source>Your username is usually firstname.lastname.</source>
        <translation>Fel arfer, eich enw defnyddiwr yw enwcyntaf.cyfenw.</translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation>Rhowch eich cyfrinair</translation>
    </message>
    <message>
        <source>Type the password for your service account.</source>
        <translation>Teipiwch gyfrinair eich cyfrif gwasanaeth.</translation>
    </message>
    <message>
        <source>Enter your security code</source>
        <translation>Rhowch eich cod diogelwch</translation>
    </message>
    <message>
        <source>Type the 6-digit code your authenticator app shows now for the Secure Research Service.</source>
        <translation>Teipiwch y cod 6 digid y mae eich ap dilysu yn ei ddangos nawr ar gyfer y Gwasanaeth Ymchwil Diogel.</translation>
    </message>
</context>
<context>
    <name>srs::ui::DeclarationsPage</name>
    <message>
        <source>I have read this declaration and I agree to it.</source>
        <translation>Rwyf wedi darllen y datganiad hwn ac rwy&apos;n cytuno iddo.</translation>
    </message>
    <message>
        <source>Accept and continue</source>
        <translation>Derbyn a pharhau</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Before you continue</source>
        <translation>Cyn i chi barhau</translation>
    </message>
    <message>
        <source>Your acceptance could not be recorded: %1</source>
        <translation>Nid oedd modd cofnodi eich derbyniad: %1</translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation>%1 (fersiwn %2)</translation>
    </message>
    <message>
        <source>Text of the declaration</source>
        <translation>Testun y datganiad</translation>
    </message>
    <message numerus="yes">
        <source>You must read and accept %n declaration(s) before you can work in the service. This is the first.</source>
        <translation>
            <numerusform>Rhaid i chi ddarllen a derbyn %n datganiadau cyn y gallwch weithio yn y gwasanaeth. Dyma&apos;r cyntaf.</numerusform>
            <numerusform>Rhaid i chi ddarllen a derbyn y datganiad hwn cyn y gallwch weithio yn y gwasanaeth.</numerusform>
            <numerusform>Rhaid i chi ddarllen a derbyn %n datganiad cyn y gallwch weithio yn y gwasanaeth. Dyma&apos;r cyntaf.</numerusform>
            <numerusform>Rhaid i chi ddarllen a derbyn %n datganiad cyn y gallwch weithio yn y gwasanaeth. Dyma&apos;r cyntaf.</numerusform>
            <numerusform>Rhaid i chi ddarllen a derbyn %n datganiad cyn y gallwch weithio yn y gwasanaeth. Dyma&apos;r cyntaf.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::DeskProjectsModel</name>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Arweinydd</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
</context>
<context>
    <name>srs::ui::ExtensionDialog</name>
    <message>
        <source>Ask for an extension of %1</source>
        <translation>Gofyn am estyniad i %1</translation>
    </message>
    <message>
        <source>Project %1 now ends on %2. Choose the new end date and say why the project needs it. Research support decides and tells you their reason.</source>
        <translation>Ar hyn o bryd, mae prosiect %1 yn dod i ben ar %2. Dewiswch y dyddiad gorffen newydd a dywedwch pam mae ei angen ar y prosiect. Y tîm cymorth ymchwil sy&apos;n penderfynu, a bydd yn dweud wrthych beth yw&apos;r rheswm.</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>Dyddiad gorffen newydd</translation>
    </message>
    <message>
        <source>Reason for the extension</source>
        <translation>Rheswm dros yr estyniad</translation>
    </message>
    <message>
        <source>New &amp;end date:</source>
        <translation>&amp;Dyddiad gorffen newydd:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Rheswm:</translation>
    </message>
    <message>
        <source>&amp;Ask for the extension</source>
        <translation>Gofyn am yr &amp;estyniad</translation>
    </message>
</context>
<context>
    <name>srs::ui::ExtensionRequestsModel</name>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Ends now</source>
        <translation>Dyddiad gorffen presennol</translation>
    </message>
    <message>
        <source>Asked for</source>
        <translation>Dyddiad y gofynnwyd amdano</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Asked by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
</context>
<context>
    <name>srs::ui::FilePreviewWidget</name>
    <message>
        <source>Image preview</source>
        <translation>Rhagolwg delwedd</translation>
    </message>
    <message>
        <source>SVG images cannot be previewed on this computer: Qt&apos;s SVG image plug-in is not installed. Open it in the secure environment to check it.</source>
        <translation>Nid oes modd rhagweld delweddau SVG ar y cyfrifiadur hwn: nid yw ategyn delweddau SVG Qt wedi&apos;i osod. Agorwch hi yn yr amgylchedd diogel i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>Files of this type cannot be previewed here. Open it in the secure environment to check it.</source>
        <translation>Nid oes modd rhagweld ffeiliau o&apos;r math hwn yma. Agorwch hi yn yr amgylchedd diogel i&apos;w gwirio.</translation>
    </message>
    <message>
        <source>This image cannot be read: %1</source>
        <translation>Nid oes modd darllen y ddelwedd hon: %1</translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation>Delwedd %1</translation>
    </message>
    <message>
        <source>%1

%2
Size: %3
SHA-256: %4</source>
        <translation>%1

%2
Maint: %3
SHA-256: %4</translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1. Open it in the secure environment to check it.</source>
        <translation>Nid oes modd dangos y PDF hwn: %1. Agorwch ef yn yr amgylchedd diogel i&apos;w wirio.</translation>
    </message>
    <message>
        <source>%1: %L2 × %L3 pixels, %4</source>
        <translation>%1: %L2 × %L3 picsel, %4</translation>
    </message>
</context>
<context>
    <name>srs::ui::FindingListModel</name>
    <message>
        <source>row %1, column %2</source>
        <translation>rhes %1, colofn %2</translation>
    </message>
    <message>
        <source>row %1</source>
        <translation>rhes %1</translation>
    </message>
    <message>
        <source>column %1</source>
        <translation>colofn %1</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>llinell %1</translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation>y ffeil gyfan</translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation>Rhes %1, colofn %2</translation>
    </message>
    <message>
        <source>Row %1 (the whole row)</source>
        <translation>Rhes %1 (y rhes gyfan)</translation>
    </message>
    <message>
        <source>Column %1 (the whole column)</source>
        <translation>Colofn %1 (y golofn gyfan)</translation>
    </message>
    <message>
        <source>The whole table</source>
        <translation>Y tabl cyfan</translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation>Y ffeil gyfan</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Llinell %1</translation>
    </message>
    <message>
        <source>Sheet %1, %2: not the sheet shown</source>
        <translation>Dalen %1, %2: nid y ddalen a ddangosir</translation>
    </message>
    <message>
        <source>Not found in this file: %1</source>
        <translation>Heb ei ganfod yn y ffeil hon: %1</translation>
    </message>
    <message>
        <source>This finding is not marked in the preview: the file shown has no such place. Check it against the file by hand.</source>
        <translation>Nid yw&apos;r canfyddiad hwn wedi&apos;i farcio yn y rhagolwg: nid oes lle o&apos;r fath yn y ffeil a ddangosir. Gwiriwch ef yn erbyn y ffeil â llaw.</translation>
    </message>
    <message>
        <source>No exception asked for</source>
        <translation>Ni ofynnwyd am eithriad</translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation>%1, %2, %3: %4</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Canlyniad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Neges</translation>
    </message>
    <message>
        <source>Researcher&apos;s justification</source>
        <translation>Cyfiawnhad yr ymchwilydd</translation>
    </message>
</context>
<context>
    <name>srs::ui::HalfDayModel</name>
    <message>
        <source>Free</source>
        <translation>Ar gael</translation>
    </message>
    <message>
        <source>Your booking</source>
        <translation>Eich archeb</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Wedi&apos;i harchebu</translation>
    </message>
    <message>
        <source>Out of use: %1</source>
        <translation>Allan o ddefnydd: %1</translation>
    </message>
    <message>
        <source>Closed: %1</source>
        <translation>Ar gau: %1</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Ar gau</translation>
    </message>
    <message>
        <source>%1 (project %2)</source>
        <translation>%1 (prosiect %2)</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terfynell</translation>
    </message>
    <message>
        <source>Morning</source>
        <translation>Bore</translation>
    </message>
    <message>
        <source>Afternoon</source>
        <translation>Prynhawn</translation>
    </message>
</context>
<context>
    <name>srs::ui::HomePage</name>
    <message>
        <source>Confirm destruction…</source>
        <translation>Cadarnhau dinistrio…</translation>
    </message>
    <message>
        <source>Lock</source>
        <translation>Cloi</translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation>Allgofnodi</translation>
    </message>
    <message>
        <source>Destruction was not recorded: %1</source>
        <translation>Ni chofnodwyd y dinistrio: %1</translation>
    </message>
    <message>
        <source>Your projects</source>
        <translation>Eich prosiectau</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Prosiectau</translation>
    </message>
    <message>
        <source>My submissions</source>
        <translation>Fy nghyflwyniadau</translation>
    </message>
    <message>
        <source>Your projects could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho eich prosiectau: %1</translation>
    </message>
    <message>
        <source>You locked the workstation.</source>
        <translation>Rydych wedi cloi&apos;r weithfan.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Wedi mewngofnodi fel %1</translation>
    </message>
    <message>
        <source>Username %1. Setting: %2, on %3.</source>
        <translation>Enw defnyddiwr %1. Lleoliad: %2, ar %3.</translation>
    </message>
    <message>
        <source>Accreditation: %1, valid to %2.</source>
        <translation>Achrediad: %1, yn ddilys tan %2.</translation>
    </message>
    <message>
        <source>full</source>
        <translation>llawn</translation>
    </message>
    <message>
        <source>provisional</source>
        <translation>dros dro</translation>
    </message>
    <message>
        <source>Support staff account.</source>
        <translation>Cyfrif staff cymorth.</translation>
    </message>
    <message>
        <source>This session lasts until %1. The workstation locks after %2 without use.</source>
        <translation>Mae&apos;r sesiwn hon yn para tan %1. Mae&apos;r weithfan yn cloi ar ôl %2 heb ei defnyddio.</translation>
    </message>
    <message>
        <source>Output checking</source>
        <translation>Gwirio allbynnau</translation>
    </message>
    <message>
        <source>Project %1 has ended. Outputs released to it before publication (release %2, %3) must now be destroyed; as its lead, confirm when every copy is gone.</source>
        <translation>Mae prosiect %1 wedi dod i ben. Rhaid dinistrio&apos;r allbynnau a ryddhawyd iddo cyn cyhoeddi (rhyddhad %2, %3) nawr; fel arweinydd y prosiect, cadarnhewch pan fydd pob copi wedi mynd.</translation>
    </message>
    <message>
        <source>Confirm destruction</source>
        <translation>Cadarnhau dinistrio</translation>
    </message>
    <message>
        <source>Release %1 of project %2 (%3) was for the project team only, until the project ended. Confirm that every copy of these files, on every computer and in e-mail, has been destroyed:

%4</source>
        <translation>Roedd rhyddhad %1 o brosiect %2 (%3) ar gyfer tîm y prosiect yn unig, nes i&apos;r prosiect ddod i ben. Cadarnhewch fod pob copi o&apos;r ffeiliau hyn, ar bob cyfrifiadur ac mewn e-bost, wedi&apos;i ddinistrio:

%4</translation>
    </message>
    <message>
        <source>Every copy is destroyed</source>
        <translation>Mae pob copi wedi&apos;i ddinistrio</translation>
    </message>
    <message>
        <source>You are not a member of any project yet.</source>
        <translation>Nid ydych yn aelod o unrhyw brosiect eto.</translation>
    </message>
    <message>
        <source>Each project with whether it can be opened from here; choose one to see its workspace.</source>
        <translation>Pob prosiect, gan ddangos a oes modd ei agor o&apos;r fan hon; dewiswch un i weld ei ofod gwaith.</translation>
    </message>
    <message>
        <source>Sections</source>
        <translation>Adrannau</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>%n munudau</numerusform>
            <numerusform>munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
            <numerusform>%n munud</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) of ended projects you lead must be destroyed; as their lead, confirm each one when every copy is gone.</source>
        <translation>
            <numerusform>Rhaid dinistrio %n rhyddhadau o brosiectau sydd wedi dod i ben ac rydych yn eu harwain; fel eu harweinydd, cadarnhewch bob un pan fydd pob copi wedi mynd.</numerusform>
            <numerusform>Rhaid dinistrio %n rhyddhad o brosiectau sydd wedi dod i ben ac rydych yn eu harwain; fel eu harweinydd, cadarnhewch bob un pan fydd pob copi wedi mynd.</numerusform>
            <numerusform>Rhaid dinistrio %n rhyddhad o brosiectau sydd wedi dod i ben ac rydych yn eu harwain; fel eu harweinydd, cadarnhewch bob un pan fydd pob copi wedi mynd.</numerusform>
            <numerusform>Rhaid dinistrio %n rhyddhad o brosiectau sydd wedi dod i ben ac rydych yn eu harwain; fel eu harweinydd, cadarnhewch bob un pan fydd pob copi wedi mynd.</numerusform>
            <numerusform>Rhaid dinistrio %n rhyddhad o brosiectau sydd wedi dod i ben ac rydych yn eu harwain; fel eu harweinydd, cadarnhewch bob un pan fydd pob copi wedi mynd.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open it</source>
        <translation>Ei agor</translation>
    </message>
    <message numerus="yes">
        <source>My submissions (%n)</source>
        <translation>
            <numerusform>Fy nghyflwyniadau (%n)</numerusform>
            <numerusform>Fy nghyflwyniadau (%n)</numerusform>
            <numerusform>Fy nghyflwyniadau (%n)</numerusform>
            <numerusform>Fy nghyflwyniadau (%n)</numerusform>
            <numerusform>Fy nghyflwyniadau (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests that came back and are not opened yet: %n</source>
        <translation>
            <numerusform>Ceisiadau a ddaeth yn ôl ac nad ydynt wedi&apos;u hagor eto: %n</numerusform>
            <numerusform>Ceisiadau a ddaeth yn ôl ac nad ydynt wedi&apos;u hagor eto: %n</numerusform>
            <numerusform>Ceisiadau a ddaeth yn ôl ac nad ydynt wedi&apos;u hagor eto: %n</numerusform>
            <numerusform>Ceisiadau a ddaeth yn ôl ac nad ydynt wedi&apos;u hagor eto: %n</numerusform>
            <numerusform>Ceisiadau a ddaeth yn ôl ac nad ydynt wedi&apos;u hagor eto: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; came back: %3.</source>
        <translation>Daeth %1 &apos;%2&apos; yn ôl: %3.</translation>
    </message>
    <message numerus="yes">
        <source>%n of your requests came back. The latest: %1</source>
        <translation>
            <numerusform>Daeth %n o&apos;ch ceisiadau yn ôl. Yr olaf: %1</numerusform>
            <numerusform>Daeth %n o&apos;ch ceisiadau yn ôl. Yr olaf: %1</numerusform>
            <numerusform>Daeth %n o&apos;ch ceisiadau yn ôl. Yr olaf: %1</numerusform>
            <numerusform>Daeth %n o&apos;ch ceisiadau yn ôl. Yr olaf: %1</numerusform>
            <numerusform>Daeth %n o&apos;ch ceisiadau yn ôl. Yr olaf: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Requests that came back</source>
        <translation>Ceisiadau a ddaeth yn ôl</translation>
    </message>
    <message>
        <source>Open request %1</source>
        <translation>Agor cais %1</translation>
    </message>
    <message>
        <source>Shows My submissions with this request chosen.</source>
        <translation>Yn dangos Fy nghyflwyniadau gyda&apos;r cais hwn wedi&apos;i ddewis.</translation>
    </message>
    <message>
        <source>A clearance request came back</source>
        <translation>Daeth cais am gliriad yn ôl</translation>
    </message>
    <message numerus="yes">
        <source>%n clearance requests came back</source>
        <translation>
            <numerusform>Daeth %n cais am gliriad yn ôl</numerusform>
            <numerusform>Daeth %n cais am gliriad yn ôl</numerusform>
            <numerusform>Daeth %n cais am gliriad yn ôl</numerusform>
            <numerusform>Daeth %n cais am gliriad yn ôl</numerusform>
            <numerusform>Daeth %n cais am gliriad yn ôl</numerusform>
        </translation>
    </message>
    <message>
        <source>Files brought in</source>
        <translation>Ffeiliau a ddaeth i mewn</translation>
    </message>
    <message>
        <source>Service desk</source>
        <translation>Desg y gwasanaeth</translation>
    </message>
    <message>
        <source>Data owner&apos;s account.</source>
        <translation>Cyfrif perchennog data.</translation>
    </message>
</context>
<context>
    <name>srs::ui::IngestDesk</name>
    <message>
        <source>Carry on</source>
        <translation>Parhau</translation>
    </message>
    <message>
        <source>Show it</source>
        <translation>Dangos</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Sending %1 into %2 stopped at %3 % before it finished. Carry on from where it stopped?</source>
        <translation>Stopiodd anfon %1 i mewn i %2 ar %3 % cyn gorffen. Parhau o&apos;r lle y stopiodd?</translation>
    </message>
    <message numerus="yes">
        <source>(%n more stopped too: see Files brought in.)</source>
        <translation>
            <numerusform>(Stopiodd %n arall hefyd: gweler Ffeiliau a ddaeth i mewn.)</numerusform>
            <numerusform>(Stopiodd un arall hefyd: gweler Ffeiliau a ddaeth i mewn.)</numerusform>
            <numerusform>(Stopiodd %n arall hefyd: gweler Ffeiliau a ddaeth i mewn.)</numerusform>
            <numerusform>(Stopiodd %n arall hefyd: gweler Ffeiliau a ddaeth i mewn.)</numerusform>
            <numerusform>(Stopiodd %n arall hefyd: gweler Ffeiliau a ddaeth i mewn.)</numerusform>
        </translation>
    </message>
    <message>
        <source>Files brought in</source>
        <translation>Ffeiliau a ddaeth i mewn</translation>
    </message>
    <message>
        <source>Show %1 under Files brought in</source>
        <translation>Dangos %1 o dan Ffeiliau a ddaeth i mewn</translation>
    </message>
</context>
<context>
    <name>srs::ui::IngestReviewDialog</name>
    <message>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Baner</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>refused by the checks</source>
        <translation>wedi&apos;i gwrthod gan y gwiriadau</translation>
    </message>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n baner</numerusform>
            <numerusform>1 faner</numerusform>
            <numerusform>%n baner</numerusform>
            <numerusform>%n baner</numerusform>
            <numerusform>%n baner</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing found</source>
        <translation>dim wedi&apos;i ganfod</translation>
    </message>
    <message>
        <source>not checked</source>
        <translation>heb ei gwirio</translation>
    </message>
    <message>
        <source>&amp;Approve this file</source>
        <translation>&amp;Cymeradwyo&apos;r ffeil hon</translation>
    </message>
    <message>
        <source>&amp;Reject this file</source>
        <translation>&amp;Gwrthod y ffeil hon</translation>
    </message>
    <message>
        <source>Review files coming in</source>
        <translation>Adolygu ffeiliau sy&apos;n dod i mewn</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Gwiriadau</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Penderfyniad</translation>
    </message>
    <message>
        <source>Files of this request</source>
        <translation>Ffeiliau&apos;r cais hwn</translation>
    </message>
    <message>
        <source>What the automatic checks found</source>
        <translation>Yr hyn a ganfu&apos;r gwiriadau awtomatig</translation>
    </message>
    <message>
        <source>Why: needed to reject a file, or to approve one the checks flagged</source>
        <translation>Pam: mae angen hyn i wrthod ffeil, neu i gymeradwyo un y rhoddodd y gwiriadau faner arni</translation>
    </message>
    <message>
        <source>What the checks found</source>
        <translation>Yr hyn a ganfu&apos;r gwiriadau</translation>
    </message>
    <message>
        <source>Your comment on this file</source>
        <translation>Eich sylw ar y ffeil hon</translation>
    </message>
    <message>
        <source>This request could not be opened: %1</source>
        <translation>Nid oedd modd agor y cais hwn: %1</translation>
    </message>
    <message>
        <source>Your vote was not recorded: %1</source>
        <translation>Ni chofnodwyd eich pleidlais: %1</translation>
    </message>
    <message>
        <source>The file cannot be shown: %1</source>
        <translation>Ni ellir dangos y ffeil: %1</translation>
    </message>
    <message>
        <source>Loading %1…</source>
        <translation>Yn llwytho %1…</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3), asked by %4 on %5.&lt;br&gt;Why the project needs them: %6&lt;br&gt;Each file needs %n approval(s); one rejection rejects it.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ar gyfer %2 (%3), gofynnwyd gan %4 ar %5.&lt;br&gt;Pam mae eu hangen ar y prosiect: %6&lt;br&gt;Mae angen %n cymeradwyaeth ar bob ffeil; mae un gwrthodiad yn ei gwrthod.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ar gyfer %2 (%3), gofynnwyd gan %4 ar %5.&lt;br&gt;Pam mae eu hangen ar y prosiect: %6&lt;br&gt;Mae angen un gymeradwyaeth ar bob ffeil; mae un gwrthodiad yn ei gwrthod.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ar gyfer %2 (%3), gofynnwyd gan %4 ar %5.&lt;br&gt;Pam mae eu hangen ar y prosiect: %6&lt;br&gt;Mae angen %n cymeradwyaeth ar bob ffeil; mae un gwrthodiad yn ei gwrthod.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ar gyfer %2 (%3), gofynnwyd gan %4 ar %5.&lt;br&gt;Pam mae eu hangen ar y prosiect: %6&lt;br&gt;Mae angen %n cymeradwyaeth ar bob ffeil; mae un gwrthodiad yn ei gwrthod.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; ar gyfer %2 (%3), gofynnwyd gan %4 ar %5.&lt;br&gt;Pam mae eu hangen ar y prosiect: %6&lt;br&gt;Mae angen %n cymeradwyaeth ar bob ffeil; mae un gwrthodiad yn ei gwrthod.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 · %2
SHA-256 %3
What it is: %4</source>
        <translation>%1 · %2
SHA-256 %3
Beth ydyw: %4</translation>
    </message>
    <message>
        <source> (line %1)</source>
        <translation> (llinell %1)</translation>
    </message>
    <message>
        <source>The automatic checks found nothing to point out.</source>
        <translation>Ni chanfu&apos;r gwiriadau awtomatig ddim i dynnu sylw ato.</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>cymeradwyodd</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>gwrthododd</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1: %2 (&quot;%3&quot;)</source>
        <translation>%1: %2 (&quot;%3&quot;)</translation>
    </message>
    <message>
        <source>%1; placed in the workspace as %2</source>
        <translation>%1; wedi&apos;i rhoi yn y gweithle fel %2</translation>
    </message>
    <message>
        <source>%1; not yet in the workspace: %2</source>
        <translation>%1; nid yw yn y gweithle eto: %2</translation>
    </message>
    <message>
        <source>Decision: %1. No votes yet.</source>
        <translation>Penderfyniad: %1. Dim pleidleisiau eto.</translation>
    </message>
    <message>
        <source>Decision: %1. Votes: %2</source>
        <translation>Penderfyniad: %1. Pleidleisiau: %2</translation>
    </message>
    <message>
        <source>A check refused this file: it can only be rejected.</source>
        <translation>Gwrthododd gwiriad y ffeil hon: dim ond ei gwrthod sy&apos;n bosibl.</translation>
    </message>
    <message>
        <source>The quarantined copy has been deleted; there is nothing to show.</source>
        <translation>Mae&apos;r copi mewn cwarantin wedi&apos;i ddileu; nid oes dim i&apos;w ddangos.</translation>
    </message>
    <message>
        <source>Loading the file from quarantine…</source>
        <translation>Yn llwytho&apos;r ffeil o&apos;r cwarantin…</translation>
    </message>
    <message>
        <source>The bytes received do not match the SHA-256 declared for this file, so it is not shown. Refresh, and tell the service team if this happens again.</source>
        <translation>Nid yw&apos;r beitiau a ddaeth i law yn cyfateb i&apos;r SHA-256 a ddatganwyd ar gyfer y ffeil hon, felly nid yw&apos;n cael ei dangos. Adnewyddwch, a rhowch wybod i dîm y gwasanaeth os bydd hyn yn digwydd eto.</translation>
    </message>
    <message>
        <source>The file as it would be placed in the workspace (SHA-256 checked).</source>
        <translation>Y ffeil fel y byddai&apos;n cael ei rhoi yn y gweithle (SHA-256 wedi&apos;i wirio).</translation>
    </message>
    <message>
        <source>The checks flagged this file: say in the comment why it is safe to bring in.</source>
        <translation>Rhoddodd y gwiriadau faner ar y ffeil hon: dywedwch yn y sylw pam ei bod yn ddiogel dod â hi i mewn.</translation>
    </message>
    <message>
        <source>Say in the comment why this file is rejected; the researcher sees it.</source>
        <translation>Dywedwch yn y sylw pam y gwrthodir y ffeil hon; mae&apos;r ymchwilydd yn ei weld.</translation>
    </message>
    <message>
        <source>Approve &quot;%1&quot;? Your vote is final.</source>
        <translation>Cymeradwyo &quot;%1&quot;? Mae eich pleidlais yn derfynol.</translation>
    </message>
    <message>
        <source>Reject &quot;%1&quot;? Your vote is final.</source>
        <translation>Gwrthod &quot;%1&quot;? Mae eich pleidlais yn derfynol.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>srs::ui::IngestReviewPanel</name>
    <message>
        <source>You are a member of this project (or asked for these files), so another checker must review them.</source>
        <translation>Rydych yn aelod o&apos;r prosiect hwn (neu fe ofynnoch am y ffeiliau hyn), felly rhaid i wiriwr arall eu hadolygu.</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Review these files…</source>
        <translation>Adolygu&apos;r ffeiliau hyn…</translation>
    </message>
    <message>
        <source>Files researchers asked to bring into their projects. Each file is approved or rejected on its own; approved files are placed in the project&apos;s workspace under ingest/.</source>
        <translation>Ffeiliau y gofynnodd ymchwilwyr am ddod â nhw i mewn i&apos;w prosiectau. Caiff pob ffeil ei chymeradwyo neu ei gwrthod ar ei phen ei hun; rhoddir ffeiliau a gymeradwywyd yng ngweithle&apos;r prosiect o dan ingest/.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Gan</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Files waiting to come in</source>
        <translation>Ffeiliau sy&apos;n aros i ddod i mewn</translation>
    </message>
    <message>
        <source>The list of files waiting could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho&apos;r rhestr o ffeiliau sy&apos;n aros: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1: %n file(s) to decide</source>
        <translation>
            <numerusform>%1: %n ffeil i benderfynu arnynt</numerusform>
            <numerusform>%1: un ffeil i benderfynu arni</numerusform>
            <numerusform>%1: %n ffeil i benderfynu arnynt</numerusform>
            <numerusform>%1: %n ffeil i benderfynu arnynt</numerusform>
            <numerusform>%1: %n ffeil i benderfynu arnynt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 (not for you)</source>
        <translation>%1 (nid i chi)</translation>
    </message>
    <message>
        <source>No files are waiting to come in.</source>
        <translation>Nid oes ffeiliau&apos;n aros i ddod i mewn.</translation>
    </message>
</context>
<context>
    <name>srs::ui::IngestView</name>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Oedi</translation>
    </message>
    <message>
        <source>C&amp;arry on</source>
        <translation>P&amp;arhau</translation>
    </message>
    <message>
        <source>Cancel this re&amp;quest…</source>
        <translation>Canslo&apos;r &amp;cais hwn…</translation>
    </message>
    <message>
        <source>Files you asked to bring into your projects. To bring more, choose a project under Projects and press &quot;Bring files into this project…&quot;.</source>
        <translation>Ffeiliau y gofynnoch am ddod â nhw i mewn i&apos;ch prosiectau. I ddod â rhagor, dewiswch brosiect o dan Prosiectau a phwyswch &quot;Dod â ffeiliau i mewn i&apos;r prosiect hwn…&quot;.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Newidiwyd</translation>
    </message>
    <message>
        <source>Files brought in</source>
        <translation>Ffeiliau a ddaeth i mewn</translation>
    </message>
    <message>
        <source>Your requests to bring files into a project, newest first; choose one to see its files.</source>
        <translation>Eich ceisiadau i ddod â ffeiliau i mewn i brosiect, y mwyaf newydd yn gyntaf; dewiswch un i weld ei ffeiliau.</translation>
    </message>
    <message>
        <source>Upload of the whole request</source>
        <translation>Llwytho&apos;r cais cyfan</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Wedi&apos;i anfon</translation>
    </message>
    <message>
        <source>Checks and decision</source>
        <translation>Gwiriadau a phenderfyniad</translation>
    </message>
    <message>
        <source>Files of the request</source>
        <translation>Ffeiliau&apos;r cais</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 into %2 %3</source>
        <translation>%1 i mewn i %2 %3</translation>
    </message>
    <message>
        <source>%1 into %2</source>
        <translation>%1 i mewn i %2</translation>
    </message>
    <message>
        <source>Why: %1</source>
        <translation>Pam: %1</translation>
    </message>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>Sent of %1</source>
        <translation>Wedi&apos;i anfon o %1</translation>
    </message>
    <message>
        <source>Cancel %1?</source>
        <translation>Canslo %1?</translation>
    </message>
    <message>
        <source>Cancel the request %1? Files already sent are deleted from quarantine and nothing reaches the workspace.</source>
        <translation>Canslo&apos;r cais %1? Caiff ffeiliau a anfonwyd eisoes eu dileu o&apos;r cwarantin ac ni fydd dim yn cyrraedd y gweithle.</translation>
    </message>
</context>
<context>
    <name>srs::ui::LockPage</name>
    <message>
        <source>Unlock</source>
        <translation>Datgloi</translation>
    </message>
    <message>
        <source>Sign out instead</source>
        <translation>Allgofnodi yn lle hynny</translation>
    </message>
    <message>
        <source>This workstation is locked</source>
        <translation>Mae&apos;r weithfan hon wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password and a new security code to carry on where you left off.</source>
        <translation>Wedi mewngofnodi fel %1 (%2). Rhowch eich cyfrinair a chod diogelwch newydd i barhau o&apos;r man lle gwnaethoch adael.</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Wrthi&apos;n mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>srs::ui::MainWindow</name>
    <message>
        <source>SRS Workstation</source>
        <translation>SRS Workstation</translation>
    </message>
    <message>
        <source>Secure Research Service</source>
        <translation>Gwasanaeth Ymchwil Diogel</translation>
    </message>
    <message>
        <source>Project data stays inside the secure environment. This workstation only shows descriptions of files, checks on outputs and outputs that have been cleared for release.</source>
        <translation>Mae data&apos;r prosiect yn aros y tu mewn i&apos;r amgylchedd diogel. Dim ond disgrifiadau o ffeiliau, gwiriadau ar allbynnau ac allbynnau sydd wedi&apos;u clirio i&apos;w rhyddhau y mae&apos;r weithfan hon yn eu dangos.</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Heb gysylltu</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Wrthi&apos;n cysylltu â %1…</translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation>Wedi cysylltu â %1 fel %2</translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation>Heb gysylltu: %1</translation>
    </message>
    <message>
        <source>SRS Workstation — locked</source>
        <translation>SRS Workstation — wedi&apos;i chloi</translation>
    </message>
    <message>
        <source>Setting check failed: %1</source>
        <translation>Methodd y gwiriad lleoliad: %1</translation>
    </message>
    <message>
        <source> through the VPN (%1)</source>
        <translation> drwy&apos;r VPN (%1)</translation>
    </message>
    <message>
        <source>&amp;Workstation</source>
        <translation>&amp;Gweithfan</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Cloi</translation>
    </message>
    <message>
        <source>You locked the workstation.</source>
        <translation>Rydych wedi cloi&apos;r weithfan.</translation>
    </message>
    <message>
        <source>&amp;Sign out</source>
        <translation>&amp;Allgofnodi</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Gadael</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>G&amp;olwg</translation>
    </message>
    <message>
        <source>&amp;Projects</source>
        <translation>&amp;Prosiectau</translation>
    </message>
    <message>
        <source>&amp;My submissions</source>
        <translation>&amp;Fy nghyflwyniadau</translation>
    </message>
    <message>
        <source>&amp;Output checking</source>
        <translation>Gwirio a&amp;llbynnau</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;dnewyddu</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>As the system</source>
        <translation>Fel y system</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>&amp;About SRS Workstation</source>
        <translation>&amp;Ynghylch SRS Workstation</translation>
    </message>
    <message>
        <source>the system&apos;s language</source>
        <translation>iaith y system</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>SRS Workstation will use this language the next time it starts: %1.</source>
        <translation>Bydd SRS Workstation yn defnyddio&apos;r iaith hon y tro nesaf y bydd yn dechrau: %1.</translation>
    </message>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Move to the next or previous control</source>
        <translation>Symud i&apos;r rheolydd nesaf neu&apos;r un blaenorol</translation>
    </message>
    <message>
        <source>Press the focused button</source>
        <translation>Pwyso&apos;r botwm sydd â&apos;r ffocws</translation>
    </message>
    <message>
        <source>Close a dialog or window</source>
        <translation>Cau deialog neu ffenestr</translation>
    </message>
    <message>
        <source>Next tab of a section</source>
        <translation>Tab nesaf adran</translation>
    </message>
    <message>
        <source>Open the menu bar</source>
        <translation>Agor y bar dewislenni</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Llwybrau byr y bysellfwrdd</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>About SRS Workstation</source>
        <translation>Ynghylch SRS Workstation</translation>
    </message>
    <message>
        <source>SRS Workstation %1

The desktop client of the secure research service: sign-in from an approved setting, project workspaces (descriptions only), clearance requests and output checking.

Nothing leaves the secure environment unless a person has checked it.</source>
        <translation>SRS Workstation %1

Cleient bwrdd gwaith y gwasanaeth ymchwil diogel: mewngofnodi o leoliad cymeradwy, gofodau gwaith prosiectau (disgrifiadau yn unig), ceisiadau am gliriad a gwirio allbynnau.

Nid oes dim yn gadael yr amgylchedd diogel oni bai bod person wedi&apos;i wirio.</translation>
    </message>
    <message>
        <source>&amp;Files brought in</source>
        <translation>&amp;Ffeiliau a ddaeth i mewn</translation>
    </message>
    <message>
        <source>&amp;Service desk</source>
        <translation>D&amp;esg y gwasanaeth</translation>
    </message>
</context>
<context>
    <name>srs::ui::MemberProjectsModel</name>
    <message>
        <source>no date</source>
        <translation>dim dyddiad</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Project %1 ends today, %2.</source>
        <translation>Mae prosiect %1 yn dod i ben heddiw, %2.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 ends on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Mae prosiect %1 yn dod i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Mae prosiect %1 yn dod i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Mae prosiect %1 yn dod i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Mae prosiect %1 yn dod i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Mae prosiect %1 yn dod i ben ar %2 (ymhen %n diwrnod).</numerusform>
        </translation>
    </message>
    <message>
        <source>Completed (was to end %1)</source>
        <translation>Wedi&apos;i gwblhau (roedd i fod i ddod i ben %1)</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Daeth i ben %1</translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s) (warning)</source>
        <translation>
            <numerusform>%1, ymhen %n diwrnod (rhybudd)</numerusform>
            <numerusform>%1, ymhen %n diwrnod (rhybudd)</numerusform>
            <numerusform>%1, ymhen %n diwrnod (rhybudd)</numerusform>
            <numerusform>%1, ymhen %n diwrnod (rhybudd)</numerusform>
            <numerusform>%1, ymhen %n diwrnod (rhybudd)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, ymhen %n diwrnod</numerusform>
            <numerusform>%1, ymhen %n diwrnod</numerusform>
            <numerusform>%1, ymhen %n diwrnod</numerusform>
            <numerusform>%1, ymhen %n diwrnod</numerusform>
            <numerusform>%1, ymhen %n diwrnod</numerusform>
        </translation>
    </message>
    <message>
        <source>Extension to %1 asked for, waiting for a decision</source>
        <translation>Gofynnwyd am estyniad hyd at %1, yn aros am benderfyniad</translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) reported</source>
        <translation>
            <numerusform>Rhoddwyd gwybod am %n cyhoeddiad</numerusform>
            <numerusform>Rhoddwyd gwybod am %n cyhoeddiad</numerusform>
            <numerusform>Rhoddwyd gwybod am %n cyhoeddiad</numerusform>
            <numerusform>Rhoddwyd gwybod am %n cyhoeddiad</numerusform>
            <numerusform>Rhoddwyd gwybod am %n cyhoeddiad</numerusform>
        </translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Yn dod i ben</translation>
    </message>
    <message>
        <source>Extension or publications</source>
        <translation>Estyniad neu gyhoeddiadau</translation>
    </message>
</context>
<context>
    <name>srs::ui::MyBookingsModel</name>
    <message>
        <source>%1 (%2 to %3)</source>
        <translation>%1 (%2 i %3)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Wedi&apos;i chanslo</translation>
    </message>
    <message>
        <source>Cancelled: %1</source>
        <translation>Wedi&apos;i chanslo: %1</translation>
    </message>
    <message>
        <source>Past</source>
        <translation>Wedi mynd heibio</translation>
    </message>
    <message>
        <source>Booked</source>
        <translation>Wedi&apos;i harchebu</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Dyddiad</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Amser</translation>
    </message>
    <message>
        <source>Safe room</source>
        <translation>Ystafell ddiogel</translation>
    </message>
    <message>
        <source>Terminal</source>
        <translation>Terfynell</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
</context>
<context>
    <name>srs::ui::NotificationButton</name>
    <message>
        <source>&amp;Notifications (%1)</source>
        <translation>&amp;Hysbysiadau (%1)</translation>
    </message>
    <message>
        <source>&amp;Notifications</source>
        <translation>&amp;Hysbysiadau</translation>
    </message>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Hysbysiadau: %n heb eu darllen</numerusform>
            <numerusform>Hysbysiadau: %n heb ei ddarllen</numerusform>
            <numerusform>Hysbysiadau: %n heb eu darllen</numerusform>
            <numerusform>Hysbysiadau: %n heb eu darllen</numerusform>
            <numerusform>Hysbysiadau: %n heb eu darllen</numerusform>
        </translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Hysbysiadau</translation>
    </message>
</context>
<context>
    <name>srs::ui::NotificationDialog</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Nodi fel wedi’i &amp;ddarllen</translation>
    </message>
    <message>
        <source>Mark &amp;all as read</source>
        <translation>Nodi’r &amp;cyfan fel wedi’u darllen</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Hysbysiadau</translation>
    </message>
    <message>
        <source>Notifications, newest first</source>
        <translation>Hysbysiadau, y mwyaf newydd yn gyntaf</translation>
    </message>
    <message>
        <source>Asking the server…</source>
        <translation>Yn gofyn i’r gweinydd…</translation>
    </message>
    <message>
        <source>Nothing yet. You are told here when a request comes back or is released, when files you brought in are decided, and of other changes waiting for you.</source>
        <translation>Dim byd eto. Cewch wybod yma pan ddaw cais yn ôl neu pan gaiff ei ryddhau, pan fydd penderfyniad ar ffeiliau a ddaethoch i mewn, ac am newidiadau eraill sy’n aros amdanoch.</translation>
    </message>
    <message numerus="yes">
        <source>%n unread.</source>
        <translation>
            <numerusform>%n heb eu darllen.</numerusform>
            <numerusform>%n heb ei ddarllen.</numerusform>
            <numerusform>%n heb eu darllen.</numerusform>
            <numerusform>%n heb eu darllen.</numerusform>
            <numerusform>%n heb eu darllen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::NotificationModel</name>
    <message>
        <source>Something changed in project %1.</source>
        <translation>Newidiodd rhywbeth ym mhrosiect %1.</translation>
    </message>
    <message>
        <source>Your request &apos;%1&apos; (%2) came back for changes.</source>
        <translation>Daeth eich cais &apos;%1&apos; (%2) yn ôl am newidiadau.</translation>
    </message>
    <message>
        <source>Your request &apos;%1&apos; (%2) was rejected.</source>
        <translation>Gwrthodwyd eich cais &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>The outputs of &apos;%1&apos; (%2) were released.</source>
        <translation>Rhyddhawyd allbynnau &apos;%1&apos; (%2).</translation>
    </message>
    <message>
        <source>Files you brought into %1: %2 of %3 approved.</source>
        <translation>Ffeiliau a ddaethoch i mewn i %1: cymeradwywyd %2 o %3.</translation>
    </message>
    <message numerus="yes">
        <source>Project %1 ends on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Daw prosiect %1 i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Daw prosiect %1 i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Daw prosiect %1 i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Daw prosiect %1 i ben ar %2 (ymhen %n diwrnod).</numerusform>
            <numerusform>Daw prosiect %1 i ben ar %2 (ymhen %n diwrnod).</numerusform>
        </translation>
    </message>
    <message>
        <source>Project %1 asks for an extension to %2.</source>
        <translation>Mae prosiect %1 yn gofyn am estyniad hyd %2.</translation>
    </message>
    <message>
        <source>The extension of project %1 was approved: it now ends on %2.</source>
        <translation>Cymeradwywyd estyniad prosiect %1: daw i ben ar %2 bellach.</translation>
    </message>
    <message>
        <source>The extension of project %1 was refused.</source>
        <translation>Gwrthodwyd estyniad prosiect %1.</translation>
    </message>
    <message>
        <source>Project %1 was suspended.</source>
        <translation>Ataliwyd prosiect %1.</translation>
    </message>
    <message>
        <source>Project %1 was reopened.</source>
        <translation>Ailagorwyd prosiect %1.</translation>
    </message>
    <message>
        <source>Project %1 is completed.</source>
        <translation>Mae prosiect %1 wedi’i gwblhau.</translation>
    </message>
    <message>
        <source>Project %1 asks to use &apos;%2&apos;: your decision is waited for.</source>
        <translation>Mae prosiect %1 yn gofyn am gael defnyddio &apos;%2&apos;: mae’n aros am eich penderfyniad.</translation>
    </message>
    <message>
        <source>The owner of &apos;%1&apos; approved its use in project %2.</source>
        <translation>Cymeradwyodd perchennog &apos;%1&apos; ei ddefnyddio ym mhrosiect %2.</translation>
    </message>
    <message>
        <source>The owner of &apos;%1&apos; refused its use in project %2.</source>
        <translation>Gwrthododd perchennog &apos;%1&apos; ei ddefnyddio ym mhrosiect %2.</translation>
    </message>
    <message>
        <source>The owner of &apos;%1&apos; withdrew its approval for project %2.</source>
        <translation>Tynnodd perchennog &apos;%1&apos; ei gymeradwyaeth i brosiect %2 yn ôl.</translation>
    </message>
    <message>
        <source>You have a safe-room booking tomorrow: %1.</source>
        <translation>Mae gennych archeb ystafell ddiogel yfory: %1.</translation>
    </message>
    <message>
        <source>Your safe-room booking of %1 was cancelled.</source>
        <translation>Canslwyd eich archeb ystafell ddiogel ar %1.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Unread: %1 (%2)</source>
        <translation>Heb ei ddarllen: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>srs::ui::OwnerProjectModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1: %2</source>
        <translation>Tynnwyd yn ôl ar %1: %2</translation>
    </message>
    <message>
        <source>Withdrawn on %1</source>
        <translation>Tynnwyd yn ôl ar %1</translation>
    </message>
    <message>
        <source>In use</source>
        <translation>Mewn defnydd</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Set ddata</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Sefydliad arweiniol</translation>
    </message>
    <message>
        <source>Approved on</source>
        <translation>Cymeradwywyd ar</translation>
    </message>
    <message>
        <source>Approval</source>
        <translation>Cymeradwyaeth</translation>
    </message>
</context>
<context>
    <name>srs::ui::OwnerProjectsPanel</name>
    <message>
        <source>&amp;Withdraw approval</source>
        <translation>&amp;Tynnu&apos;r gymeradwyaeth yn ôl</translation>
    </message>
    <message>
        <source>Projects using our data</source>
        <translation>Prosiectau sy&apos;n defnyddio ein data</translation>
    </message>
    <message>
        <source>&amp;Why you withdraw the approval (the project lead is told):</source>
        <translation>Pa&amp;m rydych yn tynnu&apos;r gymeradwyaeth yn ôl (bydd arweinydd y prosiect yn cael gwybod):</translation>
    </message>
    <message>
        <source>Reason for withdrawing</source>
        <translation>Rheswm dros dynnu&apos;n ôl</translation>
    </message>
    <message>
        <source>Withdraw the approval of this project&apos;s use of the dataset</source>
        <translation>Tynnu&apos;n ôl y gymeradwyaeth i&apos;r prosiect hwn ddefnyddio&apos;r set ddata</translation>
    </message>
    <message>
        <source>The projects could not be read: %1</source>
        <translation>Nid oedd modd darllen y prosiectau: %1</translation>
    </message>
    <message>
        <source>The approval of %1 using %2 is withdrawn; the project lead is told why.</source>
        <translation>Mae&apos;r gymeradwyaeth i %1 ddefnyddio %2 wedi&apos;i thynnu&apos;n ôl; bydd arweinydd y prosiect yn cael gwybod pam.</translation>
    </message>
    <message>
        <source>The approval was not withdrawn: %1</source>
        <translation>Ni thynnwyd y gymeradwyaeth yn ôl: %1</translation>
    </message>
    <message>
        <source>&amp;Projects using our data</source>
        <translation>&amp;Prosiectau sy&apos;n defnyddio ein data</translation>
    </message>
    <message>
        <source>Choose a project to see why it uses the data.</source>
        <translation>Dewiswch brosiect i weld pam mae&apos;n defnyddio&apos;r data.</translation>
    </message>
    <message>
        <source>%1 (%2). Approval withdrawn: %3</source>
        <translation>%1 (%2). Tynnwyd y gymeradwyaeth yn ôl: %3</translation>
    </message>
    <message>
        <source>%1. Purpose: %2. Lead organisation: %3.</source>
        <translation>%1. Diben: %2. Sefydliad arweiniol: %3.</translation>
    </message>
    <message>
        <source>Say why you withdraw the approval: the project lead is told.</source>
        <translation>Dywedwch pam rydych yn tynnu&apos;r gymeradwyaeth yn ôl: bydd arweinydd y prosiect yn cael gwybod.</translation>
    </message>
    <message>
        <source>Withdrawing the approval…</source>
        <translation>Wrthi&apos;n tynnu&apos;r gymeradwyaeth yn ôl…</translation>
    </message>
</context>
<context>
    <name>srs::ui::OwnerRequestModel</name>
    <message>
        <source>Waiting for another approver (%1 of %2 approvals)</source>
        <translation>Yn aros am gymeradwywr arall (%1 o %2 cymeradwyaeth)</translation>
    </message>
    <message>
        <source>Waiting for your answer (%1 of %2 approvals)</source>
        <translation>Yn aros am eich ateb (%1 o %2 cymeradwyaeth)</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Cymeradwywyd</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Gwrthodwyd</translation>
    </message>
    <message>
        <source>Approval withdrawn</source>
        <translation>Tynnwyd y gymeradwyaeth yn ôl</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Set ddata</translation>
    </message>
    <message>
        <source>Lead organisation</source>
        <translation>Sefydliad arweiniol</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Asked on</source>
        <translation>Gofynnwyd ar</translation>
    </message>
</context>
<context>
    <name>srs::ui::OwnerRequestsPanel</name>
    <message>
        <source>full accreditation until %1</source>
        <translation>achrediad llawn tan %1</translation>
    </message>
    <message>
        <source>provisional accreditation until %1</source>
        <translation>achrediad dros dro tan %1</translation>
    </message>
    <message>
        <source>accreditation expired on %1</source>
        <translation>daeth yr achrediad i ben ar %1</translation>
    </message>
    <message>
        <source>accreditation revoked</source>
        <translation>achrediad wedi&apos;i ddirymu</translation>
    </message>
    <message>
        <source>no accreditation</source>
        <translation>dim achrediad</translation>
    </message>
    <message>
        <source>lead</source>
        <translation>arweinydd</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>goruchwyliwr</translation>
    </message>
    <message>
        <source>member</source>
        <translation>aelod</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Cymeradwyo</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>&amp;Gwrthod</translation>
    </message>
    <message>
        <source>Requests for our data</source>
        <translation>Ceisiadau am ein data</translation>
    </message>
    <message>
        <source>The request in full</source>
        <translation>Y cais yn llawn</translation>
    </message>
    <message>
        <source>Choose a request to read it in full.</source>
        <translation>Dewiswch gais i&apos;w ddarllen yn llawn.</translation>
    </message>
    <message>
        <source>&amp;Reason (needed to refuse; a note when approving):</source>
        <translation>&amp;Rheswm (mae ei angen i wrthod; nodyn wrth gymeradwyo):</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Rheswm</translation>
    </message>
    <message>
        <source>Approve this request</source>
        <translation>Cymeradwyo&apos;r cais hwn</translation>
    </message>
    <message>
        <source>Refuse this request</source>
        <translation>Gwrthod y cais hwn</translation>
    </message>
    <message>
        <source>The requests could not be read: %1</source>
        <translation>Nid oedd modd darllen y ceisiadau: %1</translation>
    </message>
    <message>
        <source>Your answer on %1 (%2) is recorded: %3</source>
        <translation>Mae eich ateb ar %1 (%2) wedi&apos;i gofnodi: %3</translation>
    </message>
    <message>
        <source>Your answer was not recorded: %1</source>
        <translation>Ni chofnodwyd eich ateb: %1</translation>
    </message>
    <message>
        <source>Requests for our &amp;data</source>
        <translation>Ceisiadau am ein &amp;data</translation>
    </message>
    <message>
        <source>Say why you refuse: the project lead is told.</source>
        <translation>Dywedwch pam rydych yn gwrthod: bydd arweinydd y prosiect yn cael gwybod.</translation>
    </message>
    <message>
        <source>Sending your approval…</source>
        <translation>Yn anfon eich cymeradwyaeth…</translation>
    </message>
    <message>
        <source>Sending your refusal…</source>
        <translation>Yn anfon eich gwrthodiad…</translation>
    </message>
    <message>
        <source>Project %1: %2</source>
        <translation>Prosiect %1: %2</translation>
    </message>
    <message>
        <source>Purpose: %1</source>
        <translation>Diben: %1</translation>
    </message>
    <message>
        <source>not given</source>
        <translation>heb ei roi</translation>
    </message>
    <message>
        <source>Lead: %1, %2</source>
        <translation>Arweinydd: %1, %2</translation>
    </message>
    <message>
        <source>organisation not given</source>
        <translation>sefydliad heb ei nodi</translation>
    </message>
    <message>
        <source>Runs from %1 to %2</source>
        <translation>Yn rhedeg o %1 i %2</translation>
    </message>
    <message>
        <source>Dataset asked for: %1 (%2)</source>
        <translation>Set ddata y gofynnwyd amdani: %1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, owned by %3)</source>
        <translation>%1 (%2, yn eiddo i %3)</translation>
    </message>
    <message>
        <source>The project&apos;s other datasets: %1</source>
        <translation>Setiau data eraill y prosiect: %1</translation>
    </message>
    <message>
        <source>Team:</source>
        <translation>Tîm:</translation>
    </message>
    <message>
        <source>  %1 (%2): %3</source>
        <translation>  %1 (%2): %3</translation>
    </message>
    <message>
        <source>Approvals needed: %1</source>
        <translation>Cymeradwyaethau sydd eu hangen: %1</translation>
    </message>
    <message>
        <source>: %1</source>
        <translation>: %1</translation>
    </message>
    <message>
        <source>  Approved by %1%2</source>
        <translation>  Cymeradwywyd gan %1%2</translation>
    </message>
    <message>
        <source>  Refused by %1%2</source>
        <translation>  Gwrthodwyd gan %1%2</translation>
    </message>
    <message>
        <source>State: %1</source>
        <translation>Cyflwr: %1</translation>
    </message>
</context>
<context>
    <name>srs::ui::PdfPreviewWidget</name>
    <message>
        <source>Previous page</source>
        <translation>Tudalen flaenorol</translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation>Tudalen flaenorol (Page Up)</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Tudalen nesaf</translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation>Tudalen nesaf (Page Down)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Chwyddo allan</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation>Chwyddo allan (Ctrl+minws)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Chwyddo i mewn</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation>Chwyddo i mewn (Ctrl+plws)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ffitio&apos;r lled</translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation>Ffitio&apos;r dudalen i&apos;r lled (Ctrl+0)</translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation>mae wedi&apos;i ddiogelu gan gyfrinair</translation>
    </message>
    <message>
        <source>it is encrypted in a way that cannot be opened</source>
        <translation>mae wedi&apos;i amgryptio mewn ffordd nad oes modd ei hagor</translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation>mae wedi&apos;i ddifrodi neu nid yw&apos;n PDF</translation>
    </message>
    <message>
        <source>Pages of %1</source>
        <translation>Tudalennau %1</translation>
    </message>
    <message>
        <source>Page Down and Page Up turn the pages</source>
        <translation>Mae Page Down a Page Up yn troi&apos;r tudalennau</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Tudalen %1 o %2</translation>
    </message>
</context>
<context>
    <name>srs::ui::PeopleModel</name>
    <message>
        <source>Researcher</source>
        <translation>Ymchwilydd</translation>
    </message>
    <message>
        <source>Output checker</source>
        <translation>Gwiriwr allbynnau</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Gweinyddwr</translation>
    </message>
    <message>
        <source>Data owner</source>
        <translation>Perchennog data</translation>
    </message>
    <message>
        <source>, </source>
        <comment>between role names</comment>
        <translation>, </translation>
    </message>
    <message>
        <source>lead</source>
        <comment>a project role</comment>
        <translation>arweinydd</translation>
    </message>
    <message>
        <source>supervisor</source>
        <comment>a project role</comment>
        <translation>goruchwyliwr</translation>
    </message>
    <message>
        <source>member</source>
        <comment>a project role</comment>
        <translation>aelod</translation>
    </message>
    <message>
        <source>None</source>
        <comment>no accreditation</comment>
        <translation>Dim</translation>
    </message>
    <message>
        <source>Full</source>
        <comment>accreditation</comment>
        <translation>Llawn</translation>
    </message>
    <message>
        <source>Provisional</source>
        <comment>accreditation</comment>
        <translation>Dros dro</translation>
    </message>
    <message>
        <source>%1, revoked</source>
        <translation>%1, wedi&apos;i ddirymu</translation>
    </message>
    <message>
        <source>%1, starts %2</source>
        <translation>%1, yn dechrau ar %2</translation>
    </message>
    <message>
        <source>%1, expired %2</source>
        <translation>%1, daeth i ben ar %2</translation>
    </message>
    <message>
        <source>%1, valid to %2</source>
        <translation>%1, yn ddilys tan %2</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Wedi&apos;i analluogi</translation>
    </message>
    <message>
        <source>Locked after failed sign-ins</source>
        <translation>Wedi&apos;i gloi ar ôl methu mewngofnodi</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Wedi&apos;i alluogi</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Enw defnyddiwr</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Cyfrif</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Achrediad</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Prosiectau</translation>
    </message>
</context>
<context>
    <name>srs::ui::PeoplePanel</name>
    <message>
        <source>Add a perso&amp;n…</source>
        <translation>&amp;Ychwanegu person…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Name, username, role…</source>
        <translation>Enw, enw defnyddiwr, rôl…</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Pobl</translation>
    </message>
    <message>
        <source>Searc&amp;h:</source>
        <translation>&amp;Chwilio:</translation>
    </message>
    <message>
        <source>The list of people could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho&apos;r rhestr o bobl: %1</translation>
    </message>
    <message numerus="yes">
        <source>Revoked the device certificate with serial %1: %n session(s) ended.</source>
        <translation>
            <numerusform>Dirymwyd tystysgrif y ddyfais â&apos;r rhif cyfresol %1: daeth %n sesiynau i ben.</numerusform>
            <numerusform>Dirymwyd tystysgrif y ddyfais â&apos;r rhif cyfresol %1: daeth %n sesiwn i ben.</numerusform>
            <numerusform>Dirymwyd tystysgrif y ddyfais â&apos;r rhif cyfresol %1: daeth %n sesiwn i ben.</numerusform>
            <numerusform>Dirymwyd tystysgrif y ddyfais â&apos;r rhif cyfresol %1: daeth %n sesiwn i ben.</numerusform>
            <numerusform>Dirymwyd tystysgrif y ddyfais â&apos;r rhif cyfresol %1: daeth %n sesiwn i ben.</numerusform>
        </translation>
    </message>
    <message>
        <source>The device certificate with serial %1 was already revoked.</source>
        <translation>Roedd tystysgrif y ddyfais â&apos;r rhif cyfresol %1 wedi&apos;i dirymu eisoes.</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>Po&amp;bl</translation>
    </message>
</context>
<context>
    <name>srs::ui::PersonDetail</name>
    <message>
        <source>Roles</source>
        <translation>Rolau</translation>
    </message>
    <message>
        <source>Save &amp;roles</source>
        <translation>Cadw&apos;r ro&amp;lau</translation>
    </message>
    <message>
        <source>Record &amp;accreditation</source>
        <translation>Cofnodi &amp;achrediad</translation>
    </message>
    <message>
        <source>Re&amp;voke accreditation…</source>
        <translation>&amp;Dirymu&apos;r achrediad…</translation>
    </message>
    <message>
        <source>Projects the person is on</source>
        <translation>Prosiectau y mae&apos;r person yn aelod ohonynt</translation>
    </message>
    <message>
        <source>P&amp;ut on project</source>
        <translation>&amp;Ychwanegu at y prosiect</translation>
    </message>
    <message>
        <source>&amp;Take off project…</source>
        <translation>&amp;Tynnu o&apos;r prosiect…</translation>
    </message>
    <message>
        <source>&amp;Disable account…</source>
        <translation>A&amp;nalluogi&apos;r cyfrif…</translation>
    </message>
    <message>
        <source>End all &amp;sessions…</source>
        <translation>Dod â phob &amp;sesiwn i ben…</translation>
    </message>
    <message>
        <source>New authenticator se&amp;cret…</source>
        <translation>&amp;Cyfrinach newydd i&apos;r ap dilysu…</translation>
    </message>
    <message>
        <source>Devices the person has a session on</source>
        <translation>Dyfeisiau y mae gan y person sesiwn arnynt</translation>
    </message>
    <message>
        <source>Revoke this dev&amp;ice…</source>
        <translation>Dirymu&apos;r ddy&amp;fais hon…</translation>
    </message>
    <message>
        <source>Accreditation</source>
        <translation>Achrediad</translation>
    </message>
    <message>
        <source>Full (five years)</source>
        <translation>Llawn (pum mlynedd)</translation>
    </message>
    <message>
        <source>Provisional (one year)</source>
        <translation>Dros dro (un flwyddyn)</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>&amp;Math:</translation>
    </message>
    <message>
        <source>Valid &amp;from:</source>
        <translation>Yn ddilys &amp;o:</translation>
    </message>
    <message>
        <source>Projects</source>
        <translation>Prosiectau</translation>
    </message>
    <message>
        <source>Pro&amp;ject:</source>
        <translation>&amp;Prosiect:</translation>
    </message>
    <message>
        <source>R&amp;ole on it:</source>
        <translation>&amp;Rôl ynddo:</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Mynediad</translation>
    </message>
    <message>
        <source>Devices with a session now:</source>
        <translation>Dyfeisiau sydd â sesiwn nawr:</translation>
    </message>
    <message>
        <source>account disabled</source>
        <translation>cyfrif wedi&apos;i analluogi</translation>
    </message>
    <message>
        <source>locked after failed sign-ins until %1</source>
        <translation>wedi&apos;i gloi ar ôl methu mewngofnodi, tan %1</translation>
    </message>
    <message>
        <source>account enabled</source>
        <translation>cyfrif wedi&apos;i alluogi</translation>
    </message>
    <message>
        <source>Now: %1</source>
        <translation>Nawr: %1</translation>
    </message>
    <message>
        <source>%1 — %2 (%3)</source>
        <translation>%1 — %2 (%3)</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (%2), last seen %3, serial %4</source>
        <translation>%1 (%2), gwelwyd ddiwethaf %3, rhif cyfresol %4</translation>
    </message>
    <message>
        <source>&amp;Enable account…</source>
        <translation>&amp;Galluogi&apos;r cyfrif…</translation>
    </message>
    <message>
        <source>Choose a person from the list.</source>
        <translation>Dewiswch berson o&apos;r rhestr.</translation>
    </message>
    <message>
        <source>Change roles</source>
        <translation>Newid rolau</translation>
    </message>
    <message>
        <source>%1 will lose a role, from their next request on.</source>
        <translation>Bydd %1 yn colli rôl, o&apos;u cais nesaf ymlaen.</translation>
    </message>
    <message>
        <source>Revoke accreditation</source>
        <translation>Dirymu&apos;r achrediad</translation>
    </message>
    <message>
        <source>Revoke the accreditation of %1? As a researcher they lose access from their next request.</source>
        <translation>Dirymu achrediad %1? Fel ymchwilydd, byddant yn colli mynediad o&apos;u cais nesaf ymlaen.</translation>
    </message>
    <message>
        <source>Take off project</source>
        <translation>Tynnu o&apos;r prosiect</translation>
    </message>
    <message>
        <source>Take %1 off %2? They lose access to it from their next request.</source>
        <translation>Tynnu %1 o %2? Byddant yn colli mynediad iddo o&apos;u cais nesaf ymlaen.</translation>
    </message>
    <message>
        <source>Enable account</source>
        <translation>Galluogi&apos;r cyfrif</translation>
    </message>
    <message>
        <source>Let %1 sign in again? Sessions from before stay ended.</source>
        <translation>Caniatáu i %1 fewngofnodi eto? Ni fydd sesiynau blaenorol yn ailddechrau.</translation>
    </message>
    <message>
        <source>Disable account</source>
        <translation>Analluogi&apos;r cyfrif</translation>
    </message>
    <message>
        <source>Disable the account of %1? Their very next request is refused, wherever they are signed in, and they cannot sign in.</source>
        <translation>Analluogi cyfrif %1? Caiff eu cais nesaf un ei wrthod, lle bynnag y maent wedi mewngofnodi, ac ni allant fewngofnodi.</translation>
    </message>
    <message>
        <source>End all sessions</source>
        <translation>Dod â phob sesiwn i ben</translation>
    </message>
    <message>
        <source>End every session of %1 on every device? They must sign in again.</source>
        <translation>Dod â phob sesiwn sydd gan %1 ar bob dyfais i ben? Bydd rhaid iddynt fewngofnodi eto.</translation>
    </message>
    <message>
        <source>New authenticator secret</source>
        <translation>Cyfrinach newydd i&apos;r ap dilysu</translation>
    </message>
    <message>
        <source>Give %1 a new authenticator secret? Codes from their old one stop working at once; you will see the new secret once, to hand to them.</source>
        <translation>Rhoi cyfrinach newydd i&apos;r ap dilysu i %1? Bydd codau o&apos;u hen un yn peidio â gweithio ar unwaith; byddwch yn gweld y gyfrinach newydd unwaith, i&apos;w rhoi iddynt.</translation>
    </message>
    <message>
        <source>Make a new secret</source>
        <translation>Creu cyfrinach newydd</translation>
    </message>
    <message>
        <source>Revoke device</source>
        <translation>Dirymu&apos;r ddyfais</translation>
    </message>
    <message>
        <source>Revoke this device certificate? Every request made with it is refused from now on, for everyone who uses it, and its sessions end.

%1</source>
        <translation>Dirymu tystysgrif y ddyfais hon? Caiff pob cais a wneir gyda hi ei wrthod o hyn ymlaen, i bawb sy&apos;n ei defnyddio, a daw ei sesiynau i ben.

%1</translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectDatesPanel</name>
    <message>
        <source>Project dates</source>
        <translation>Dyddiadau prosiect</translation>
    </message>
    <message>
        <source>End-date warnings</source>
        <translation>Rhybuddion dyddiad gorffen</translation>
    </message>
    <message>
        <source>Your &amp;projects:</source>
        <translation>Eich &amp;prosiectau:</translation>
    </message>
    <message>
        <source>Your projects and their end dates</source>
        <translation>Eich prosiectau a&apos;u dyddiadau gorffen</translation>
    </message>
    <message>
        <source>Last decision on an extension</source>
        <translation>Y penderfyniad diwethaf ar estyniad</translation>
    </message>
    <message>
        <source>Ask for an &amp;extension…</source>
        <translation>Gofyn am &amp;estyniad…</translation>
    </message>
    <message>
        <source>Report the project &amp;complete…</source>
        <translation>&amp;Rhoi gwybod bod y prosiect wedi&apos;i gwblhau…</translation>
    </message>
    <message>
        <source>Show past &amp;decisions</source>
        <translation>Dangos penderfyniadau &amp;blaenorol</translation>
    </message>
    <message>
        <source>Project dates status</source>
        <translation>Statws dyddiadau prosiect</translation>
    </message>
    <message>
        <source>Your request to extend %1 to %2 was sent. Research support will decide it.</source>
        <translation>Anfonwyd eich cais i estyn %1 hyd at %2. Bydd y tîm cymorth ymchwil yn penderfynu arno.</translation>
    </message>
    <message>
        <source>Project %1 is now completed and its workspace is closed.</source>
        <translation>Mae prosiect %1 wedi&apos;i gwblhau bellach, ac mae ei ofod gwaith ar gau.</translation>
    </message>
    <message>
        <source>Last extension, to %1, was approved by %2: %3</source>
        <translation>Cafodd yr estyniad diwethaf, hyd at %1, ei gymeradwyo gan %2: %3</translation>
    </message>
    <message>
        <source>Last extension, to %1, was refused by %2: %3</source>
        <translation>Cafodd yr estyniad diwethaf, hyd at %1, ei wrthod gan %2: %3</translation>
    </message>
    <message>
        <source>No extension has been decided for this project.</source>
        <translation>Nid oes penderfyniad wedi&apos;i wneud ar unrhyw estyniad i&apos;r prosiect hwn.</translation>
    </message>
    <message>
        <source>Project &amp;dates</source>
        <translation>&amp;Dyddiadau prosiect</translation>
    </message>
    <message>
        <source>Asking for the decisions on %1…</source>
        <translation>Wrthi&apos;n gofyn am y penderfyniadau ar %1…</translation>
    </message>
    <message>
        <source>Only the project&apos;s lead can ask for an extension or report the project complete.</source>
        <translation>Dim ond arweinydd y prosiect all ofyn am estyniad neu roi gwybod bod y prosiect wedi&apos;i gwblhau.</translation>
    </message>
    <message>
        <source>An extension request is already waiting for a decision.</source>
        <translation>Mae cais am estyniad eisoes yn aros am benderfyniad.</translation>
    </message>
    <message>
        <source>Sending your request…</source>
        <translation>Wrthi&apos;n anfon eich cais…</translation>
    </message>
    <message>
        <source>Reporting project %1 complete…</source>
        <translation>Wrthi&apos;n rhoi gwybod bod prosiect %1 wedi&apos;i gwblhau…</translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectListModel</name>
    <message>
        <source>No end date</source>
        <translation>Dim dyddiad gorffen</translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation>Daeth i ben %1</translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation>Yn dod i ben heddiw</translation>
    </message>
    <message>
        <source>Ends tomorrow, %1</source>
        <translation>Yn dod i ben yfory, %1</translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation>Yn dod i ben %1</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Gweithredol</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Wedi&apos;i gwblhau</translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation>Wedi&apos;i atal</translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation>Caniateir</translation>
    </message>
    <message>
        <source>Not from here</source>
        <translation>Nid o&apos;r fan hon</translation>
    </message>
    <message>
        <source>You may open this project from this setting.</source>
        <translation>Gallwch agor y prosiect hwn o&apos;r lleoliad hwn.</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statws</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Dyddiad gorffen</translation>
    </message>
    <message>
        <source>Access from here</source>
        <translation>Mynediad o&apos;r fan hon</translation>
    </message>
    <message>
        <source>Ended today</source>
        <translation>Daeth i ben heddiw</translation>
    </message>
    <message>
        <source>Completed early</source>
        <translation>Cwblhawyd yn gynnar</translation>
    </message>
    <message>
        <source>Completed before its end date, %1.</source>
        <translation>Cwblhawyd cyn ei ddyddiad gorffen, %1.</translation>
    </message>
    <message numerus="yes">
        <source>Ends in %n day(s), %1</source>
        <translation>
            <numerusform>Yn dod i ben ymhen %n diwrnodau, %1</numerusform>
            <numerusform>Yn dod i ben ymhen diwrnod, %1</numerusform>
            <numerusform>Yn dod i ben ymhen %n diwrnod, %1</numerusform>
            <numerusform>Yn dod i ben ymhen %n diwrnod, %1</numerusform>
            <numerusform>Yn dod i ben ymhen %n diwrnod, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Less than %n day(s) left: ask your project lead about an extension or finish your outputs in time.</source>
        <translation>
            <numerusform>Llai na %n diwrnodau ar ôl: gofynnwch i arweinydd eich prosiect am estyniad neu gorffennwch eich allbynnau mewn pryd.</numerusform>
            <numerusform>Llai na diwrnod ar ôl: gofynnwch i arweinydd eich prosiect am estyniad neu gorffennwch eich allbynnau mewn pryd.</numerusform>
            <numerusform>Llai na %n diwrnod ar ôl: gofynnwch i arweinydd eich prosiect am estyniad neu gorffennwch eich allbynnau mewn pryd.</numerusform>
            <numerusform>Llai na %n diwrnod ar ôl: gofynnwch i arweinydd eich prosiect am estyniad neu gorffennwch eich allbynnau mewn pryd.</numerusform>
            <numerusform>Llai na %n diwrnod ar ôl: gofynnwch i arweinydd eich prosiect am estyniad neu gorffennwch eich allbynnau mewn pryd.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectRequestsPanel</name>
    <message>
        <source>Project requests</source>
        <translation>Ceisiadau prosiect</translation>
    </message>
    <message>
        <source>E&amp;xtension requests waiting for a decision:</source>
        <translation>Ceisiadau am &amp;estyniad sy&apos;n aros am benderfyniad:</translation>
    </message>
    <message>
        <source>Extension requests waiting for a decision</source>
        <translation>Ceisiadau am estyniad sy&apos;n aros am benderfyniad</translation>
    </message>
    <message>
        <source>&amp;Approve…</source>
        <translation>Cy&amp;meradwyo…</translation>
    </message>
    <message>
        <source>Re&amp;fuse…</source>
        <translation>G&amp;wrthod…</translation>
    </message>
    <message>
        <source>All pro&amp;jects:</source>
        <translation>&amp;Pob prosiect:</translation>
    </message>
    <message>
        <source>All projects</source>
        <translation>Pob prosiect</translation>
    </message>
    <message>
        <source>&amp;Suspend…</source>
        <translation>&amp;Atal…</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>A&amp;ilagor…</translation>
    </message>
    <message>
        <source>&amp;Update lists</source>
        <translation>Diweddaru&apos;r &amp;rhestrau</translation>
    </message>
    <message>
        <source>Project requests status</source>
        <translation>Statws ceisiadau prosiect</translation>
    </message>
    <message>
        <source>The extension of %1 to %2 was approved.</source>
        <translation>Cymeradwywyd estyniad %1 hyd at %2.</translation>
    </message>
    <message>
        <source>The extension of %1 was refused.</source>
        <translation>Gwrthodwyd estyniad %1.</translation>
    </message>
    <message>
        <source>Project %1 is now %2.</source>
        <translation>Statws prosiect %1 bellach: %2.</translation>
    </message>
    <message>
        <source>Project &amp;requests</source>
        <translation>&amp;Ceisiadau prosiect</translation>
    </message>
    <message>
        <source>Approve extending %1 to %2? Give the reason; the project&apos;s lead will see it.</source>
        <translation>Cymeradwyo estyn %1 hyd at %2? Rhowch y rheswm; bydd arweinydd y prosiect yn ei weld.</translation>
    </message>
    <message>
        <source>Refuse extending %1? Give the reason; the project&apos;s lead will see it.</source>
        <translation>Gwrthod estyn %1? Rhowch y rheswm; bydd arweinydd y prosiect yn ei weld.</translation>
    </message>
    <message>
        <source>Approve extension</source>
        <translation>Cymeradwyo&apos;r estyniad</translation>
    </message>
    <message>
        <source>Refuse extension</source>
        <translation>Gwrthod yr estyniad</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>Cy&amp;meradwyo</translation>
    </message>
    <message>
        <source>Re&amp;fuse</source>
        <translation>G&amp;wrthod</translation>
    </message>
    <message>
        <source>Suspend project %1? Its workspace closes for its members until it is reopened. Give the reason.</source>
        <translation>Atal prosiect %1? Bydd ei ofod gwaith yn cau i&apos;w aelodau nes iddo gael ei ailagor. Rhowch y rheswm.</translation>
    </message>
    <message>
        <source>Reopen project %1? Give the reason.</source>
        <translation>Ailagor prosiect %1? Rhowch y rheswm.</translation>
    </message>
    <message>
        <source>Suspend project</source>
        <translation>Atal y prosiect</translation>
    </message>
    <message>
        <source>Reopen project</source>
        <translation>Ailagor y prosiect</translation>
    </message>
    <message>
        <source>&amp;Suspend</source>
        <translation>&amp;Atal</translation>
    </message>
    <message>
        <source>Re&amp;open</source>
        <translation>A&amp;ilagor</translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectView</name>
    <message>
        <source>Project lead</source>
        <translation>Arweinydd y prosiect</translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation>Goruchwyliwr</translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation>Ymchwilydd</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopio</translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation>Chwilio am newidiadau</translation>
    </message>
    <message>
        <source>Request output clearance…</source>
        <translation>Gofyn am gliriad allbwn…</translation>
    </message>
    <message>
        <source>Prepare outputs from this workspace for checking and release.</source>
        <translation>Paratoi allbynnau o&apos;r gofod gwaith hwn i&apos;w gwirio a&apos;u rhyddhau.</translation>
    </message>
    <message>
        <source>Filter by name, for example income or .csv</source>
        <translation>Hidlo yn ôl enw, er enghraifft incwm neu .csv</translation>
    </message>
    <message>
        <source>File contents stay inside the secure environment. This window shows only names, sizes, dates and checksums; open and change files from the secure desktop.</source>
        <translation>Mae cynnwys ffeiliau yn aros y tu mewn i&apos;r amgylchedd diogel. Dim ond enwau, meintiau, dyddiadau a symiau gwirio y mae&apos;r ffenestr hon yn eu dangos; agorwch a newidiwch ffeiliau o&apos;r bwrdd gwaith diogel.</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Llwybr</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Addaswyd</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>Gofod gwaith</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Manylion</translation>
    </message>
    <message>
        <source>Choose a project on the left to see its workspace and details.</source>
        <translation>Dewiswch brosiect ar y chwith i weld ei ofod gwaith a&apos;i fanylion.</translation>
    </message>
    <message>
        <source>No names contain &quot;%1&quot;</source>
        <translation>Nid oes enw yn cynnwys &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot;, last changed %2</source>
        <translation>&quot;%1&quot;, newidiwyd ddiwethaf %2</translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation>(dim teitl eto)</translation>
    </message>
    <message>
        <source>Continue your draft?</source>
        <translation>Parhau â&apos;ch drafft?</translation>
    </message>
    <message>
        <source>You have a draft request for this project: %1. Continue it?</source>
        <translation>Mae gennych gais drafft ar gyfer y prosiect hwn: %1. Ydych chi am ei barhau?</translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation>Parhau â&apos;r drafft</translation>
    </message>
    <message>
        <source>Start a new request</source>
        <translation>Dechrau cais newydd</translation>
    </message>
    <message>
        <source>Continue a draft?</source>
        <translation>Parhau â drafft?</translation>
    </message>
    <message>
        <source>You cannot open this project from here. %1</source>
        <translation>Nid oes modd i chi agor y prosiect hwn o&apos;r fan hon. %1</translation>
    </message>
    <message>
        <source>Fetching the workspace index from the server…</source>
        <translation>Wrthi&apos;n nôl mynegai&apos;r gofod gwaith o&apos;r gweinydd…</translation>
    </message>
    <message>
        <source>This workspace is empty.</source>
        <translation>Mae&apos;r gofod gwaith hwn yn wag.</translation>
    </message>
    <message>
        <source>Select a file or folder to see its details.</source>
        <translation>Dewiswch ffeil neu ffolder i weld ei manylion.</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Ffolder</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation>%1 (%2 beit)</translation>
    </message>
    <message>
        <source>Checking the server for changes…</source>
        <translation>Wrthi&apos;n gwirio&apos;r gweinydd am newidiadau…</translation>
    </message>
    <message>
        <source>Could not bring the workspace up to date: %1</source>
        <translation>Nid oedd modd diweddaru&apos;r gofod gwaith: %1</translation>
    </message>
    <message>
        <source>Partly updated: the rest is fetched next time.</source>
        <translation>Wedi&apos;i ddiweddaru&apos;n rhannol: bydd y gweddill yn cael ei nôl y tro nesaf.</translation>
    </message>
    <message>
        <source>Not kept on this computer.</source>
        <translation>Ni chaiff ei gadw ar y cyfrifiadur hwn.</translation>
    </message>
    <message>
        <source>Project %1, %2 to %3.</source>
        <translation>Prosiect %1, %2 i %3.</translation>
    </message>
    <message>
        <source>Extended from %1.</source>
        <translation>Wedi&apos;i estyn o %1.</translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation>Cyfyngiadau</translation>
    </message>
    <message>
        <source>Home working is approved: you may open this project from an organisation device on its VPN, as well as from a safe room.</source>
        <translation>Mae gweithio gartref wedi&apos;i gymeradwyo: gallwch agor y prosiect hwn o ddyfais sefydliad ar ei VPN, yn ogystal ag o ystafell ddiogel.</translation>
    </message>
    <message>
        <source>Home working is not approved: open this project from a safe room or your organisation&apos;s approved office.</source>
        <translation>Nid yw gweithio gartref wedi&apos;i gymeradwyo: agorwch y prosiect hwn o ystafell ddiogel neu o swyddfa gymeradwy eich sefydliad.</translation>
    </message>
    <message>
        <source>Nothing leaves the secure environment without an output check: outputs are released only after two checkers approve them.</source>
        <translation>Nid oes dim yn gadael yr amgylchedd diogel heb wiriad allbwn: dim ond ar ôl i ddau wiriwr eu cymeradwyo y caiff allbynnau eu rhyddhau.</translation>
    </message>
    <message>
        <source>Not from here:</source>
        <translation>Nid o&apos;r fan hon:</translation>
    </message>
    <message>
        <source>Members and datasets appear once the server has sent them.</source>
        <translation>Bydd aelodau a setiau data yn ymddangos pan fydd y gweinydd wedi&apos;u hanfon.</translation>
    </message>
    <message>
        <source>Members and datasets are shown for projects you can open from here.</source>
        <translation>Dangosir aelodau a setiau data ar gyfer prosiectau y gallwch eu hagor o&apos;r fan hon.</translation>
    </message>
    <message>
        <source>Members</source>
        <translation>Aelodau</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Setiau data</translation>
    </message>
    <message>
        <source>No datasets are mapped to this project yet.</source>
        <translation>Nid oes unrhyw setiau data wedi&apos;u mapio i&apos;r prosiect hwn eto.</translation>
    </message>
    <message>
        <source>[Remote access allowed]</source>
        <translation>[Caniateir mynediad o bell]</translation>
    </message>
    <message>
        <source>[Safe room only]</source>
        <translation>[Ystafell ddiogel yn unig]</translation>
    </message>
    <message>
        <source>May be used from a safe room or an approved organisation device.</source>
        <translation>Gellir ei defnyddio o ystafell ddiogel neu o ddyfais sefydliad gymeradwy.</translation>
    </message>
    <message>
        <source>May be used only at a safe-room terminal.</source>
        <translation>Gellir ei defnyddio mewn terfynell ystafell ddiogel yn unig.</translation>
    </message>
    <message>
        <source>The project</source>
        <translation>Y prosiect</translation>
    </message>
    <message>
        <source>Filter the workspace by name</source>
        <translation>Hidlo&apos;r gofod gwaith yn ôl enw</translation>
    </message>
    <message>
        <source>The project&apos;s files and folders by name, size and date; contents stay inside the secure environment.</source>
        <translation>Ffeiliau a ffolderi&apos;r prosiect yn ôl enw, maint a dyddiad; mae&apos;r cynnwys yn aros y tu mewn i&apos;r amgylchedd diogel.</translation>
    </message>
    <message>
        <source>Project details</source>
        <translation>Manylion y prosiect</translation>
    </message>
    <message>
        <source>Workspace update</source>
        <translation>Diweddariad y gofod gwaith</translation>
    </message>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln cyfatebiaethau</numerusform>
            <numerusform>%Ln gyfatebiaeth</numerusform>
            <numerusform>%Ln cyfatebiaeth</numerusform>
            <numerusform>%Ln cyfatebiaeth</numerusform>
            <numerusform>%Ln cyfatebiaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n draft request(s) for this project. Choose one to continue, or start a new request:</source>
        <translation>
            <numerusform>Mae gennych %n ceisiadau drafft ar gyfer y prosiect hwn. Dewiswch un i&apos;w barhau, neu dechreuwch gais newydd:</numerusform>
            <numerusform>Mae gennych un cais drafft ar gyfer y prosiect hwn. Dewiswch ef i&apos;w barhau, neu dechreuwch gais newydd:</numerusform>
            <numerusform>Mae gennych %n cais drafft ar gyfer y prosiect hwn. Dewiswch un i&apos;w barhau, neu dechreuwch gais newydd:</numerusform>
            <numerusform>Mae gennych %n cais drafft ar gyfer y prosiect hwn. Dewiswch un i&apos;w barhau, neu dechreuwch gais newydd:</numerusform>
            <numerusform>Mae gennych %n cais drafft ar gyfer y prosiect hwn. Dewiswch un i&apos;w barhau, neu dechreuwch gais newydd:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s), up to date as of %1.</source>
        <translation>
            <numerusform>%Ln eitemau, yn gyfredol ar %1.</numerusform>
            <numerusform>%Ln eitem, yn gyfredol ar %1.</numerusform>
            <numerusform>%Ln eitem, yn gyfredol ar %1.</numerusform>
            <numerusform>%Ln eitem, yn gyfredol ar %1.</numerusform>
            <numerusform>%Ln eitem, yn gyfredol ar %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more dataset(s) of this project can be seen only from a safe room and are not listed here.</source>
        <translation>
            <numerusform>Dim ond o ystafell ddiogel y gellir gweld %n setiau data eraill o&apos;r prosiect hwn, ac nid ydynt wedi&apos;u rhestru yma.</numerusform>
            <numerusform>Dim ond o ystafell ddiogel y gellir gweld un set ddata arall o&apos;r prosiect hwn, ac nid yw wedi&apos;i rhestru yma.</numerusform>
            <numerusform>Dim ond o ystafell ddiogel y gellir gweld %n set ddata arall o&apos;r prosiect hwn, ac nid ydynt wedi&apos;u rhestru yma.</numerusform>
            <numerusform>Dim ond o ystafell ddiogel y gellir gweld %n set ddata arall o&apos;r prosiect hwn, ac nid ydynt wedi&apos;u rhestru yma.</numerusform>
            <numerusform>Dim ond o ystafell ddiogel y gellir gweld %n set ddata arall o&apos;r prosiect hwn, ac nid ydynt wedi&apos;u rhestru yma.</numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 of %L2</source>
        <comment>entries fetched</comment>
        <translation>%L1 o %L2</translation>
    </message>
    <message>
        <source>Bring files into this project…</source>
        <translation>Dod â ffeiliau i mewn i&apos;r prosiect hwn…</translation>
    </message>
    <message>
        <source>Bring code or small reference data from this computer into the project&apos;s workspace, after checks and a checker&apos;s approval.</source>
        <translation>Dewch â chod neu ddata cyfeirio bach o&apos;r cyfrifiadur hwn i mewn i weithle&apos;r prosiect, ar ôl gwiriadau a chymeradwyaeth gwiriwr.</translation>
    </message>
    <message>
        <source>Suspended by research support: its workspace is closed until it is reopened.</source>
        <translation>Wedi&apos;i atal gan y tîm cymorth ymchwil: mae ei ofod gwaith ar gau nes iddo gael ei ailagor.</translation>
    </message>
    <message>
        <source>Completed: its workspace is closed.</source>
        <translation>Wedi&apos;i gwblhau: mae ei ofod gwaith ar gau.</translation>
    </message>
    <message>
        <source>Publications</source>
        <translation>Cyhoeddiadau</translation>
    </message>
    <message>
        <source>Waiting for the owner&apos;s approval (their files appear once approved):</source>
        <translation>Yn aros am gymeradwyaeth y perchennog (bydd eu ffeiliau&apos;n ymddangos pan gânt eu cymeradwyo):</translation>
    </message>
</context>
<context>
    <name>srs::ui::ReasonDialog</name>
    <message>
        <source>&amp;Why (kept in the audit log):</source>
        <translation>&amp;Pam (caiff ei gadw yn y log archwilio):</translation>
    </message>
    <message>
        <source>&amp;Why (optional, kept in the audit log):</source>
        <translation>&amp;Pam (dewisol, caiff ei gadw yn y log archwilio):</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
</context>
<context>
    <name>srs::ui::ReleaseComparisonPanel</name>
    <message>
        <source>Row %1</source>
        <translation>Rhes %1</translation>
    </message>
    <message>
        <source>A row</source>
        <translation>Rhes</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colofn %1</translation>
    </message>
    <message>
        <source>A column</source>
        <translation>Colofn</translation>
    </message>
    <message>
        <source>The whole table</source>
        <translation>Y tabl cyfan</translation>
    </message>
    <message>
        <source>Compared with the project&apos;s releases now</source>
        <translation>O&apos;i gymharu â rhyddhadau&apos;r prosiect nawr</translation>
    </message>
    <message>
        <source>Compare again</source>
        <translation>Cymharu eto</translation>
    </message>
    <message>
        <source>Differences from the project&apos;s releases, compared now</source>
        <translation>Gwahaniaethau o ryddhadau&apos;r prosiect, wedi&apos;u cymharu nawr</translation>
    </message>
    <message>
        <source>Found</source>
        <translation>Canfuwyd</translation>
    </message>
    <message>
        <source>Table</source>
        <translation>Tabl</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ble</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rhyddhad</translation>
    </message>
    <message>
        <source>Released file</source>
        <translation>Ffeil a ryddhawyd</translation>
    </message>
    <message>
        <source>Difference</source>
        <translation>Gwahaniaeth</translation>
    </message>
    <message>
        <source>Compare the request&apos;s tables with every release of the project again</source>
        <translation>Cymharu tablau&apos;r cais â phob rhyddhad o&apos;r prosiect eto</translation>
    </message>
    <message>
        <source>Comparing the request&apos;s tables with every release of the project…</source>
        <translation>Wrthi&apos;n cymharu tablau&apos;r cais â phob rhyddhad o&apos;r prosiect…</translation>
    </message>
    <message>
        <source>The tables could not be compared with the project&apos;s releases: %1</source>
        <translation>Nid oedd modd cymharu&apos;r tablau â rhyddhadau&apos;r prosiect: %1</translation>
    </message>
    <message>
        <source>Compared on %1: the project has made no release yet.</source>
        <translation>Cymharwyd ar %1: nid yw&apos;r prosiect wedi gwneud unrhyw ryddhad eto.</translation>
    </message>
    <message>
        <source>Compared on %1 with %2 (%3 made since round %4 was submitted):</source>
        <translation>Cymharwyd ar %1 â %2 (%3 wedi&apos;u gwneud ers cyflwyno rownd %4):</translation>
    </message>
    <message>
        <source>no table differs from a released one by a few records.</source>
        <translation>nid oes unrhyw dabl yn wahanol i un a ryddhawyd o ychydig gofnodion.</translation>
    </message>
    <message>
        <source>%1, %2 of them new since submission.</source>
        <translation>%1, %2 ohonynt yn newydd ers cyflwyno.</translation>
    </message>
    <message>
        <source>At submission</source>
        <translation>Wrth gyflwyno</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Newydd</translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation>%1, dalen %2</translation>
    </message>
    <message>
        <source>%1, released %2 (after submission)</source>
        <translation>%1, rhyddhawyd %2 (ar ôl cyflwyno)</translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <translation>%1, rhyddhawyd %2</translation>
    </message>
    <message numerus="yes">
        <source>%Ln release(s)</source>
        <translation>
            <numerusform>%Ln rhyddhadau</numerusform>
            <numerusform>%Ln rhyddhad</numerusform>
            <numerusform>%Ln rhyddhad</numerusform>
            <numerusform>%Ln rhyddhad</numerusform>
            <numerusform>%Ln rhyddhad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s)</source>
        <translation>
            <numerusform>%Ln gwahaniaethau</numerusform>
            <numerusform>%Ln gwahaniaeth</numerusform>
            <numerusform>%Ln gwahaniaeth</numerusform>
            <numerusform>%Ln gwahaniaeth</numerusform>
            <numerusform>%Ln gwahaniaeth</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln cofnodion</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
            <numerusform>%Ln cofnod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewDashboard</name>
    <message>
        <source>Queue by working days waiting</source>
        <translation>Ciw yn ôl diwrnodau gwaith yn aros</translation>
    </message>
    <message>
        <source>Answer times, last 12 weeks</source>
        <translation>Amseroedd ateb, y 12 wythnos diwethaf</translation>
    </message>
    <message>
        <source>No requests are waiting.</source>
        <translation>Nid oes unrhyw geisiadau yn aros.</translation>
    </message>
    <message>
        <source>; none is overdue.</source>
        <translation>; nid oes yr un yn hwyr.</translation>
    </message>
    <message>
        <source>No requests were answered in these weeks.</source>
        <translation>Ni atebwyd unrhyw geisiadau yn yr wythnosau hyn.</translation>
    </message>
    <message>
        <source>1 request answered, within the five-working-day promise.</source>
        <translation>Atebwyd 1 cais, o fewn addewid y pum diwrnod gwaith.</translation>
    </message>
    <message>
        <source>1 request answered, later than the five-working-day promise.</source>
        <translation>Atebwyd 1 cais, yn hwyrach nag addewid y pum diwrnod gwaith.</translation>
    </message>
    <message>
        <source>Requests</source>
        <translation>Ceisiadau</translation>
    </message>
    <message>
        <source>Working days waiting</source>
        <translation>Diwrnodau gwaith yn aros</translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation>Canolrif diwrnodau gwaith i ateb</translation>
    </message>
    <message>
        <source>%1&lt;br&gt;(%2)</source>
        <translation>%1&lt;br&gt;(%2)</translation>
    </message>
    <message>
        <source>Promise: five working days</source>
        <translation>Addewid: pum diwrnod gwaith</translation>
    </message>
    <message>
        <source>Week starting (requests answered)</source>
        <translation>Wythnos yn dechrau (ceisiadau a atebwyd)</translation>
    </message>
    <message>
        <source>Working days</source>
        <translation>Diwrnodau gwaith</translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) waiting: </source>
        <translation>
            <numerusform>Mae %Ln ceisiadau yn aros: </numerusform>
            <numerusform>Mae %Ln cais yn aros: </numerusform>
            <numerusform>Mae %Ln cais yn aros: </numerusform>
            <numerusform>Mae %Ln cais yn aros: </numerusform>
            <numerusform>Mae %Ln cais yn aros: </numerusform>
        </translation>
    </message>
    <message>
        <source>%L1 for 0–1 working days, %L2 for 2–3, %L3 for 4–5</source>
        <translation>%L1 ers 0–1 diwrnod gwaith, %L2 ers 2–3, %L3 ers 4–5</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln overdue (more than five working days).</source>
        <translation>
            <numerusform>; mae %Ln yn hwyr (mwy na phum diwrnod gwaith).</numerusform>
            <numerusform>; mae %Ln yn hwyr (mwy na phum diwrnod gwaith).</numerusform>
            <numerusform>; mae %Ln yn hwyr (mwy na phum diwrnod gwaith).</numerusform>
            <numerusform>; mae %Ln yn hwyr (mwy na phum diwrnod gwaith).</numerusform>
            <numerusform>; mae %Ln yn hwyr (mwy na phum diwrnod gwaith).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) answered</source>
        <translation>
            <numerusform>Atebwyd %Ln ceisiadau</numerusform>
            <numerusform>Atebwyd %Ln cais</numerusform>
            <numerusform>Atebwyd %Ln cais</numerusform>
            <numerusform>Atebwyd %Ln cais</numerusform>
            <numerusform>Atebwyd %Ln cais</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> over %Ln week(s)</source>
        <translation>
            <numerusform> dros %Ln wythnosau</numerusform>
            <numerusform> dros %Ln wythnos</numerusform>
            <numerusform> dros %Ln wythnos</numerusform>
            <numerusform> dros %Ln wythnos</numerusform>
            <numerusform> dros %Ln wythnos</numerusform>
        </translation>
    </message>
    <message>
        <source>; %L1 of them (%L2%) within the five-working-day promise.</source>
        <translation>; atebwyd %L1 ohonynt (%L2%) o fewn addewid y pum diwrnod gwaith.</translation>
    </message>
    <message>
        <source>0–1</source>
        <translation>0–1</translation>
    </message>
    <message>
        <source>2–3</source>
        <translation>2–3</translation>
    </message>
    <message>
        <source>4–5</source>
        <translation>4–5</translation>
    </message>
    <message>
        <source>Over 5</source>
        <translation>Dros 5</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Overdue: more than five working days</source>
        <translation>Yn hwyr: mwy na phum diwrnod gwaith</translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewDialog</name>
    <message>
        <source>For the author: what to change, or why it cannot be released</source>
        <translation>I&apos;r awdur: beth i&apos;w newid, neu pam nad oes modd ei ryddhau</translation>
    </message>
    <message>
        <source>For checkers only</source>
        <translation>I wirwyr yn unig</translation>
    </message>
    <message>
        <source>Your summary for the author (the reason, if you reject anything)</source>
        <translation>Eich crynodeb i&apos;r awdur (y rheswm, os ydych yn gwrthod unrhyw beth)</translation>
    </message>
    <message>
        <source>Submit my review</source>
        <translation>Cyflwyno fy adolygiad</translation>
    </message>
    <message>
        <source>Release approved outputs…</source>
        <translation>Rhyddhau&apos;r allbynnau a gymeradwywyd…</translation>
    </message>
    <message>
        <source>Review a request</source>
        <translation>Adolygu cais</translation>
    </message>
    <message>
        <source>Your decision on this file</source>
        <translation>Eich penderfyniad ar y ffeil hon</translation>
    </message>
    <message>
        <source>Approve: safe to release as it is</source>
        <translation>Cymeradwyo: mae&apos;n ddiogel ei ryddhau fel y mae</translation>
    </message>
    <message>
        <source>Request changes: the author must fix it</source>
        <translation>Gofyn am newidiadau: rhaid i&apos;r awdur ei gywiro</translation>
    </message>
    <message>
        <source>Reject: it cannot be released</source>
        <translation>Gwrthod: nid oes modd ei ryddhau</translation>
    </message>
    <message>
        <source>What the author says</source>
        <translation>Beth mae&apos;r awdur yn ei ddweud</translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation>Adolygiadau</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>Release the approved outputs?</source>
        <translation>Rhyddhau&apos;r allbynnau a gymeradwywyd?</translation>
    </message>
    <message>
        <source>Release</source>
        <translation>Rhyddhau</translation>
    </message>
    <message>
        <source>The request could not be opened: %1</source>
        <translation>Nid oedd modd agor y cais: %1</translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation>Nid oes modd dangos y ffeil hon: %1</translation>
    </message>
    <message>
        <source>Your review was not recorded: %1</source>
        <translation>Ni chofnodwyd eich adolygiad: %1</translation>
    </message>
    <message>
        <source>Released</source>
        <translation>Rhyddhawyd</translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation>Heb ei ryddhau: %1</translation>
    </message>
    <message>
        <source>Opening the request…</source>
        <translation>Wrthi&apos;n agor y cais…</translation>
    </message>
    <message>
        <source>Review %1 — %2</source>
        <translation>Adolygu %1 — %2</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Project %3 · %4 · round %5 · from %6, submitted %7</source>
        <translation>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Prosiect %3 · %4 · rownd %5 · gan %6, cyflwynwyd %7</translation>
    </message>
    <message>
        <source>You have not claimed this request: you can read it, not vote on it.</source>
        <translation>Nid ydych wedi hawlio&apos;r cais hwn: gallwch ei ddarllen, ond nid pleidleisio arno.</translation>
    </message>
    <message>
        <source>The other checker&apos;s votes are hidden until yours are in.</source>
        <translation>Mae pleidleisiau&apos;r gwiriwr arall wedi&apos;u cuddio nes bydd eich rhai chi i mewn.</translation>
    </message>
    <message>
        <source>Give every file a decision, then submit your review.</source>
        <translation>Rhowch benderfyniad ar bob ffeil, yna cyflwynwch eich adolygiad.</translation>
    </message>
    <message>
        <source>Still reviewing.</source>
        <translation>Yn dal i adolygu.</translation>
    </message>
    <message>
        <source>checkers only: %1</source>
        <translation>gwirwyr yn unig: %1</translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation>Rownd %1</translation>
    </message>
    <message>
        <source>Their votes are hidden until yours are in.</source>
        <translation>Mae eu pleidleisiau wedi&apos;u cuddio nes bydd eich rhai chi i mewn.</translation>
    </message>
    <message>
        <source>Round %1 (earlier)</source>
        <translation>Rownd %1 (cynharach)</translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation>dim penderfyniad eto</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation>I ble mae&apos;n mynd</translation>
    </message>
    <message>
        <source>Exceptions asked for</source>
        <translation>Eithriadau y gofynnwyd amdanynt</translation>
    </message>
    <message>
        <source>line %1</source>
        <translation>llinell %1</translation>
    </message>
    <message>
        <source>the whole table</source>
        <translation>y tabl cyfan</translation>
    </message>
    <message>
        <source>Disclosure control applied</source>
        <translation>Rheolaeth datgelu a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation>Wrthi&apos;n nôl %1…</translation>
    </message>
    <message>
        <source>Give %1 a decision first.</source>
        <translation>Rhowch benderfyniad ar %1 yn gyntaf.</translation>
    </message>
    <message>
        <source>%1 in the file</source>
        <translation>%1 yn y ffeil</translation>
    </message>
    <message>
        <source>Files of this request</source>
        <translation>Ffeiliau&apos;r cais hwn</translation>
    </message>
    <message>
        <source>Each file with its role and the decision you have given it so far.</source>
        <translation>Pob ffeil gyda&apos;i rôl a&apos;r penderfyniad rydych wedi&apos;i roi iddi hyd yma.</translation>
    </message>
    <message>
        <source>Co&amp;mment for the author</source>
        <translation>&amp;Sylw i&apos;r awdur</translation>
    </message>
    <message>
        <source>&amp;Note for checkers only</source>
        <translation>&amp;Nodyn i wirwyr yn unig</translation>
    </message>
    <message>
        <source>Summar&amp;y for the author</source>
        <translation>C&amp;rynodeb i&apos;r awdur</translation>
    </message>
    <message>
        <source>What the author changed:</source>
        <translation>Yr hyn a newidiodd yr awdur:</translation>
    </message>
    <message numerus="yes">
        <source>Release %1: %Ln file(s) now available to the project.</source>
        <translation>
            <numerusform>Rhyddhad %1: mae %Ln ffeiliau ar gael i&apos;r prosiect nawr.</numerusform>
            <numerusform>Rhyddhad %1: mae un ffeil ar gael i&apos;r prosiect nawr.</numerusform>
            <numerusform>Rhyddhad %1: mae %Ln ffeil ar gael i&apos;r prosiect nawr.</numerusform>
            <numerusform>Rhyddhad %1: mae %Ln ffeil ar gael i&apos;r prosiect nawr.</numerusform>
            <numerusform>Rhyddhad %1: mae %Ln ffeil ar gael i&apos;r prosiect nawr.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your review is not sent yet: %1</source>
        <translation>Nid yw eich adolygiad wedi&apos;i anfon eto: %1</translation>
    </message>
    <message>
        <source>Submit your review?</source>
        <translation>Cyflwyno eich adolygiad?</translation>
    </message>
    <message>
        <source>Submit review</source>
        <translation>Cyflwyno&apos;r adolygiad</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewPage</name>
    <message>
        <source>This is your own request: another checker must review it.</source>
        <translation>Eich cais chi yw hwn: rhaid i wiriwr arall ei adolygu.</translation>
    </message>
    <message>
        <source>You are a member of this request&apos;s project, so you may not review it.</source>
        <translation>Rydych yn aelod o brosiect y cais hwn, felly ni chewch ei adolygu.</translation>
    </message>
    <message>
        <source>This request does not have two approvals yet.</source>
        <translation>Nid oes gan y cais hwn ddwy gymeradwyaeth eto.</translation>
    </message>
    <message>
        <source>Two checkers are reviewing this request already.</source>
        <translation>Mae dau wiriwr yn adolygu&apos;r cais hwn eisoes.</translation>
    </message>
    <message>
        <source>You may not review this request (%1).</source>
        <translation>Ni chewch adolygu&apos;r cais hwn (%1).</translation>
    </message>
    <message>
        <source>Claim and review…</source>
        <translation>Hawlio ac adolygu…</translation>
    </message>
    <message>
        <source>Continue my review…</source>
        <translation>Parhau â&apos;m hadolygiad…</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Take this request as one of its two checkers and open it.</source>
        <translation>Cymryd y cais hwn fel un o&apos;i ddau wiriwr a&apos;i agor.</translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho&apos;r ciw: %1</translation>
    </message>
    <message>
        <source>The queue shown was kept from before; it could not be brought up to date: %1</source>
        <translation>Cadwyd y ciw a ddangosir o&apos;r blaen; nid oedd modd ei ddiweddaru: %1</translation>
    </message>
    <message>
        <source>Open to release…</source>
        <translation>Agor i&apos;w ryddhau…</translation>
    </message>
    <message>
        <source>Both checkers approved this request: open it to release the approved outputs.</source>
        <translation>Mae&apos;r ddau wiriwr wedi cymeradwyo&apos;r cais hwn: agorwch ef i ryddhau&apos;r allbynnau a gymeradwywyd.</translation>
    </message>
    <message>
        <source>You have reviewed this request; it waits for the second checker.</source>
        <translation>Rydych wedi adolygu&apos;r cais hwn; mae&apos;n aros am yr ail wiriwr.</translation>
    </message>
    <message>
        <source>This request cannot be checked from where you are now.</source>
        <translation>Nid oes modd gwirio&apos;r cais hwn o&apos;r man lle rydych chi nawr.</translation>
    </message>
    <message>
        <source>Outputs going out</source>
        <translation>Allbynnau sy&apos;n mynd allan</translation>
    </message>
    <message>
        <source>Files coming in</source>
        <translation>Ffeiliau sy&apos;n dod i mewn</translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewQueueModel</name>
    <message>
        <source>Not for you</source>
        <translation>Nid i chi</translation>
    </message>
    <message>
        <source>You have voted</source>
        <translation>Rydych wedi pleidleisio</translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation>Wedi&apos;i hawlio gennych chi</translation>
    </message>
    <message>
        <source>You are a member of its project, so you may not check it.</source>
        <translation>Rydych yn aelod o&apos;i brosiect, felly ni chewch ei wirio.</translation>
    </message>
    <message>
        <source>It is your own request, so you may not check it.</source>
        <translation>Eich cais chi ydyw, felly ni chewch ei wirio.</translation>
    </message>
    <message>
        <source>Two checkers have claimed it already.</source>
        <translation>Mae dau wiriwr wedi&apos;i hawlio eisoes.</translation>
    </message>
    <message>
        <source>You may not check it (%1).</source>
        <translation>Ni chewch ei wirio (%1).</translation>
    </message>
    <message>
        <source>Answer promised by %1: five working days after the request, not counting weekends or England and Wales bank holidays.</source>
        <translation>Addawyd ateb erbyn %1: pum diwrnod gwaith ar ôl y cais, heb gyfrif penwythnosau na gwyliau banc Cymru a Lloegr.</translation>
    </message>
    <message>
        <source>Answers are promised within five working days.</source>
        <translation>Addewir atebion o fewn pum diwrnod gwaith.</translation>
    </message>
    <message>
        <source>Checkers who have claimed this round: two independent reviews are needed.</source>
        <translation>Gwirwyr sydd wedi hawlio&apos;r rownd hon: mae angen dau adolygiad annibynnol.</translation>
    </message>
    <message>
        <source>%1, %2, waiting %3</source>
        <translation>%1, %2, yn aros %3</translation>
    </message>
    <message>
        <source>Working days since the request was submitted; the promise is an answer within five.</source>
        <translation>Diwrnodau gwaith ers cyflwyno&apos;r cais; yr addewid yw ateb o fewn pump.</translation>
    </message>
    <message>
        <source>The worst outcome of the automatic checks of this round.</source>
        <translation>Canlyniad gwaethaf gwiriadau awtomatig y rownd hon.</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation>Math o gliriad</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation>Canfyddiad gwaethaf</translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation>Eithriadau</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Yn aros</translation>
    </message>
    <message>
        <source>Checkers</source>
        <translation>Gwirwyr</translation>
    </message>
    <message>
        <source>Mine</source>
        <translation>Fy rhai i</translation>
    </message>
    <message>
        <source>%1
%2 (round %3)</source>
        <translation>%1
%2 (rownd %3)</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Not from where you are now: the message below the queue says where it can be checked.</source>
        <translation>Nid o&apos;r man lle rydych chi nawr: mae&apos;r neges o dan y ciw yn dweud ble y gellir ei wirio.</translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewQueueView</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation>&amp;Hwyr yn unig</translation>
    </message>
    <message>
        <source>&amp;Waiting for a second checker</source>
        <translation>&amp;Yn aros am ail wiriwr</translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation>&amp;Fy rhai i</translation>
    </message>
    <message>
        <source>Find by request, title or project</source>
        <translation>Chwilio yn ôl cais, teitl neu brosiect</translation>
    </message>
    <message>
        <source>Find requests</source>
        <translation>Chwilio ceisiadau</translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation>Math o gliriad</translation>
    </message>
    <message>
        <source>All clearance types</source>
        <translation>Pob math o gliriad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>All states</source>
        <translation>Pob cyflwr</translation>
    </message>
    <message>
        <source>Only requests waiting more than five working days.</source>
        <translation>Dim ond ceisiadau sydd wedi bod yn aros mwy na phum diwrnod gwaith.</translation>
    </message>
    <message>
        <source>Only requests one checker has claimed: they need a second, independent review.</source>
        <translation>Dim ond ceisiadau y mae un gwiriwr wedi&apos;u hawlio: mae angen ail adolygiad annibynnol arnynt.</translation>
    </message>
    <message>
        <source>Only requests you have claimed.</source>
        <translation>Dim ond ceisiadau rydych chi wedi&apos;u hawlio.</translation>
    </message>
    <message>
        <source>Requests waiting for output checking</source>
        <translation>Ceisiadau sy&apos;n aros am wirio allbynnau</translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation>Yn dangos %1 o %2</translation>
    </message>
    <message numerus="yes">
        <source>; %Ln overdue</source>
        <translation>
            <numerusform>; %Ln yn hwyr</numerusform>
            <numerusform>; %Ln yn hwyr</numerusform>
            <numerusform>; %Ln yn hwyr</numerusform>
            <numerusform>; %Ln yn hwyr</numerusform>
            <numerusform>; %Ln yn hwyr</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::SafeRoomsPanel</name>
    <message>
        <source>&amp;Block a terminal…</source>
        <translation>&amp;Rhwystro terfynell…</translation>
    </message>
    <message>
        <source>&amp;Put back in use</source>
        <translation>Rhoi&apos;n ôl &amp;mewn defnydd</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Ad&amp;newyddu</translation>
    </message>
    <message>
        <source>Safe room</source>
        <translation>Ystafell ddiogel</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Diwrnod</translation>
    </message>
    <message>
        <source>The room&apos;s terminals that day, and who booked them</source>
        <translation>Terfynellau&apos;r ystafell y diwrnod hwnnw, a phwy a&apos;u harchebodd</translation>
    </message>
    <message>
        <source>Terminals out of use that day</source>
        <translation>Terfynellau allan o ddefnydd y diwrnod hwnnw</translation>
    </message>
    <message>
        <source>Block a terminal</source>
        <translation>Rhwystro terfynell</translation>
    </message>
    <message>
        <source>Put the chosen terminal back in use</source>
        <translation>Rhoi&apos;r derfynell a ddewiswyd yn ôl mewn defnydd</translation>
    </message>
    <message>
        <source>Refresh the room&apos;s day</source>
        <translation>Adnewyddu diwrnod yr ystafell</translation>
    </message>
    <message>
        <source>Safe r&amp;oom:</source>
        <translation>Y&amp;stafell ddiogel:</translation>
    </message>
    <message>
        <source>&amp;Day:</source>
        <translation>&amp;Diwrnod:</translation>
    </message>
    <message numerus="yes">
        <source>Terminal %1 is out of use; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>Mae terfynell %1 allan o ddefnydd; %n archeb wedi&apos;u canslo.</numerusform>
            <numerusform>Mae terfynell %1 allan o ddefnydd; %n archeb wedi&apos;i chanslo.</numerusform>
            <numerusform>Mae terfynell %1 allan o ddefnydd; %n archeb wedi&apos;u canslo.</numerusform>
            <numerusform>Mae terfynell %1 allan o ddefnydd; %n archeb wedi&apos;u canslo.</numerusform>
            <numerusform>Mae terfynell %1 allan o ddefnydd; %n archeb wedi&apos;u canslo.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 out of use from %2 to %3: %4 (by %5)</source>
        <translation>%1 allan o ddefnydd o %2 i %3: %4 (gan %5)</translation>
    </message>
    <message>
        <source>Safe &amp;rooms</source>
        <translation>&amp;Ystafelloedd diogel</translation>
    </message>
</context>
<context>
    <name>srs::ui::SecretsDialog</name>
    <message>
        <source>New account for %1</source>
        <translation>Cyfrif newydd ar gyfer %1</translation>
    </message>
    <message>
        <source>New security code secret for %1</source>
        <translation>Cyfrinach newydd ar gyfer codau diogelwch %1</translation>
    </message>
    <message>
        <source>Give these to %1 over a trusted channel. They will not be shown again: once you close this window, nobody can see them, not even an administrator.</source>
        <translation>Rhowch y rhain i %1 drwy sianel ddibynadwy. Ni fyddant yn cael eu dangos eto: ar ôl i chi gau&apos;r ffenestr hon, ni all neb eu gweld, dim hyd yn oed gweinyddwr.</translation>
    </message>
    <message>
        <source>Give this to %1 over a trusted channel. It will not be shown again. Codes from their old authenticator no longer work.</source>
        <translation>Rhowch hyn i %1 drwy sianel ddibynadwy. Ni fydd yn cael ei dangos eto. Nid yw codau o&apos;u hen ap dilysu yn gweithio mwyach.</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Enw defnyddiwr:</translation>
    </message>
    <message>
        <source>Initial &amp;password:</source>
        <translation>&amp;Cyfrinair cychwynnol:</translation>
    </message>
    <message>
        <source>Authenticator &amp;secret:</source>
        <translation>Cyfrinach yr &amp;ap dilysu:</translation>
    </message>
    <message>
        <source>Authenticator &amp;link:</source>
        <translation>&amp;Dolen yr ap dilysu:</translation>
    </message>
    <message>
        <source>I have handed these over: &amp;close</source>
        <translation>Rwyf wedi trosglwyddo&apos;r rhain: ca&amp;u</translation>
    </message>
</context>
<context>
    <name>srs::ui::ServiceDesk</name>
    <message>
        <source>Service desk</source>
        <translation>Desg y gwasanaeth</translation>
    </message>
</context>
<context>
    <name>srs::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation>Mewngofnodi</translation>
    </message>
    <message>
        <source>This safe-room terminal (%1) at %2 is connected to the service.</source>
        <translation>Mae&apos;r derfynell ystafell ddiogel hon (%1) yn %2 wedi&apos;i chysylltu â&apos;r gwasanaeth.</translation>
    </message>
    <message>
        <source>This %1 device (%2) is connected to the service%3.</source>
        <translation>Mae&apos;r ddyfais hon gan %1 (%2) wedi&apos;i chysylltu â&apos;r gwasanaeth%3.</translation>
    </message>
    <message>
        <source> through your organisation&apos;s VPN</source>
        <translation> drwy VPN eich sefydliad</translation>
    </message>
    <message>
        <source>Checking the connection to the service…</source>
        <translation>Wrthi&apos;n gwirio&apos;r cysylltiad â&apos;r gwasanaeth…</translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation>Wrthi&apos;n mewngofnodi…</translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionListModel</name>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (rownd %2)</translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation>Heb ei gyflwyno</translation>
    </message>
    <message>
        <source>Five working days after the request, not counting weekends or England and Wales bank holidays.</source>
        <translation>Pum diwrnod gwaith ar ôl y cais, heb gyfrif penwythnosau na gwyliau banc Cymru a Lloegr.</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Teitl</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation>Math o gliriad</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Cyflwynwyd</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>Disgwylir ateb</translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation>Cais %1</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Cais</translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionWizardDialog</name>
    <message>
        <source>Request output clearance</source>
        <translation>Gofyn am gliriad allbwn</translation>
    </message>
    <message>
        <source>Submit for checking</source>
        <translation>Cyflwyno i&apos;w wirio</translation>
    </message>
    <message>
        <source>Fix and resubmit request %1</source>
        <translation>Cywiro ac ailgyflwyno cais %1</translation>
    </message>
    <message>
        <source>Resubmit for checking</source>
        <translation>Ailgyflwyno i&apos;w wirio</translation>
    </message>
    <message>
        <source>Your new version of request %1 has been sent with your answer. Output checkers will look at it again; expect an answer by %2 (five working days).</source>
        <translation>Mae eich fersiwn newydd o gais %1 wedi&apos;i anfon gyda&apos;ch ateb. Bydd gwirwyr allbynnau yn edrych arno eto; disgwyliwch ateb erbyn %2 (pum diwrnod gwaith).</translation>
    </message>
    <message>
        <source>Your new version of request %1 has been sent.</source>
        <translation>Mae eich fersiwn newydd o gais %1 wedi&apos;i anfon.</translation>
    </message>
    <message>
        <source>Your request %1 has been submitted. Output checkers will look at it; expect an answer by %2 (five working days).</source>
        <translation>Mae eich cais %1 wedi&apos;i gyflwyno. Bydd gwirwyr allbynnau yn edrych arno; disgwyliwch ateb erbyn %2 (pum diwrnod gwaith).</translation>
    </message>
    <message>
        <source>Your request %1 has been submitted.</source>
        <translation>Mae eich cais %1 wedi&apos;i gyflwyno.</translation>
    </message>
    <message>
        <source>Request resubmitted</source>
        <translation>Cais wedi&apos;i ailgyflwyno</translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation>Cais wedi&apos;i gyflwyno</translation>
    </message>
    <message>
        <source>Check for disclosure risks</source>
        <translation>Gwirio am risgiau datgelu</translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation>Rhedeg y gwiriadau</translation>
    </message>
    <message>
        <source>Check results</source>
        <translation>Canlyniadau&apos;r gwiriad</translation>
    </message>
    <message>
        <source>Each file checked, with the problems found in it.</source>
        <translation>Pob ffeil a wiriwyd, gyda&apos;r problemau a ganfuwyd ynddi.</translation>
    </message>
    <message>
        <source>File and finding</source>
        <translation>Ffeil a chanfyddiad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Rheol</translation>
    </message>
    <message>
        <source>Checking on the server…</source>
        <translation>Wrthi&apos;n gwirio ar y gweinydd…</translation>
    </message>
    <message>
        <source>The checks could not be run: %1</source>
        <translation>Nid oedd modd rhedeg y gwiriadau: %1</translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation>Heb ei wirio eto.</translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation>Nid oedd modd ei wirio: %1</translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation>Nid oedd modd ei wirio.</translation>
    </message>
    <message>
        <source>Must be fixed</source>
        <translation>Rhaid ei gywiro</translation>
    </message>
    <message>
        <source>A checker will look</source>
        <translation>Bydd gwiriwr yn edrych</translation>
    </message>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… %Ln arall</numerusform>
            <numerusform>… un arall</numerusform>
            <numerusform>… %Ln arall</numerusform>
            <numerusform>… %Ln arall</numerusform>
            <numerusform>… %Ln arall</numerusform>
        </translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Ni chanfuwyd unrhyw broblemau.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln to fix or explain</source>
        <translation>
            <numerusform>%Ln i&apos;w cywiro neu eu hesbonio</numerusform>
            <numerusform>%Ln i&apos;w gywiro neu ei esbonio</numerusform>
            <numerusform>%Ln i&apos;w cywiro neu eu hesbonio</numerusform>
            <numerusform>%Ln i&apos;w cywiro neu eu hesbonio</numerusform>
            <numerusform>%Ln i&apos;w cywiro neu eu hesbonio</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln for a checker to look at.</source>
        <translation>
            <numerusform>, %Ln i wiriwr edrych arnynt.</numerusform>
            <numerusform>, %Ln i wiriwr edrych arno.</numerusform>
            <numerusform>, %Ln i wiriwr edrych arnynt.</numerusform>
            <numerusform>, %Ln i wiriwr edrych arnynt.</numerusform>
            <numerusform>, %Ln i wiriwr edrych arnynt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be checked: see why below.</source>
        <translation>
            <numerusform>Ni ellid gwirio %n ffeil: gweler pam isod.</numerusform>
            <numerusform>Ni ellid gwirio %n ffeil: gweler pam isod.</numerusform>
            <numerusform>Ni ellid gwirio %n ffeil: gweler pam isod.</numerusform>
            <numerusform>Ni ellid gwirio %n ffeil: gweler pam isod.</numerusform>
            <numerusform>Ni ellid gwirio %n ffeil: gweler pam isod.</numerusform>
        </translation>
    </message>
    <message>
        <source>Files have changed since this check: run it again.</source>
        <translation>Mae ffeiliau wedi newid ers y gwiriad hwn: rhedwch ef eto.</translation>
    </message>
    <message>
        <source>Declaration and summary</source>
        <translation>Datganiad a chrynodeb</translation>
    </message>
    <message>
        <source>Read the summary, confirm the declaration and submit. A person checks every output before anything leaves.</source>
        <translation>Darllenwch y crynodeb, cadarnhewch y datganiad a chyflwynwch. Mae person yn gwirio pob allbwn cyn i unrhyw beth adael.</translation>
    </message>
    <message>
        <source>Summary of the request</source>
        <translation>Crynodeb o&apos;r cais</translation>
    </message>
    <message>
        <source>I declare that these outputs are what I describe, that I have applied the disclosure controls stated, and that they contain no identifying information beyond what the checks and my explanations cover.</source>
        <translation>Rwy&apos;n datgan mai&apos;r allbynnau hyn yw&apos;r hyn rwy&apos;n ei ddisgrifio, fy mod wedi defnyddio&apos;r rheolaethau datgelu a nodwyd, ac nad ydynt yn cynnwys unrhyw wybodaeth adnabod y tu hwnt i&apos;r hyn y mae&apos;r gwiriadau a&apos;m hesboniadau yn ei gwmpasu.</translation>
    </message>
    <message>
        <source>I make this declaration</source>
        <translation>Rwy&apos;n gwneud y datganiad hwn</translation>
    </message>
    <message>
        <source>What you changed in answer to the output checkers (they read this with the new version):</source>
        <translation>Beth a newidiwyd gennych mewn ymateb i&apos;r gwirwyr allbynnau (maen nhw&apos;n darllen hyn gyda&apos;r fersiwn newydd):</translation>
    </message>
    <message>
        <source>Not submitted: %1 Your draft is kept.</source>
        <translation>Heb ei gyflwyno: %1 Mae eich drafft wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>pre-publication (the project team only)</source>
        <translation>cyn cyhoeddi (tîm y prosiect yn unig)</translation>
    </message>
    <message>
        <source>code</source>
        <translation>cod</translation>
    </message>
    <message>
        <source>publication</source>
        <translation>cyhoeddi</translation>
    </message>
    <message>
        <source>No exceptions asked for.</source>
        <translation>Ni ofynnwyd am unrhyw eithriadau.</translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) asked for.</source>
        <translation>
            <numerusform>Gofynnwyd am %n eithriadau.</numerusform>
            <numerusform>Gofynnwyd am un eithriad.</numerusform>
            <numerusform>Gofynnwyd am %n eithriad.</numerusform>
            <numerusform>Gofynnwyd am %n eithriad.</numerusform>
            <numerusform>Gofynnwyd am %n eithriad.</numerusform>
        </translation>
    </message>
    <message>
        <source>Clearance: %1</source>
        <translation>Cliriad: %1</translation>
    </message>
    <message>
        <source>Context and controls</source>
        <translation>Cyd-destun a rheolaethau</translation>
    </message>
    <message>
        <source>What each output is, where it will be published or to whom it goes, and what you did to control disclosure.</source>
        <translation>Beth yw pob allbwn, ble y caiff ei gyhoeddi neu at bwy y mae&apos;n mynd, a beth a wnaethoch i reoli datgelu.</translation>
    </message>
    <message>
        <source>For example: cells under 10 suppressed, with a second cell in each row</source>
        <translation>Er enghraifft: celloedd o dan 10 wedi&apos;u hatal, gydag ail gell ym mhob rhes</translation>
    </message>
    <message>
        <source>&amp;Disclosure control applied</source>
        <translation>Rheolaeth &amp;datgelu a ddefnyddiwyd</translation>
    </message>
    <message>
        <source>What it is</source>
        <translation>Beth ydyw</translation>
    </message>
    <message>
        <source>What %1 is</source>
        <translation>Beth yw %1</translation>
    </message>
    <message>
        <source>Where it will be published, or to whom it goes</source>
        <translation>Ble y caiff ei gyhoeddi, neu at bwy y mae&apos;n mynd</translation>
    </message>
    <message>
        <source>Where %1 will be published, or to whom it goes</source>
        <translation>Ble y caiff %1 ei gyhoeddi, neu at bwy y mae&apos;n mynd</translation>
    </message>
    <message>
        <source>Explain what remains</source>
        <translation>Esboniwch beth sy&apos;n weddill</translation>
    </message>
    <message>
        <source>For each problem you have not fixed, say why the output is safe to release. A checker decides; most requests come back when this is missing.</source>
        <translation>Ar gyfer pob problem nad ydych wedi&apos;i chywiro, dywedwch pam mae&apos;r allbwn yn ddiogel i&apos;w ryddhau. Gwiriwr sy&apos;n penderfynu; daw&apos;r rhan fwyaf o geisiadau yn ôl pan fydd hyn ar goll.</translation>
    </message>
    <message>
        <source>Why is this safe to release?</source>
        <translation>Pam mae hyn yn ddiogel i&apos;w ryddhau?</translation>
    </message>
    <message>
        <source>Why it is safe to release: %1, %2</source>
        <translation>Pam mae&apos;n ddiogel i&apos;w ryddhau: %1, %2</translation>
    </message>
    <message>
        <source>Nothing to explain: no cell or line must be fixed.</source>
        <translation>Dim i&apos;w esbonio: nid oes rhaid cywiro unrhyw gell na llinell.</translation>
    </message>
    <message>
        <source>Which files?</source>
        <translation>Pa ffeiliau?</translation>
    </message>
    <message>
        <source>Choose from the project&apos;s workspace. Outputs and code are released if approved; supporting files (counts, top contributions) are only for the checkers.</source>
        <translation>Dewiswch o ofod gwaith y prosiect. Caiff allbynnau a chod eu rhyddhau os cânt eu cymeradwyo; mae ffeiliau ategol (cyfrifon, cyfraniadau mwyaf) ar gyfer y gwirwyr yn unig.</translation>
    </message>
    <message>
        <source>Filter the workspace by name</source>
        <translation>Hidlo&apos;r gofod gwaith yn ôl enw</translation>
    </message>
    <message>
        <source>Files in the project&apos;s workspace</source>
        <translation>Ffeiliau yng ngofod gwaith y prosiect</translation>
    </message>
    <message>
        <source>Choose files, then add them as outputs, supporting files or code with the buttons below.</source>
        <translation>Dewiswch ffeiliau, yna eu hychwanegu fel allbynnau, ffeiliau ategol neu god gyda&apos;r botymau isod.</translation>
    </message>
    <message>
        <source>Add as output</source>
        <translation>Ychwanegu fel allbwn</translation>
    </message>
    <message>
        <source>Add as supporting</source>
        <translation>Ychwanegu fel ffeil ategol</translation>
    </message>
    <message>
        <source>Add as code</source>
        <translation>Ychwanegu fel cod</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>In this request:</source>
        <translation>Yn y cais hwn:</translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation>Llinell %1</translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3)</source>
        <translation>Rhes %1, colofn %2 (%3)</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rhes %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colofn %1</translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation>Y tabl cyfan</translation>
    </message>
    <message>
        <source>%1 of sheet &quot;%2&quot;</source>
        <translation>%1 o ddalen &quot;%2&quot;</translation>
    </message>
    <message>
        <source>Output (to be released)</source>
        <translation>Allbwn (i&apos;w ryddhau)</translation>
    </message>
    <message>
        <source>Supporting (for the checkers, never released)</source>
        <translation>Ategol (ar gyfer y gwirwyr, ni chaiff byth ei ryddhau)</translation>
    </message>
    <message>
        <source>Code (to be released)</source>
        <translation>Cod (i&apos;w ryddhau)</translation>
    </message>
    <message>
        <source>You are fixing request %1, which the output checkers returned.</source>
        <translation>Rydych yn cywiro cais %1, a ddychwelwyd gan y gwirwyr allbynnau.</translation>
    </message>
    <message>
        <source>You are fixing request %1. The output checkers said: “%2”</source>
        <translation>Rydych yn cywiro cais %1. Dywedodd y gwirwyr allbynnau: “%2”</translation>
    </message>
    <message>
        <source>%1 This draft will be saved as soon as it can be; until then, it is only in this window.</source>
        <translation>%1 Caiff y drafft hwn ei gadw cyn gynted ag y bo modd; tan hynny, dim ond yn y ffenestr hon y mae.</translation>
    </message>
    <message>
        <source>Describe each table</source>
        <translation>Disgrifiwch bob tabl</translation>
    </message>
    <message>
        <source>The checks need to know what each table shows and where its counts are. Guesses from the file names are filled in: check them.</source>
        <translation>Mae angen i&apos;r gwiriadau wybod beth mae pob tabl yn ei ddangos a ble mae ei gyfrifon. Mae dyfaliadau o enwau&apos;r ffeiliau wedi&apos;u llenwi: gwiriwch nhw.</translation>
    </message>
    <message>
        <source>Tables and figures of this request</source>
        <translation>Tablau a ffigurau&apos;r cais hwn</translation>
    </message>
    <message>
        <source>Counts of people or records (frequency)</source>
        <translation>Cyfrifon pobl neu gofnodion (amlder)</translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation>Canrannau</translation>
    </message>
    <message>
        <source>Means</source>
        <translation>Cymedrau</translation>
    </message>
    <message>
        <source>Totals (sums)</source>
        <translation>Cyfansymiau (symiau)</translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation>Cymarebau</translation>
    </message>
    <message>
        <source>Medians</source>
        <translation>Canolrifau</translation>
    </message>
    <message>
        <source>Regression results</source>
        <translation>Canlyniadau atchwelaeth</translation>
    </message>
    <message>
        <source>The values are weighted (the counts are not)</source>
        <translation>Mae&apos;r gwerthoedd wedi&apos;u pwysoli (nid yw&apos;r cyfrifon)</translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation>Y ddalen gyntaf</translation>
    </message>
    <message>
        <source>For an Excel workbook: the name of the sheet holding the table.</source>
        <translation>Ar gyfer llyfr gwaith Excel: enw&apos;r ddalen sy&apos;n cynnwys y tabl.</translation>
    </message>
    <message>
        <source>How many rows at the top hold the column labels (2 for &quot;Female&quot; over &quot;Under 35&quot;).</source>
        <translation>Sawl rhes ar y brig sy&apos;n cynnwys labeli&apos;r colofnau (2 ar gyfer &quot;Benyw&quot; uwchben &quot;O dan 35&quot;).</translation>
    </message>
    <message>
        <source>How many columns at the left hold the row labels.</source>
        <translation>Sawl colofn ar y chwith sy&apos;n cynnwys labeli&apos;r rhesi.</translation>
    </message>
    <message>
        <source>Rows of column labels</source>
        <translation>Rhesi o labeli colofn</translation>
    </message>
    <message>
        <source>Columns of row labels</source>
        <translation>Colofnau o labeli rhes</translation>
    </message>
    <message>
        <source>rows of column labels, and</source>
        <translation>rhes o labeli colofn, a</translation>
    </message>
    <message>
        <source>columns of row labels</source>
        <translation>colofn o labeli rhes</translation>
    </message>
    <message>
        <source>Found by their labels (Total, All, Overall)</source>
        <translation>Wedi&apos;u canfod yn ôl eu labeli (Cyfanswm, Pawb, Cyffredinol)</translation>
    </message>
    <message>
        <source>It has a total row or column: check it</source>
        <translation>Mae ganddo res neu golofn cyfanswm: gwiriwch hi</translation>
    </message>
    <message>
        <source>It has no totals</source>
        <translation>Nid oes ganddo gyfansymiau</translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation>Beth mae&apos;n ei ddangos</translation>
    </message>
    <message>
        <source>Counts file</source>
        <translation>Ffeil cyfrifon</translation>
    </message>
    <message>
        <source>Largest contribution</source>
        <translation>Cyfraniad mwyaf</translation>
    </message>
    <message>
        <source>Second largest</source>
        <translation>Ail fwyaf</translation>
    </message>
    <message>
        <source>Cell totals</source>
        <translation>Cyfansymiau celloedd</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>Dalen</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labeli</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Cyfansymiau</translation>
    </message>
    <message>
        <source>From the dataset</source>
        <translation>O&apos;r set ddata</translation>
    </message>
    <message>
        <source>Drawn from the table</source>
        <translation>Wedi&apos;i lunio o&apos;r tabl</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(dim)</translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation>(heb ei nodi)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation>(dewiswch)</translation>
    </message>
    <message>
        <source>What are you asking to release?</source>
        <translation>Beth rydych yn gofyn am ei ryddhau?</translation>
    </message>
    <message>
        <source>The kind of clearance decides who may see the outputs and what the checkers look for.</source>
        <translation>Mae&apos;r math o gliriad yn penderfynu pwy gaiff weld yr allbynnau a beth y mae&apos;r gwirwyr yn chwilio amdano.</translation>
    </message>
    <message>
        <source>Pre-publication</source>
        <translation>Cyn cyhoeddi</translation>
    </message>
    <message>
        <source>To share with the named project team only, for example drafts for co-authors. It must be destroyed when the project ends.</source>
        <translation>I&apos;w rannu â thîm enwebedig y prosiect yn unig, er enghraifft drafftiau ar gyfer cyd-awduron. Rhaid ei ddinistrio pan ddaw&apos;r prosiect i ben.</translation>
    </message>
    <message>
        <source>Publication</source>
        <translation>Cyhoeddi</translation>
    </message>
    <message>
        <source>Everything that will be disseminated: tables, words and graphics, with the underlying data (counts) the checkers need.</source>
        <translation>Popeth a gaiff ei ledaenu: tablau, geiriau a graffigau, gyda&apos;r data sylfaenol (cyfrifon) sydd eu hangen ar y gwirwyr.</translation>
    </message>
    <message>
        <source>Code</source>
        <translation>Cod</translation>
    </message>
    <message>
        <source>Analysis code to take out: no identifiers or record listings, and annotated so a checker can follow it.</source>
        <translation>Cod dadansoddi i&apos;w dynnu allan: dim dynodwyr na rhestrau cofnodion, a gydag anodiadau fel y gall gwiriwr ei ddilyn.</translation>
    </message>
    <message>
        <source>For example: Income by region, 2024</source>
        <translation>Er enghraifft: Incwm fesul rhanbarth, 2024</translation>
    </message>
    <message>
        <source>Title of the request</source>
        <translation>Teitl y cais</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Yn ôl</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Nesaf &gt;</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Ymrwymo</translation>
    </message>
    <message>
        <source>The service checks the files where they are, inside the secure environment, and names each problem cell by its place in the file: row, column and cell reference.</source>
        <translation>Mae&apos;r gwasanaeth yn gwirio&apos;r ffeiliau lle maen nhw, y tu mewn i&apos;r amgylchedd diogel, ac yn enwi pob cell broblemus yn ôl ei lle yn y ffeil: rhes, colofn a chyfeirnod cell.</translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionsView</name>
    <message>
        <source>no findings</source>
        <translation>dim canfyddiadau</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Adnewyddu</translation>
    </message>
    <message>
        <source>Withdraw request…</source>
        <translation>Tynnu&apos;r cais yn ôl…</translation>
    </message>
    <message>
        <source>Fix and resubmit…</source>
        <translation>Cywiro ac ailgyflwyno…</translation>
    </message>
    <message>
        <source>Download released files…</source>
        <translation>Lawrlwytho ffeiliau a ryddhawyd…</translation>
    </message>
    <message>
        <source>Your clearance requests</source>
        <translation>Eich ceisiadau am gliriad</translation>
    </message>
    <message>
        <source>The chosen request</source>
        <translation>Y cais a ddewiswyd</translation>
    </message>
    <message>
        <source>Stop this request. The checkers stop work on it; it cannot be reopened.</source>
        <translation>Atal y cais hwn. Mae&apos;r gwirwyr yn rhoi&apos;r gorau i weithio arno; nid oes modd ei ailagor.</translation>
    </message>
    <message>
        <source>Open the returned request to change its files and answers and send it again.</source>
        <translation>Agor y cais a ddychwelwyd i newid ei ffeiliau a&apos;i atebion a&apos;i anfon eto.</translation>
    </message>
    <message>
        <source>Save the released files to a folder you choose; each is checked against the release&apos;s manifest of SHA-256 checksums.</source>
        <translation>Cadw&apos;r ffeiliau a ryddhawyd mewn ffolder o&apos;ch dewis; caiff pob un ei gwirio yn erbyn maniffest symiau gwirio SHA-256 y rhyddhad.</translation>
    </message>
    <message>
        <source>Where should the released files go?</source>
        <translation>Ble dylai&apos;r ffeiliau a ryddhawyd fynd?</translation>
    </message>
    <message>
        <source>Choose a request above to see its history, files and check result.</source>
        <translation>Dewiswch gais uchod i weld ei hanes, ei ffeiliau a chanlyniad ei wiriad.</translation>
    </message>
    <message>
        <source>This request cannot be resubmitted now.</source>
        <translation>Nid oes modd ailgyflwyno&apos;r cais hwn nawr.</translation>
    </message>
    <message>
        <source>This request could not be loaded: %1</source>
        <translation>Nid oedd modd llwytho&apos;r cais hwn: %1</translation>
    </message>
    <message>
        <source>The request was withdrawn.</source>
        <translation>Tynnwyd y cais yn ôl.</translation>
    </message>
    <message>
        <source>The request was not withdrawn: %1 It is shown below as it is now.</source>
        <translation>Ni thynnwyd y cais yn ôl: %1 Fe&apos;i dangosir isod fel y mae nawr.</translation>
    </message>
    <message>
        <source>The request was not withdrawn: %1</source>
        <translation>Ni thynnwyd y cais yn ôl: %1</translation>
    </message>
    <message>
        <source>Your clearance requests in every project you can open from here.</source>
        <translation>Eich ceisiadau am gliriad ym mhob prosiect y gallwch ei agor o&apos;r fan hon.</translation>
    </message>
    <message>
        <source>Loading your clearance requests…</source>
        <translation>Wrthi&apos;n llwytho eich ceisiadau am gliriad…</translation>
    </message>
    <message>
        <source>You have no clearance requests in the projects you can open from here.</source>
        <translation>Nid oes gennych unrhyw geisiadau am gliriad yn y prosiectau y gallwch eu hagor o&apos;r fan hon.</translation>
    </message>
    <message>
        <source>The requests of %1 could not be loaded: %2</source>
        <translation>Nid oedd modd llwytho ceisiadau %1: %2</translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation>Wrthi&apos;n llwytho&apos;r cais…</translation>
    </message>
    <message>
        <source>Withdraw this request?</source>
        <translation>Tynnu&apos;r cais hwn yn ôl?</translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot;? The checkers stop work on it and it cannot be reopened; to have these outputs checked later, make a new request.</source>
        <translation>Tynnu &quot;%1&quot; yn ôl? Mae&apos;r gwirwyr yn rhoi&apos;r gorau i weithio arno ac nid oes modd ei ailagor; i gael gwirio&apos;r allbynnau hyn yn nes ymlaen, gwnewch gais newydd.</translation>
    </message>
    <message>
        <source>Why (optional; the checkers can read this):</source>
        <translation>Pam (dewisol; gall y gwirwyr ddarllen hyn):</translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation>Tynnu&apos;r cais yn ôl</translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation>Ei gadw</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Wrthi&apos;n tynnu&apos;n ôl…</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>cymeradwywyd</translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation>gofynnwyd am newidiadau</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>gwrthodwyd</translation>
    </message>
    <message>
        <source>Round %1, %2.</source>
        <translation>Rownd %1, %2.</translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation>Rownd %1, %2: %3</translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation>Chi (%1)</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Prosiect</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation>Math o gliriad</translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation>%1 (rownd %2)</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Cyflwr</translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation>Gofynnwyd gan</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Cyflwynwyd</translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation>Disgwylir ateb</translation>
    </message>
    <message>
        <source>An answer is expected within five working days of the request, not counting weekends or England and Wales bank holidays.</source>
        <translation>Disgwylir ateb o fewn pum diwrnod gwaith i&apos;r cais, heb gyfrif penwythnosau na gwyliau banc Cymru a Lloegr.</translation>
    </message>
    <message>
        <source>Note from %1, %2:</source>
        <translation>Nodyn gan %1, %2:</translation>
    </message>
    <message>
        <source>Check result</source>
        <translation>Canlyniad y gwiriad</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Ffeiliau</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Ffeil</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôl</translation>
    </message>
    <message>
        <source>Checkers&apos; comments</source>
        <translation>Sylwadau&apos;r gwirwyr</translation>
    </message>
    <message>
        <source>%1, SHA-256</source>
        <translation>%1, SHA-256</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Dim</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Hanes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Pwy</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Beth</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>Now: %1, round %2</source>
        <translation>Nawr: %1, rownd %2</translation>
    </message>
    <message>
        <source>Downloading release %1 to %2…</source>
        <translation>Wrthi&apos;n lawrlwytho rhyddhad %1 i %2…</translation>
    </message>
    <message>
        <source>Looking up the release…</source>
        <translation>Wrthi&apos;n chwilio am y rhyddhad…</translation>
    </message>
    <message>
        <source>The release of this request was not found. Try again in a moment.</source>
        <translation>Ni chanfuwyd rhyddhad y cais hwn. Rhowch gynnig arall arni mewn munud.</translation>
    </message>
    <message>
        <source>The release could not be looked up: %1</source>
        <translation>Nid oedd modd chwilio am y rhyddhad: %1</translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation>%1 (cais %2)</translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln canfyddiadau</numerusform>
            <numerusform>%Ln canfyddiad</numerusform>
            <numerusform>%Ln canfyddiad</numerusform>
            <numerusform>%Ln canfyddiad</numerusform>
            <numerusform>%Ln canfyddiad</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clearance request(s), most recently changed first.</source>
        <translation>
            <numerusform>%Ln ceisiadau am gliriad, y rhai a newidiwyd ddiweddaraf yn gyntaf.</numerusform>
            <numerusform>%Ln cais am gliriad.</numerusform>
            <numerusform>%Ln cais am gliriad, y rhai a newidiwyd ddiweddaraf yn gyntaf.</numerusform>
            <numerusform>%Ln cais am gliriad, y rhai a newidiwyd ddiweddaraf yn gyntaf.</numerusform>
            <numerusform>%Ln cais am gliriad, y rhai a newidiwyd ddiweddaraf yn gyntaf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more finding(s)</source>
        <translation>
            <numerusform>%Ln canfyddiadau eraill</numerusform>
            <numerusform>un canfyddiad arall</numerusform>
            <numerusform>%Ln canfyddiad arall</numerusform>
            <numerusform>%Ln canfyddiad arall</numerusform>
            <numerusform>%Ln canfyddiad arall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You asked for %n exception(s); the checkers decide whether to allow them.</source>
        <translation>
            <numerusform>Gofynnoch am %n eithriadau; y gwirwyr sy&apos;n penderfynu a ddylid eu caniatáu.</numerusform>
            <numerusform>Gofynnoch am un eithriad; y gwirwyr sy&apos;n penderfynu a ddylid ei ganiatáu.</numerusform>
            <numerusform>Gofynnoch am %n eithriad; y gwirwyr sy&apos;n penderfynu a ddylid eu caniatáu.</numerusform>
            <numerusform>Gofynnoch am %n eithriad; y gwirwyr sy&apos;n penderfynu a ddylid eu caniatáu.</numerusform>
            <numerusform>Gofynnoch am %n eithriad; y gwirwyr sy&apos;n penderfynu a ddylid eu caniatáu.</numerusform>
        </translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Agor y ffolder</translation>
    </message>
    <message>
        <source>Open the folder the released files were saved in.</source>
        <translation>Agor y ffolder y cadwyd y ffeiliau a ryddhawyd ynddo.</translation>
    </message>
</context>
<context>
    <name>srs::ui::TablePreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>blank</source>
        <translation>gwag</translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation>%1 (%2): %3</translation>
    </message>
    <message>
        <source>Changed since the last round: was %1</source>
        <translation>Wedi newid ers y rownd ddiwethaf: roedd yn %1</translation>
    </message>
    <message>
        <source>New in this round</source>
        <translation>Newydd yn y rownd hon</translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation>Rhes %1</translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation>Colofn %1</translation>
    </message>
    <message>
        <source>To be suppressed as well (%1), so that row %2, column %3 cannot be worked out from the totals</source>
        <translation>I&apos;w atal hefyd (%1), fel nad oes modd cyfrifo rhes %2, colofn %3 o&apos;r cyfansymiau</translation>
    </message>
</context>
<context>
    <name>srs::ui::TablePreviewWidget</name>
    <message>
        <source>Show only &amp;changes</source>
        <translation>Dangos &amp;newidiadau yn unig</translation>
    </message>
    <message>
        <source>Findings of this table</source>
        <translation>Canfyddiadau&apos;r tabl hwn</translation>
    </message>
    <message>
        <source>Only the rows and columns with a changed or new cell.</source>
        <translation>Dim ond y rhesi a&apos;r colofnau sydd â chell wedi newid neu gell newydd.</translation>
    </message>
    <message>
        <source>Table preview</source>
        <translation>Rhagolwg tabl</translation>
    </message>
    <message>
        <source>This table cannot be shown: %1</source>
        <translation>Nid oes modd dangos y tabl hwn: %1</translation>
    </message>
    <message>
        <source>, sheet &apos;%1&apos;</source>
        <translation>, dalen &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Since the last round: %1.</source>
        <translation>Ers y rownd ddiwethaf: %1.</translation>
    </message>
    <message>
        <source>Rows removed: %1.</source>
        <translation>Rhesi wedi&apos;u tynnu: %1.</translation>
    </message>
    <message>
        <source>Columns removed: %1.</source>
        <translation>Colofnau wedi&apos;u tynnu: %1.</translation>
    </message>
    <message>
        <source>The last round&apos;s version cannot be compared: %1</source>
        <translation>Nid oes modd cymharu fersiwn y rownd ddiwethaf: %1</translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <comment>a worksheet of a workbook</comment>
        <translation>&amp;Dalen:</translation>
    </message>
    <message>
        <source>Sheet</source>
        <comment>a worksheet of a workbook</comment>
        <translation>Dalen</translation>
    </message>
    <message>
        <source>Each table of this workbook, by its sheet. Every sheet is released, so check each one.</source>
        <translation>Pob tabl yn y llyfr gwaith hwn, yn ôl ei ddalen. Caiff pob dalen ei rhyddhau, felly gwiriwch bob un.</translation>
    </message>
    <message>
        <source>First sheet</source>
        <comment>a worksheet of a workbook</comment>
        <translation>Dalen gyntaf</translation>
    </message>
    <message>
        <source>%1 of %2: every sheet is released, so check each one</source>
        <translation>%1 o %2: caiff pob dalen ei rhyddhau, felly gwiriwch bob un</translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>%Ln arall</numerusform>
            <numerusform>un arall</numerusform>
            <numerusform>%Ln arall</numerusform>
            <numerusform>%Ln arall</numerusform>
            <numerusform>%Ln arall</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln rhesi</numerusform>
            <numerusform>%Ln rhes</numerusform>
            <numerusform>%Ln rhes</numerusform>
            <numerusform>%Ln rhes</numerusform>
            <numerusform>%Ln rhes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln colofnau</numerusform>
            <numerusform>%Ln golofn</numerusform>
            <numerusform>%Ln colofn</numerusform>
            <numerusform>%Ln colofn</numerusform>
            <numerusform>%Ln colofn</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) flagged</source>
        <translation>
            <numerusform>%Ln celloedd wedi&apos;u nodi</numerusform>
            <numerusform>%Ln gell wedi&apos;i nodi</numerusform>
            <numerusform>%Ln cell wedi&apos;u nodi</numerusform>
            <numerusform>%Ln cell wedi&apos;u nodi</numerusform>
            <numerusform>%Ln cell wedi&apos;u nodi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) not found in the table: see the list below</source>
        <translation>
            <numerusform>%Ln canfyddiadau heb eu canfod yn y tabl: gweler y rhestr isod</numerusform>
            <numerusform>%Ln canfyddiad heb ei ganfod yn y tabl: gweler y rhestr isod</numerusform>
            <numerusform>%Ln canfyddiad heb eu canfod yn y tabl: gweler y rhestr isod</numerusform>
            <numerusform>%Ln canfyddiad heb eu canfod yn y tabl: gweler y rhestr isod</numerusform>
            <numerusform>%Ln canfyddiad heb eu canfod yn y tabl: gweler y rhestr isod</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::WorkspaceTreeModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Modified</source>
        <translation>Addaswyd</translation>
    </message>
</context>
</TS>
