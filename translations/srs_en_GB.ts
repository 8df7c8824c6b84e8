<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_GB">
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
    <name>srs::net</name>
    <message>
        <source>The clearance server refused the request (HTTP %1). Try again; if it keeps happening, contact research support.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>srs::session</name>
    <message>
        <source>The workstation configuration %1 has a problem with &quot;%2&quot;: %3</source>
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
</context>
</TS>
