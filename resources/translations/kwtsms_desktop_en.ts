<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
</TS>
