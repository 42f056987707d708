<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AccountService</name>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} point</numerusform>
            <numerusform>{count} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>AudienceDialog</name>
    <message numerus="yes">
        <source>{count} contact(s)</source>
        <translation>
            <numerusform>{count} contact</numerusform>
            <numerusform>{count} contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>BroadcastResultsPanel</name>
    <message numerus="yes">
        <source>Checked {count} batch(es).</source>
        <translation>
            <numerusform>Checked {count} batch.</numerusform>
            <numerusform>Checked {count} batches.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Stopped: {count} batch(es) were checked.</source>
        <translation>
            <numerusform>Stopped: {count} batch was checked.</numerusform>
            <numerusform>Stopped: {count} batches were checked.</numerusform>
        </translation>
    </message>
</context>
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
    <name>ComposePanel</name>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} point</numerusform>
            <numerusform>{count} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContactsPage</name>
    <message numerus="yes">
        <source>Saved {count} row(s) to {file}.</source>
        <translation>
            <numerusform>Saved {count} row to {file}.</numerusform>
            <numerusform>Saved {count} rows to {file}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} contact(s) added to {group}.</source>
        <translation>
            <numerusform>{count} contact added to {group}.</numerusform>
            <numerusform>{count} contacts added to {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} contact(s) deleted. Ctrl+Z brings them back.</source>
        <translation>
            <numerusform>{count} contact deleted. Ctrl+Z brings them back.</numerusform>
            <numerusform>{count} contacts deleted. Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} contact(s) removed from {group}.</source>
        <translation>
            <numerusform>{count} contact removed from {group}.</numerusform>
            <numerusform>{count} contacts removed from {group}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of {total} contact(s)</source>
        <translation>
            <numerusform>{shown} of {total} contact</numerusform>
            <numerusform>{shown} of {total} contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeleteContacts</name>
    <message numerus="yes">
        <source>delete {count} contact(s)</source>
        <translation>
            <numerusform>delete {count} contact</numerusform>
            <numerusform>delete {count} contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoNotSendPage</name>
    <message numerus="yes">
        <source>{count} number(s) on the do-not-send list.</source>
        <translation>
            <numerusform>{count} number on the do-not-send list.</numerusform>
            <numerusform>{count} numbers on the do-not-send list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} number(s) removed from the do-not-send list.</source>
        <translation>
            <numerusform>{count} number removed from the do-not-send list.</numerusform>
            <numerusform>{count} numbers removed from the do-not-send list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} row(s)</source>
        <translation>
            <numerusform>{count} row</numerusform>
            <numerusform>{count} rows</numerusform>
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
    <name>MissedTimeDialog</name>
    <message numerus="yes">
        <source>Broadcast {id} was due at {due}, to {count} number(s). It was not sent: nothing is sent late on its own.</source>
        <translation>
            <numerusform>Broadcast {id} was due at {due}, to {count} number. It was not sent: nothing is sent late on its own.</numerusform>
            <numerusform>Broadcast {id} was due at {due}, to {count} numbers. It was not sent: nothing is sent late on its own.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PersonalMessages</name>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} point</numerusform>
            <numerusform>{count} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QueuePanel</name>
    <message numerus="yes">
        <source>The {count} number(s) are sent the message now instead of at the scheduled time.</source>
        <translation>
            <numerusform>The {count} number is sent the message now instead of at the scheduled time.</numerusform>
            <numerusform>The {count} numbers are sent the message now instead of at the scheduled time.</numerusform>
        </translation>
    </message>
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
</context>
<context>
    <name>ScheduleSettingsBox</name>
    <message numerus="yes">
        <source> minute(s)</source>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
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
        <source>Broadcast {id} scheduled for {time}: {count} number(s). Nothing was sent yet.</source>
        <translation>
            <numerusform>Broadcast {id} scheduled for {time}: {count} number. Nothing was sent yet.</numerusform>
            <numerusform>Broadcast {id} scheduled for {time}: {count} numbers. Nothing was sent yet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Broadcast {id} started: {count} number(s).</source>
        <translation>
            <numerusform>Broadcast {id} started: {count} number.</numerusform>
            <numerusform>Broadcast {id} started: {count} numbers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} point(s)</source>
        <translation>
            <numerusform>{count} point</numerusform>
            <numerusform>{count} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>TrayKeeper</name>
    <message numerus="yes">
        <source>kwtSMS Desktop keeps working in the tray: {count} broadcast(s) sending or scheduled. Quit from the tray icon's menu.</source>
        <translation>
            <numerusform>kwtSMS Desktop keeps working in the tray: {count} broadcast sending or scheduled. Quit from the tray icon's menu.</numerusform>
            <numerusform>kwtSMS Desktop keeps working in the tray: {count} broadcasts sending or scheduled. Quit from the tray icon's menu.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} broadcast(s) sending or scheduled. If the app stops, nothing more is sent until it is opened again (or `kwtsms-desktop run-due` runs); a time that passes meanwhile is not sent late on its own. Stop anyway?</source>
        <translation>
            <numerusform>{count} broadcast sending or scheduled. If the app stops, nothing more is sent until it is opened again (or `kwtsms-desktop run-due` runs); a time that passes meanwhile is not sent late on its own. Stop anyway?</numerusform>
            <numerusform>{count} broadcasts sending or scheduled. If the app stops, nothing more is sent until it is opened again (or `kwtsms-desktop run-due` runs); a time that passes meanwhile is not sent late on its own. Stop anyway?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} scheduled broadcast(s) missed their time and wait for your choice.</source>
        <translation>
            <numerusform>{count} scheduled broadcast missed its time and waits for your choice.</numerusform>
            <numerusform>{count} scheduled broadcasts missed their time and wait for your choice.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WindowHeader</name>
    <message numerus="yes">
        <source>{points} point(s)</source>
        <translation>
            <numerusform>{points} point</numerusform>
            <numerusform>{points} points</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compose.message_text</name>
    <message numerus="yes">
        <source>%n page(s)</source>
        <translation>
            <numerusform>%n page</numerusform>
            <numerusform>%n pages</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>compose.plan_text</name>
    <message numerus="yes">
        <source>, {count} different text(s)</source>
        <translation>
            <numerusform>, {count} different text</numerusform>
            <numerusform>, {count} different texts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} call(s)</source>
        <translation>
            <numerusform>{count} call</numerusform>
            <numerusform>{count} calls</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} message(s)</source>
        <translation>
            <numerusform>{count} message</numerusform>
            <numerusform>{count} messages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} page(s)</source>
        <translation>
            <numerusform>{count} page</numerusform>
            <numerusform>{count} pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} personal message(s)</source>
        <translation>
            <numerusform>{count} personal message</numerusform>
            <numerusform>{count} personal messages</numerusform>
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
    <name>contacts.dialogs</name>
    <message numerus="yes">
        <source>{count} repeated row(s)</source>
        <translation>
            <numerusform>{count} repeated row</numerusform>
            <numerusform>{count} repeated rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} saved contact(s)</source>
        <translation>
            <numerusform>{count} saved contact</numerusform>
            <numerusform>{count} saved contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>queue.batches_model</name>
    <message numerus="yes">
        <source>We sent this batch but the gateway's answer never arrived. These {count} number(s) may or may not have received the message.</source>
        <translation>
            <numerusform>We sent this batch but the gateway's answer never arrived. This number may or may not have received the message.</numerusform>
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
<context>
    <name>schedule.countdown</name>
    <message numerus="yes">
        <source>{count} d</source>
        <translation>
            <numerusform>{count} d</numerusform>
            <numerusform>{count} d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} h</source>
        <translation>
            <numerusform>{count} h</numerusform>
            <numerusform>{count} h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} min</source>
        <translation>
            <numerusform>{count} min</numerusform>
            <numerusform>{count} min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{count} s</source>
        <translation>
            <numerusform>{count} s</numerusform>
            <numerusform>{count} s</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>shared.table_export</name>
    <message numerus="yes">
        <source>Saving {count} row(s)… {percent}%</source>
        <translation>
            <numerusform>Saving {count} row… {percent}%</numerusform>
            <numerusform>Saving {count} rows… {percent}%</numerusform>
        </translation>
    </message>
</context>
</TS>
