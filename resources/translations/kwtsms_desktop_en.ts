<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>BroadcastRow</name>
    <message numerus="yes">
        <source>{count} accepted</source>
        <translation>
            <numerusform>{count} accepted</numerusform>
            <numerusform>{count} accepted</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} cancelled</source>
        <translation>
            <numerusform>{count} cancelled</numerusform>
            <numerusform>{count} cancelled</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} not sent yet</source>
        <translation>
            <numerusform>{count} not sent yet</numerusform>
            <numerusform>{count} not sent yet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} rejected</source>
        <translation>
            <numerusform>{count} rejected</numerusform>
            <numerusform>{count} rejected</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} uncertain</source>
        <translation>
            <numerusform>{count} uncertain</numerusform>
            <numerusform>{count} uncertain</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastsModel</name>
    <message numerus="yes">
        <source>{count} uncertain batch(es)</source>
        <translation>
            <numerusform>{count} uncertain batch</numerusform>
            <numerusform>{count} uncertain batches</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ChangeGroup</name>
    <message numerus="yes">
        <source>add {count} contact(s) to {group}</source>
        <translation>
            <numerusform>add {count} contact to {group}</numerusform>
            <numerusform>add {count} contacts to {group}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>remove {count} contact(s) from {group}</source>
        <translation>
            <numerusform>remove {count} contact from {group}</numerusform>
            <numerusform>remove {count} contacts from {group}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message numerus="yes">
        <source>Add {count} recipient(s)</source>
        <translation>
            <numerusform>Add {count} recipient</numerusform>
            <numerusform>Add {count} recipients</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueueExport</name>
    <message numerus="yes">
        <source>Saving {count} row(s)… {percent}%</source>
        <translation>
            <numerusform>Saving {count} row… {percent}%</numerusform>
            <numerusform>Saving {count} rows… {percent}%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <source>The {count} number(s) not sent yet will not be sent. Numbers already sent stay sent. This cannot be undone.</source>
        <translation>
            <numerusform>The {count} number not sent yet will not be sent. Numbers already sent stay sent. This cannot be undone.</numerusform>
            <numerusform>The {count} numbers not sent yet will not be sent. Numbers already sent stay sent. This cannot be undone.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {count} number(s) of batch {seq} will be counted as sent and never sent again. Choose this only if you know they received it (for example from the kwtsms.com message log).</source>
        <translation>
            <numerusform>The {count} number of batch {seq} will be counted as sent and never sent again. Choose this only if you know they received it (for example from the kwtsms.com message log).</numerusform>
            <numerusform>The {count} numbers of batch {seq} will be counted as sent and never sent again. Choose this only if you know they received it (for example from the kwtsms.com message log).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The {count} number(s) of batch {seq} will be sent the message again. Those who already received it will get it twice, and it costs points again.</source>
        <translation>
            <numerusform>The {count} number of batch {seq} will be sent the message again. Those who already received it will get it twice, and it costs points again.</numerusform>
            <numerusform>The {count} numbers of batch {seq} will be sent the message again. Those who already received it will get it twice, and it costs points again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Waiting {count} s before sending batch {seq} again: </source>
        <translation>
            <numerusform>Waiting {count} s before sending batch {seq} again: </numerusform>
            <numerusform>Waiting {count} s before sending batch {seq} again: </numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Reasons</name>
    <message numerus="yes">
        <source>This number has %n digit(s), and {country} mobile numbers have {lengths}: check for an extra digit. For another country, write its country code first, with + or 00.</source>
        <translation>
            <numerusform>This number has %n digit, and {country} mobile numbers have {lengths}: check for an extra digit. For another country, write its country code first, with + or 00.</numerusform>
            <numerusform>This number has %n digits, and {country} mobile numbers have {lengths}: check for an extra digit. For another country, write its country code first, with + or 00.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number is too long: it has %n digit(s), the maximum is {maximum}. Is it two numbers in one cell?</source>
        <translation>
            <numerusform>This number is too long: it has %n digit, the maximum is {maximum}. Is it two numbers in one cell?</numerusform>
            <numerusform>This number is too long: it has %n digits, the maximum is {maximum}. Is it two numbers in one cell?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number is too short: it has %n digit(s), and {country} mobile numbers have {lengths}. For another country, write its country code first, with + or 00.</source>
        <translation>
            <numerusform>This number is too short: it has %n digit, and {country} mobile numbers have {lengths}. For another country, write its country code first, with + or 00.</numerusform>
            <numerusform>This number is too short: it has %n digits, and {country} mobile numbers have {lengths}. For another country, write its country code first, with + or 00.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This number is too short: it has %n digit(s), the minimum is {minimum} with the country code.</source>
        <translation>
            <numerusform>This number is too short: it has %n digit, the minimum is {minimum} with the country code.</numerusform>
            <numerusform>This number is too short: it has %n digits, the minimum is {minimum} with the country code.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{country} mobile numbers have {lengths} digits after the country code {code}; this one has %n. Check for a missing or extra digit.</source>
        <translation>
            <numerusform>{country} mobile numbers have {lengths} digits after the country code {code}; this one has %n. Check for a missing or extra digit.</numerusform>
            <numerusform>{country} mobile numbers have {lengths} digits after the country code {code}; this one has %n. Check for a missing or extra digit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsPanel</name>
    <message numerus="yes">
        <source>Added {valid} recipient(s) from {source}: {counts}.</source>
        <translation>
            <numerusform>Added {valid} recipient from {source}: {counts}.</numerusform>
            <numerusform>Added {valid} recipients from {source}: {counts}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Brought back the list you were working on: {count} row(s).</source>
        <translation>
            <numerusform>Brought back the list you were working on: {count} row.</numerusform>
            <numerusform>Brought back the list you were working on: {count} rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Removed {count} row(s).</source>
        <translation>
            <numerusform>Removed {count} row.</numerusform>
            <numerusform>Removed {count} rows.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Restored {count} row(s).</source>
        <translation>
            <numerusform>Restored {count} row.</numerusform>
            <numerusform>Restored {count} rows.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecipientsState</name>
    <message numerus="yes">
        <source>Saved {count} row(s) to {file}.</source>
        <translation>
            <numerusform>Saved {count} row to {file}.</numerusform>
            <numerusform>Saved {count} rows to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {count} row(s)…</source>
        <translation>
            <numerusform>Saving {count} row…</numerusform>
            <numerusform>Saving {count} rows…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Saving {count} row(s)… {percent}%</source>
        <translation>
            <numerusform>Saving {count} row… {percent}%</numerusform>
            <numerusform>Saving {count} rows… {percent}%</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendConfirmDialog</name>
    <message numerus="yes">
        <source>%n request(s) of at most 200 numbers</source>
        <translation>
            <numerusform>%n request of at most 200 numbers</numerusform>
            <numerusform>%n requests of at most 200 numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Leave those {count} number(s) out</source>
        <translation>
            <numerusform>Leave those {count} number out</numerusform>
            <numerusform>Leave those {count} numbers out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>This same message was sent to {count} of these numbers {when}.</source>
        <translation>
            <numerusform>This same message was sent to {count} of these numbers {when}.</numerusform>
            <numerusform>This same message was sent to {count} of these numbers {when}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} duplicate</numerusform>
            <numerusform>{count} duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} in countries not activated on the account</source>
        <translation>
            <numerusform>{count} in countries not activated on the account</numerusform>
            <numerusform>{count} in countries not activated on the account</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} invalid</source>
        <translation>
            <numerusform>{count} invalid</numerusform>
            <numerusform>{count} invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s)</source>
        <translation>
            <numerusform>{count} number</numerusform>
            <numerusform>{count} numbers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s) ({left} left out: they got it recently)</source>
        <translation>
            <numerusform>{count} number ({left} left out: they got it recently)</numerusform>
            <numerusform>{count} numbers ({left} left out: they got it recently)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} on the do-not-send list</source>
        <translation>
            <numerusform>{count} on the do-not-send list</numerusform>
            <numerusform>{count} on the do-not-send list</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} point</numerusform>
            <numerusform>{count} points</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} whose message would be over 7 pages</source>
        <translation>
            <numerusform>{count} whose message would be over 7 pages</numerusform>
            <numerusform>{count} whose message would be over 7 pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} without a value for a field of the message</source>
        <translation>
            <numerusform>{count} without a value for a field of the message</numerusform>
            <numerusform>{count} without a value for a field of the message</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SendFlow</name>
    <message numerus="yes">
        <source>Broadcast {id} started: {count} number(s).</source>
        <translation>
            <numerusform>Broadcast {id} started: {count} number.</numerusform>
            <numerusform>Broadcast {id} started: {count} numbers.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compose.plan_text</name>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} page</numerusform>
            <numerusform>{count} pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compose.send_dialog</name>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>%n hour ago</numerusform>
            <numerusform>%n hours ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>%n minute ago</numerusform>
            <numerusform>%n minutes ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queue.batches_model</name>
    <message numerus="yes">
        <source>We sent this batch but the gateway's answer never arrived. These {count} number(s) may or may not have received the message.</source>
        <translation>
            <numerusform>We sent this batch but the gateway's answer never arrived. These {count} number may or may not have received the message.</numerusform>
            <numerusform>We sent this batch but the gateway's answer never arrived. These {count} numbers may or may not have received the message.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queue.broadcasts_model</name>
    <message numerus="yes">
        <source>{count} s</source>
        <translation>
            <numerusform>{count} s</numerusform>
            <numerusform>{count} s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queue.recovery</name>
    <message numerus="yes">
        <source>{count} batch(es)</source>
        <translation>
            <numerusform>{count} batch</numerusform>
            <numerusform>{count} batches</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s)</source>
        <translation>
            <numerusform>{count} number</numerusform>
            <numerusform>{count} numbers</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recipients.import_dialog</name>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} duplicate</numerusform>
            <numerusform>{count} duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} invalid</source>
        <translation>
            <numerusform>{count} invalid</numerusform>
            <numerusform>{count} invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} not covered</source>
        <translation>
            <numerusform>{count} not covered</numerusform>
            <numerusform>{count} not covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} valid</source>
        <translation>
            <numerusform>{count} valid</numerusform>
            <numerusform>{count} valid</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>recipients.view_state</name>
    <message numerus="yes">
        <source>{count} duplicate(s)</source>
        <translation>
            <numerusform>{count} duplicate</numerusform>
            <numerusform>{count} duplicates</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} invalid</source>
        <translation>
            <numerusform>{count} invalid</numerusform>
            <numerusform>{count} invalid</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} not covered</source>
        <translation>
            <numerusform>{count} not covered</numerusform>
            <numerusform>{count} not covered</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} suppressed</source>
        <translation>
            <numerusform>{count} suppressed</numerusform>
            <numerusform>{count} suppressed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} valid</source>
        <translation>
            <numerusform>{count} valid</numerusform>
            <numerusform>{count} valid</numerusform>
        </translation>
    </message>
</context>
</TS>
