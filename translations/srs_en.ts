<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>FindingTexts</name>
    <message numerus="yes">
        <source>%1 is dominated: its largest %n contribution(s) make up %2 or more of the cell total. Suppress it or combine categories.</source>
        <translation>
            <numerusform>%1 is dominated: its largest contribution makes up %2 or more of the cell total. Suppress it or combine categories.</numerusform>
            <numerusform>%1 is dominated: its largest %n contributions make up %2 or more of the cell total. Suppress it or combine categories.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>IngestTexts</name>
    <message numerus="yes">
        <source>about %n second(s) left</source>
        <translation>
            <numerusform>about %n second left</numerusform>
            <numerusform>about %n seconds left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n minute(s) left</source>
        <translation>
            <numerusform>about %n minute left</numerusform>
            <numerusform>about %n minutes left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n hour(s) left</source>
        <translation>
            <numerusform>about %n hour left</numerusform>
            <numerusform>about %n hours left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (the checks noted %n thing(s) for the checker)</source>
        <translation>
            <numerusform>%1 (the checks noted %n thing for the checker)</numerusform>
            <numerusform>%1 (the checks noted %n things for the checker)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message numerus="yes">
        <source>%Ln cell(s) changed</source>
        <translation>
            <numerusform>%Ln cell changed</numerusform>
            <numerusform>%Ln cells changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) added</source>
        <translation>
            <numerusform>%Ln row added</numerusform>
            <numerusform>%Ln rows added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s) removed</source>
        <translation>
            <numerusform>%Ln row removed</numerusform>
            <numerusform>%Ln rows removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) added</source>
        <translation>
            <numerusform>%Ln column added</numerusform>
            <numerusform>%Ln columns added</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s) removed</source>
        <translation>
            <numerusform>%Ln column removed</numerusform>
            <numerusform>%Ln columns removed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln working day(s)</source>
        <translation>
            <numerusform>%Ln working day</numerusform>
            <numerusform>%Ln working days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>overdue by %Ln</source>
        <comment>working days</comment>
        <translation>
            <numerusform>overdue by %Ln</numerusform>
            <numerusform>overdue by %Ln</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s)</source>
        <translation>
            <numerusform>%Ln request</numerusform>
            <numerusform>%Ln requests</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionTexts</name>
    <message numerus="yes">
        <source>%1, in %n working day(s)</source>
        <translation>
            <numerusform>%1, in %n working day</numerusform>
            <numerusform>%1, in %n working days</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::session::IngestUploads</name>
    <message numerus="yes">
        <source>%1 Trying again in %n second(s).</source>
        <translation>
            <numerusform>%1 Trying again in %n second.</numerusform>
            <numerusform>%1 Trying again in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::session::Session</name>
    <message numerus="yes">
        <source>The workstation was locked after %n minute(s) without use.</source>
        <translation>
            <numerusform>The workstation was locked after a minute without use.</numerusform>
            <numerusform>The workstation was locked after %n minutes without use.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::BringFilesDialog</name>
    <message numerus="yes">
        <source>&quot;%1&quot; holds more than %n files; choose the ones the project needs.</source>
        <translation>
            <numerusform>&quot;%1&quot; holds more than %n file; choose the ones the project needs.</numerusform>
            <numerusform>&quot;%1&quot; holds more than %n files; choose the ones the project needs.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What the %n chosen file(s) are and why the project needs them:</source>
        <translation>
            <numerusform>What the chosen file is and why the project needs it:</numerusform>
            <numerusform>What the %n chosen files are and why the project needs them:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>What &quot;%1&quot; is takes more than %n characters.</source>
        <translation>
            <numerusform>What &quot;%1&quot; is takes more than %n character.</numerusform>
            <numerusform>What &quot;%1&quot; is takes more than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The reason takes more than %n characters.</source>
        <translation>
            <numerusform>The reason takes more than %n character.</numerusform>
            <numerusform>The reason takes more than %n characters.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s), %1 in all.</source>
        <translation>
            <numerusform>%n file, %1 in all.</numerusform>
            <numerusform>%n files, %1 in all.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::CodePreviewWidget</name>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln line</numerusform>
            <numerusform>%Ln lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln line(s) flagged</source>
        <translation>
            <numerusform>; %Ln line flagged</numerusform>
            <numerusform>; %Ln lines flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln hidden or direction-changing character(s), shown as ⟦U+…⟧</source>
        <translation>
            <numerusform>; %Ln hidden or direction-changing character, shown as ⟦U+…⟧</numerusform>
            <numerusform>; %Ln hidden or direction-changing characters, shown as ⟦U+…⟧</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln finding(s) name lines the file does not have: see the list below</source>
        <translation>
            <numerusform>; %Ln finding names a line the file does not have: see the list below</numerusform>
            <numerusform>; %Ln findings name lines the file does not have: see the list below</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::CodeView</name>
    <message numerus="yes">
        <source> (and %n more)</source>
        <translation>
            <numerusform> (and %n more)</numerusform>
            <numerusform> (and %n more)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::DeclarationsPage</name>
    <message numerus="yes">
        <source>You must read and accept %n declaration(s) before you can work in the service. This is the first.</source>
        <translation>
            <numerusform>You must read and accept this declaration before you can work in the service.</numerusform>
            <numerusform>You must read and accept %n declarations before you can work in the service. This is the first.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::HomePage</name>
    <message numerus="yes">
        <source>%n minute(s)</source>
        <translation>
            <numerusform>a minute</numerusform>
            <numerusform>%n minutes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n release(s) of ended projects you lead must be destroyed; as their lead, confirm each one when every copy is gone.</source>
        <translation>
            <numerusform>%n release of an ended project you lead must be destroyed; as its lead, confirm when every copy is gone.</numerusform>
            <numerusform>%n releases of ended projects you lead must be destroyed; as their lead, confirm each one when every copy is gone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>My submissions (%n)</source>
        <translation>
            <numerusform>My submissions (%n)</numerusform>
            <numerusform>My submissions (%n)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Requests that came back and are not opened yet: %n</source>
        <translation>
            <numerusform>Requests that came back and are not opened yet: %n</numerusform>
            <numerusform>Requests that came back and are not opened yet: %n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of your requests came back. The latest: %1</source>
        <translation>
            <numerusform>%n of your requests came back: %1</numerusform>
            <numerusform>%n of your requests came back. The latest: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n clearance requests came back</source>
        <translation>
            <numerusform>A clearance request came back</numerusform>
            <numerusform>%n clearance requests came back</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::IngestDesk</name>
    <message numerus="yes">
        <source>(%n more stopped too: see Files brought in.)</source>
        <translation>
            <numerusform>(%n more stopped too: see Files brought in.)</numerusform>
            <numerusform>(%n more stopped too: see Files brought in.)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::IngestReviewDialog</name>
    <message numerus="yes">
        <source>%n flag(s)</source>
        <translation>
            <numerusform>%n flag</numerusform>
            <numerusform>%n flags</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%1&lt;/b&gt; for %2 (%3), asked by %4 on %5.&lt;br&gt;Why the project needs them: %6&lt;br&gt;Each file needs %n approval(s); one rejection rejects it.</source>
        <translation>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; for %2 (%3), asked by %4 on %5.&lt;br&gt;Why the project needs them: %6&lt;br&gt;Each file needs %n approval; one rejection rejects it.</numerusform>
            <numerusform>&lt;b&gt;%1&lt;/b&gt; for %2 (%3), asked by %4 on %5.&lt;br&gt;Why the project needs them: %6&lt;br&gt;Each file needs %n approvals; one rejection rejects it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::IngestReviewPanel</name>
    <message numerus="yes">
        <source>%1: %n file(s) to decide</source>
        <translation>
            <numerusform>%1: %n file to decide</numerusform>
            <numerusform>%1: %n files to decide</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::MemberProjectsModel</name>
    <message numerus="yes">
        <source>Project %1 ends on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Project %1 ends on %2 (in %n day).</numerusform>
            <numerusform>Project %1 ends on %2 (in %n days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s) (warning)</source>
        <translation>
            <numerusform>%1, in %n day (warning)</numerusform>
            <numerusform>%1, in %n days (warning)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1, in %n day(s)</source>
        <translation>
            <numerusform>%1, in %n day</numerusform>
            <numerusform>%1, in %n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n publication(s) reported</source>
        <translation>
            <numerusform>%n publication reported</numerusform>
            <numerusform>%n publications reported</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::NotificationButton</name>
    <message numerus="yes">
        <source>Notifications: %n unread</source>
        <translation>
            <numerusform>Notifications: %n unread</numerusform>
            <numerusform>Notifications: %n unread</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::NotificationDialog</name>
    <message numerus="yes">
        <source>%n unread.</source>
        <translation>
            <numerusform>%n unread.</numerusform>
            <numerusform>%n unread.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::NotificationModel</name>
    <message numerus="yes">
        <source>Project %1 ends on %2 (in %n day(s)).</source>
        <translation>
            <numerusform>Project %1 ends on %2 (in %n day).</numerusform>
            <numerusform>Project %1 ends on %2 (in %n days).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::PeoplePanel</name>
    <message numerus="yes">
        <source>Revoked the device certificate with serial %1: %n session(s) ended.</source>
        <translation>
            <numerusform>Revoked the device certificate with serial %1: %n session ended.</numerusform>
            <numerusform>Revoked the device certificate with serial %1: %n sessions ended.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectListModel</name>
    <message numerus="yes">
        <source>Ends in %n day(s), %1</source>
        <translation>
            <numerusform>Ends in %n day, %1</numerusform>
            <numerusform>Ends in %n days, %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Less than %n day(s) left: ask your project lead about an extension or finish your outputs in time.</source>
        <translation>
            <numerusform>Less than a day left: ask your project lead about an extension or finish your outputs in time.</numerusform>
            <numerusform>Less than %n days left: ask your project lead about an extension or finish your outputs in time.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectView</name>
    <message numerus="yes">
        <source>%Ln match(es)</source>
        <translation>
            <numerusform>%Ln match</numerusform>
            <numerusform>%Ln matches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You have %n draft request(s) for this project. Choose one to continue, or start a new request:</source>
        <translation>
            <numerusform>You have a draft request for this project. Choose it to continue, or start a new request:</numerusform>
            <numerusform>You have %n draft requests for this project. Choose one to continue, or start a new request:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln item(s), up to date as of %1.</source>
        <translation>
            <numerusform>%Ln item, up to date as of %1.</numerusform>
            <numerusform>%Ln items, up to date as of %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n more dataset(s) of this project can be seen only from a safe room and are not listed here.</source>
        <translation>
            <numerusform>%n more dataset of this project can be seen only from a safe room and is not listed here.</numerusform>
            <numerusform>%n more datasets of this project can be seen only from a safe room and are not listed here.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ReleaseComparisonPanel</name>
    <message numerus="yes">
        <source>%Ln release(s)</source>
        <translation>
            <numerusform>%Ln release</numerusform>
            <numerusform>%Ln releases</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln difference(s)</source>
        <translation>
            <numerusform>%Ln difference</numerusform>
            <numerusform>%Ln differences</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln record(s)</source>
        <translation>
            <numerusform>%Ln record</numerusform>
            <numerusform>%Ln records</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewDashboard</name>
    <message numerus="yes">
        <source>%Ln request(s) waiting: </source>
        <translation>
            <numerusform>%Ln request is waiting: </numerusform>
            <numerusform>%Ln requests are waiting: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>; %Ln overdue (more than five working days).</source>
        <translation>
            <numerusform>; %Ln is overdue (more than five working days).</numerusform>
            <numerusform>; %Ln are overdue (more than five working days).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln request(s) answered</source>
        <translation>
            <numerusform>%Ln request answered</numerusform>
            <numerusform>%Ln requests answered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source> over %Ln week(s)</source>
        <translation>
            <numerusform> over %Ln week</numerusform>
            <numerusform> over %Ln weeks</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewDialog</name>
    <message numerus="yes">
        <source>Release %1: %Ln file(s) now available to the project.</source>
        <translation>
            <numerusform>Release %1: one file is now available to the project.</numerusform>
            <numerusform>Release %1: %Ln files are now available to the project.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewQueueView</name>
    <message numerus="yes">
        <source>; %Ln overdue</source>
        <translation>
            <numerusform>; %Ln overdue</numerusform>
            <numerusform>; %Ln overdue</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::SafeRoomsPanel</name>
    <message numerus="yes">
        <source>Terminal %1 is out of use; %n booking(s) cancelled.</source>
        <translation>
            <numerusform>Terminal %1 is out of use; %n booking cancelled.</numerusform>
            <numerusform>Terminal %1 is out of use; %n bookings cancelled.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionWizardDialog</name>
    <message numerus="yes">
        <source>… and %Ln more</source>
        <translation>
            <numerusform>… and %Ln more</numerusform>
            <numerusform>… and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln to fix or explain</source>
        <translation>
            <numerusform>%Ln to fix or explain</numerusform>
            <numerusform>%Ln to fix or explain</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %Ln for a checker to look at.</source>
        <translation>
            <numerusform>, %Ln for a checker to look at.</numerusform>
            <numerusform>, %Ln for a checker to look at.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be checked: see why below.</source>
        <translation>
            <numerusform>%n file could not be checked: see why below.</numerusform>
            <numerusform>%n files could not be checked: see why below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n exception(s) asked for.</source>
        <translation>
            <numerusform>One exception asked for.</numerusform>
            <numerusform>%n exceptions asked for.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionsView</name>
    <message numerus="yes">
        <source>%Ln finding(s)</source>
        <translation>
            <numerusform>%Ln finding</numerusform>
            <numerusform>%Ln findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln clearance request(s), most recently changed first.</source>
        <translation>
            <numerusform>%Ln clearance request.</numerusform>
            <numerusform>%Ln clearance requests, most recently changed first.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %Ln more finding(s)</source>
        <translation>
            <numerusform>and %Ln more finding</numerusform>
            <numerusform>and %Ln more findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>You asked for %n exception(s); the checkers decide whether to allow them.</source>
        <translation>
            <numerusform>You asked for %n exception; the checkers decide whether to allow it.</numerusform>
            <numerusform>You asked for %n exceptions; the checkers decide whether to allow them.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::TablePreviewWidget</name>
    <message numerus="yes">
        <source>and %Ln more</source>
        <translation>
            <numerusform>and %Ln more</numerusform>
            <numerusform>and %Ln more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln row(s)</source>
        <translation>
            <numerusform>%Ln row</numerusform>
            <numerusform>%Ln rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln column(s)</source>
        <translation>
            <numerusform>%Ln column</numerusform>
            <numerusform>%Ln columns</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln cell(s) flagged</source>
        <translation>
            <numerusform>%Ln cell flagged</numerusform>
            <numerusform>%Ln cells flagged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln finding(s) not found in the table: see the list below</source>
        <translation>
            <numerusform>%Ln finding not found in the table: see the list below</numerusform>
            <numerusform>%Ln findings not found in the table: see the list below</numerusform>
        </translation>
    </message>
</context>
</TS>
