"""The `kwtsms-desktop simulate --help` epilog: test endpoints, fault JSON shape, demo account, rate block."""

from __future__ import annotations

SIMULATE_EPILOG = """\
test endpoints (besides the seven /API/<endpoint>/ ones):
  GET  /_sim/ledger        every accepted send: msg-id, numbers, message, sender, test, at
  GET  /_sim/stats         requests, max_requests_in_any_second, rate_violations, ...
  POST /_sim/balance       {"balance": 100}
  POST /_sim/unblock       lift the automatic rate block
  POST /_sim/clear-queue   delete held test messages; their credits come back
  POST /_sim/delivery      {"966501234567": "FAILED"}: the delivery report's status for those
                           numbers (DELIVERED otherwise; Kuwait numbers never have one)
  POST /_sim/faults        make the next calls fail; one object or a list of them:
    {"endpoint": "send",   one of balance senderid coverage validate send status dlr, or "*"
     "kind": "timeout",    delay | timeout | reset | http500 | not_json | empty | error
     "count": 1,           how many matching calls (default 1)
     "code": "ERR013",     kind "error": the code answered with HTTP 403
     "seconds": 2.0,       delay: extra wait; timeout: longest hold (default 60)
     "accepted": false}    send with timeout/reset/http500/not_json/empty: true = the send
                           was accepted and charged, only the answer is lost
    timeout = no answer until the client gives up; reset = TCP reset after reading the
    request; http500 = HTML error page; not_json = 200 with plain text; empty = 200, no body;
    delay = a late but normal answer (processed even if the client gave up meanwhile).
  GET /_sim/faults lists pending faults; DELETE /_sim/faults drops them.

account: username demo, password demo, sender IDs KWT-SMS and DEMO,
coverage 965 966 971 973 974 968. Test sends hold credits (balance-after drops).
rate: more than 5 requests within one second is a violation (counted in /_sim/stats) and
blocks the client for --block-seconds (default 60): every API call is then answered
HTTP 403 with ERR024 until the block ends (or POST /_sim/unblock).
strict like the gateway: pages are charged on the message as received (an emoji left in
makes it UCS-2); a "mobile" field over 2,500 characters is refused (ERR007)."""

FAULTS_HELP = SIMULATE_EPILOG
