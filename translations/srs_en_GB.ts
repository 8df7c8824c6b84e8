<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
<context>
    <name>HiddenCharacters</name>
    <message>
        <source>a bidirectional control character: it changes the order in which the text around it is shown, so the code may not do what it appears to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line break for some programs and not for others: the line may hold more code than it appears to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a control character: it shows as nothing, or changes how a terminal shows what follows.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an invisible character: it can make two names that look the same differ, or hide text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in the file; the preview shows it as this marker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>SRS Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Desktop client of the secure research service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Managed configuration file (default %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect, print what the server recognised, and exit: 0 when connected, 1 when not, 2 when the configuration is unusable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRS Workstation cannot start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewTexts</name>
    <message>
        <source>1 cell changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 row removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 column removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 columns removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pass</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of 2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No changes since the last round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days
due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days
overdue by 1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 working days
overdue by %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is approved. It can now be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is partly approved. Its approved files can now be released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is returned to the author with the shared comments, to fix and resubmit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is in, and with it both: the request is rejected, and the author is told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review is in. The request waits for the second checker.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SubmissionTexts</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted, waiting for a checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Being checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned to you for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted, waiting for a checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting (never released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code to release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrew the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmitted with changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released the approved outputs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passed, with points for the checker to look at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in 1 working day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, in %2 working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for your changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Returned it for changes after both reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved it after both reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved part of it after both reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected it after both reviews</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::domain</name>
    <message>
        <source>a safe room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your organisation&apos;s premises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>home working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an unrecognised setting</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::net</name>
    <message>
        <source>The clearance server refused the request (HTTP %1). Try again; if it keeps happening, contact research support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::ClientConfig</name>
    <message>
        <source>The workstation configuration %1 could not be read (%2). Ask your IT support to install it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation configuration %1 is not valid JSON: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation configuration %1 has a problem: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an https:// address, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least one pinned server key is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a base64 SHA-256 key hash (44 characters)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;safe-room-terminal&quot; or &quot;organisation-device&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &quot;pem&quot; or &quot;pkcs12&quot;, got &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timeouts must be at least one second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required for a PEM device certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an organisation device needs at least one VPN interface pattern</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an interface name pattern (like &quot;tun*&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to 240 minutes, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to 300 seconds, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to 365 days, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be from 1 to 5000 milliseconds, got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation configuration %1 could be changed by someone other than the system administrator (%2 must belong to root and be writable only by root). Ask your IT support to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configuration %1 given with --config is not used: %2 %3, so someone else could change what this program trusts. Make it yours (or root&apos;s) and writable only by its owner (chmod go-w).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation configuration %1 has a problem with &quot;%2&quot;: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::ClientStore</name>
    <message>
        <source>Drafts cannot be kept yet: the encrypted copy of your project details on this computer is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project details cannot be kept on this computer: %1 Your projects are shown from the server, but workspaces cannot be browsed until this is fixed; tell your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was set aside and is being rebuilt from the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The cache is not open.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::DeviceCertificate</name>
    <message>
        <source>This workstation&apos;s device certificate is missing (%1). Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate cannot be read (%1: %2). Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate bundle %1 cannot be opened (it is damaged or its password is wrong). Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate bundle %1 has no private key. Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device key (%1) is missing or cannot be read. Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate %1 is not a certificate. Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate %1 has unreadable dates. Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::EnvironmentCheck</name>
    <message>
        <source>This workstation&apos;s device certificate expired on %1, so it cannot be used for the service. Ask your IT support to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate is not valid until %1. If that date has passed, this computer&apos;s clock is wrong: ask your IT support to correct it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation&apos;s device certificate expires on %1. Ask your IT support to renew it before then, or you will not be able to sign in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation cannot check its VPN connection (%1), so it cannot be used as an organisation device. Contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s VPN is not connected. Connect to it, then select Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearance server&apos;s address (%1) cannot be found. Check that your organisation&apos;s VPN is connected properly, then select Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation has no network route to the clearance server. Check your network and VPN connections, then select Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your organisation&apos;s VPN is connected, but traffic to the clearance server does not go through it. Disconnect and reconnect the VPN, then select Try again; if this keeps happening, contact your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::Releases</name>
    <message>
        <source>Not kept: its name would put it outside the folder you chose.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: what arrived does not match the manifest&apos;s SHA-256. Try the download again; if it happens again, tell the support team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already in the folder, and matches the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: a different file with this name is already in the folder. Move it away and download again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: it could not be written (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloaded and matches the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: it could not be written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept: in the folder you chose, a symbolic link stands where it or its folder would go, and downloads are never written through links. Remove the link and download again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::ReviewDesk</name>
    <message>
        <source>That file is not part of the request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file that arrived is not the one submitted (its SHA-256 differs). It is not shown.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::Session</name>
    <message>
        <source>The workstation was locked after a minute without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workstation was locked after %1 minutes without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session has ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your session reached its time limit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::SubmissionWizard</name>
    <message>
        <source>That draft is no longer kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what kind of clearance you are asking for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the request a short title, for example &quot;Income by region, 2024&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the workspace (any more): choose it again or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose at least one output or code file to be cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A code clearance releases code only: mark %1 as code or remove it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the table %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the table the figure %1 was drawn from: it is checked like any table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe the table %1, which the figure %2 was drawn from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 needs the file with the number of records behind each cell (the counts).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 shows %2: add the files with the largest and second-largest contribution to each cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks before going on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files have changed since the last check: run the checks again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: fix it in the workspace and run the checks again, or explain why it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain in a sentence or two why this output is safe to release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what %1 is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where %1 will be published, or to whom it goes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what disclosure control you applied (suppression, rounding, grouping...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what you changed in answer to the output checkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm the declaration to submit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks&apos; answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was sent, but the answer could not be read: %1. Look for it in My submissions before sending it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session::WorkspaceSync</name>
    <message>
        <source>The cache is not open: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s answer could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui</name>
    <message>
        <source>You could not be signed in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The clearance server could not be reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Those details are not right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session belongs to another device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your account is disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your accreditation does not allow access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This network or device is not approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project access is not allowed from here</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::BlockedPage</name>
    <message>
        <source>This workstation cannot be used for the service right now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For IT support: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::CodePreviewWidget</name>
    <message>
        <source>Findings of this code file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 lines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 line flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 lines flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 finding names a line the file does not have: see the list below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 findings name lines the file does not have: see the list below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 hidden or direction-changing character, shown as ⟦U+…⟧</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 hidden or direction-changing characters, shown as ⟦U+…⟧</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::CodeView</name>
    <message>
        <source> (and %1 more)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ConnectionPanel</name>
    <message>
        <source>&amp;Try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status icon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try connecting again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Device name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognised as:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting the server recognised</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organisation that owns this device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe room:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Safe room site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the clearance server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the secure connection to %1. This takes a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to the clearance server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secure connection works, and the server recognised this device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: this workstation is set up as a %1, but the server recognised it as a %2. Tell your IT support.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (protocol version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot connect to the clearance server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technical details: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>safe-room terminal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>organisation device</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unrecognised device</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::CredentialsForm</name>
    <message>
        <source>Caps Lock is on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example, asha.patel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6 digits from your authenticator app</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Security &amp;code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your username is usually firstname.lastname.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the password for your service account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your security code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the 6-digit code your authenticator app shows now for the Secure Research Service.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::DeclarationsPage</name>
    <message>
        <source>I have read this declaration and I agree to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accept and continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before you continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your acceptance could not be recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must read and accept this declaration before you can work in the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You must read and accept %1 declarations before you can work in the service. This is the first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (version %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of the declaration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::FilePreviewWidget</name>
    <message>
        <source>Image preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SVG images cannot be previewed on this computer: Qt&apos;s SVG image plug-in is not installed. Open it in the secure environment to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this type cannot be previewed here. Open it in the secure environment to check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This image cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 × %3 pixels, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1

%2
Size: %3
SHA-256: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This PDF cannot be shown: %1. Open it in the secure environment to check it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::FindingListModel</name>
    <message>
        <source>row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1 (the whole row)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1 (the whole column)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet %1, %2: not the sheet shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not found in this file: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This finding is not marked in the preview: the file shown has no such place. Check it against the file by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exception asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3: %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher&apos;s justification</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::HomePage</name>
    <message>
        <source>a minute</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm destruction…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Destruction was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My submissions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your projects could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You locked the workstation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username %1. Setting: %2, on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accreditation: %1, valid to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>provisional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support staff account.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session lasts until %1. The workstation locks after %2 without use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Output checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1 has ended. Outputs released to it before publication (release %2, %3) must now be destroyed; as its lead, confirm when every copy is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases of ended projects you lead must be destroyed; as their lead, confirm each one when every copy is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confirm destruction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1 of project %2 (%3) was for the project team only, until the project ended. Confirm that every copy of these files, on every computer and in e-mail, has been destroyed:

%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every copy is destroyed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are not a member of any project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each project with whether it can be opened from here; choose one to see its workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::LockPage</name>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign out instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workstation is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1 (%2). Enter your password and a new security code to carry on where you left off.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::MainWindow</name>
    <message>
        <source>SRS Workstation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Secure Research Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project data stays inside the secure environment. This workstation only shows descriptions of files, checks on outputs and outputs that have been cleared for release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to %1 as %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SRS Workstation — locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Setting check failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> through the VPN (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::PdfPreviewWidget</name>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page (Page Up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page (Page Down)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+minus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in (Ctrl+plus)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the page to the width (Ctrl+0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is protected by a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is encrypted in a way that cannot be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it is damaged or not a PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pages of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page Down and Page Up turn the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectListModel</name>
    <message>
        <source>No end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends tomorrow, %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends in %1 days, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Less than %1 days left: ask your project lead about an extension or finish your outputs in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may open this project from this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access from here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed before its end date, %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ProjectView</name>
    <message>
        <source>Project lead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Researcher</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request output clearance…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prepare outputs from this workspace for checking and release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, for example income or .csv</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File contents stay inside the secure environment. This window shows only names, sizes, dates and checksums; open and change files from the secure desktop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a project on the left to see its workspace and details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No names contain &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 match</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 matches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot;, last changed %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no title yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue your draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have a draft request for this project: %1. Continue it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue a draft?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have %1 draft requests for this project. Choose one to continue, or start a new request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You cannot open this project from here. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching the workspace index from the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workspace is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a file or folder to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the server for changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not bring the workspace up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly updated: the rest is fetched next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 item, up to date as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 items, up to date as of %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project %1, %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extended from %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restrictions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home working is approved: you may open this project from an organisation device on its VPN, as well as from a safe room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home working is not approved: open this project from a safe room or your organisation&apos;s approved office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing leaves the secure environment without an output check: outputs are released only after two checkers approve them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and datasets appear once the server has sent them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members and datasets are shown for projects you can open from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Members</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No datasets are mapped to this project yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Remote access allowed]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[Safe room only]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be used from a safe room or an approved organisation device.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May be used only at a safe-room terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more dataset of this project can be seen only from a safe room and is not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more datasets of this project can be seen only from a safe room and are not listed here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the workspace by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The project&apos;s files and folders by name, size and date; contents stay inside the secure environment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace update</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ReleaseComparisonPanel</name>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A column</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with the project&apos;s releases now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Differences from the project&apos;s releases, compared now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare the request&apos;s tables with every release of the project again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Comparing the request&apos;s tables with every release of the project…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tables could not be compared with the project&apos;s releases: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared on %1: the project has made no release yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 releases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared on %1 with %2 (%3 made since round %4 was submitted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 differences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no table differs from a released one by a few records.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 of them new since submission.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At submission</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, sheet %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, released %2 (after submission)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, released %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewDashboard</name>
    <message>
        <source>Queue by working days waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer times, last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0–1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2–3 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4–5 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Over 5: overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests are waiting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request is waiting: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests are waiting: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for 0–1 working days, %2 for 2–3, %3 for 4–5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; none is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 is overdue (more than five working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 are overdue (more than five working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No requests were answered in these weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request answered, within the five-working-day promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 request answered, later than the five-working-day promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 requests answered over %2 weeks; %3 of them (%4%) within the five-working-day promise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Median working days to answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&lt;br&gt;(%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Promise: five working days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week starting (requests answered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewDialog</name>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For the author: what to change, or why it cannot be released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For checkers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your summary for the author (the reason, if you reject anything)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit my review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release approved outputs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your decision on this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve: safe to release as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request changes: the author must fix it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject: it cannot be released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the author says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release the approved outputs?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both checkers approved. The approved output and code files become available to the project&apos;s members, with a manifest of their SHA-256 checksums. Supporting files are never released.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your review was not recorded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: one file is now available to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: %2 files are now available to the project.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not released: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1 — %2&lt;/b&gt;&lt;br&gt;Project %3 · %4 · round %5 · from %6, submitted %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have not claimed this request: you can read it, not vote on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The other checker&apos;s votes are hidden until yours are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give every file a decision, then submit your review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still reviewing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>checkers only: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their votes are hidden until yours are in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1 (earlier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no decision yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disclosure control applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fetching %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give %1 a decision first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file with its role and the decision you have given it so far.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;mment for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note for checkers only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summar&amp;y for the author</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the author changed:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewPage</name>
    <message>
        <source>This is your own request: another checker must review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a member of this request&apos;s project, so you may not review it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request does not have two approvals yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two checkers are reviewing this request already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not review this request (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claim and review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue my review…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this request as one of its two checkers and open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The queue shown was kept from before; it could not be brought up to date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open to release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both checkers approved this request: open it to release the approved outputs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have reviewed this request; it waits for the second checker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be checked from where you are now.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewQueueModel</name>
    <message>
        <source>Not for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have voted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Claimed by you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are a member of its project, so you may not check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is your own request, so you may not check it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two checkers have claimed it already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not check it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer promised by %1: five working days after the request, not counting weekends or England and Wales bank holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answers are promised within five working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkers who have claimed this round: two independent reviews are needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, waiting %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working days since the request was submitted; the promise is an answer within five.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst outcome of the automatic checks of this round.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exceptions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2 (round %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not from where you are now: the message below the queue says where it can be checked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::ReviewQueueView</name>
    <message>
        <source>&amp;Overdue only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Waiting for a second checker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find by request, title or project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All clearance types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All states</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests waiting more than five working days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests one checker has claimed: they need a second, independent review.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only requests you have claimed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requests waiting for output checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; 1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; %1 overdue</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::SignInPage</name>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This safe-room terminal (%1) at %2 is connected to the service.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This %1 device (%2) is connected to the service%3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> through your organisation&apos;s VPN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the connection to the service…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing in…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionListModel</name>
    <message>
        <source>%1 (round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Five working days after the request, not counting weekends or England and Wales bank holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionWizardDialog</name>
    <message>
        <source>Output (to be released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Supporting (for the checkers, never released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code (to be released)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are fixing request %1, which the output checkers returned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are fixing request %1. The output checkers said: “%2”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What are you asking to release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The kind of clearance decides who may see the outputs and what the checkers look for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre-publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To share with the named project team only, for example drafts for co-authors. It must be destroyed when the project ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything that will be disseminated: tables, words and graphics, with the underlying data (counts) the checkers need.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis code to take out: no identifiers or record listings, and annotated so a checker can follow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: Income by region, 2024</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which files?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose from the project&apos;s workspace. Outputs and code are released if approved; supporting files (counts, top contributions) are only for the checkers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter the workspace by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as supporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add as code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In this request:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe each table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks need to know what each table shows and where its counts are. Guesses from the file names are filled in: check them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts of people or records (frequency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Percentages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Means</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals (sums)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratios</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medians</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regression results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The values are weighted (the counts are not)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For an Excel workbook: the name of the sheet holding the table.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many rows at the top hold the column labels (2 for &quot;Female&quot; over &quot;Under 35&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many columns at the left hold the row labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows of column labels, and</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>columns of row labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found by their labels (Total, All, Overall)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has a total row or column: check it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has no totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counts file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest contribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Second largest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cell totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Totals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the dataset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drawn from the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not stated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(choose)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check for disclosure risks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service checks the files where they are, inside the secure environment, and names each problem cell by its labels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File and finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking on the server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The checks could not be run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must be fixed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A checker will look</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to fix or explain, %2 for a checker to look at.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files have changed since this check: run it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain what remains</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For each problem you have not fixed, say why the output is safe to release. A checker decides; most requests come back when this is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is this safe to release?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to explain: no cell or line must be fixed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Context and controls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What each output is, where it will be published or to whom it goes, and what you did to control disclosure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: cells under 10 suppressed, with a second cell in each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where it will be published, or to whom it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Declaration and summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the summary, confirm the declaration and submit. A person checks every output before anything leaves.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I declare that these outputs are what I describe, that I have applied the disclosure controls stated, and that they contain no identifying information beyond what the checks and my explanations cover.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I make this declaration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you changed in answer to the output checkers (they read this with the new version):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted: %1 Your draft is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pre-publication (the project team only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>publication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No exceptions asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exception asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exceptions asked for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request output clearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and resubmit request %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resubmit for checking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new version of request %1 has been sent with your answer. Output checkers will look at it again; expect an answer by %2 (five working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your new version of request %1 has been sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request %1 has been submitted. Output checkers will look at it; expect an answer by %2 (five working days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your request %1 has been submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request resubmitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 This draft will be saved as soon as it can be; until then, it is only in this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1, column %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of sheet &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check results</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each file checked, with the problems found in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Disclosure control applied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What %1 is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where %1 will be published, or to whom it goes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is safe to release: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files in the project&apos;s workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose files, then add them as outputs, supporting files or code with the buttons below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tables and figures of this request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows of column labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns of row labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) could not be checked: see why below.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>srs::ui::SubmissionsView</name>
    <message>
        <source>no findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix and resubmit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Download released files…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clearance requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this request. The checkers stop work on it; it cannot be reopened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the returned request to change its files and answers and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the released files to a folder you choose; each is checked against the release&apos;s manifest of SHA-256 checksums.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where should the released files go?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a request above to see its history, files and check result.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request cannot be resubmitted now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This request could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was withdrawn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not withdrawn: %1 It is shown below as it is now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request was not withdrawn: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your clearance requests in every project you can open from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading your clearance requests…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no clearance requests in the projects you can open from here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 clearance request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 clearance requests, most recently changed first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The requests of %1 could not be loaded: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the request…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw this request?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw &quot;%1&quot;? The checkers stop work on it and it cannot be reopened; to have these outputs checked later, make a new request.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why (optional; the checkers can read this):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdraw request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes requested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Round %1, %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Project</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clearance type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (round %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Requested by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An answer is expected within five working days of the request, not counting weekends or England and Wales bank holidays.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note from %1, %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and 1 more finding</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and %1 more findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for 1 exception; the checkers decide whether to allow it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You asked for %1 exceptions; the checkers decide whether to allow them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checkers&apos; comments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, SHA-256</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: %1, round %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Downloading release %1 to %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking up the release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release of this request was not found. Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The release could not be looked up: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: the file is saved and matches the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: all %2 files are saved and match the manifest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Release %1: not every file could be kept. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (request %2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::TablePreviewModel</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed since the last round: was %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in this round</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To be suppressed as well (%1), so that row %2, column %3 cannot be worked out from the totals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::TablePreviewWidget</name>
    <message>
        <source>and %1 more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only &amp;changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings of this table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the rows and columns with a changed or new cell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Table preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This table cannot be shown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 rows × %2 columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, sheet &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 cell flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cells flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 finding not found in the table: see the list below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 findings not found in the table: see the list below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Since the last round: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns removed: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last round&apos;s version cannot be compared: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sheet:</source>
        <comment>a worksheet of a workbook</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <comment>a worksheet of a workbook</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each table of this workbook, by its sheet. Every sheet is released, so check each one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First sheet</source>
        <comment>a worksheet of a workbook</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2: every sheet is released, so check each one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::ui::WorkspaceTreeModel</name>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modified</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
