<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>ClaimDialog</name>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="17"/>
        <location filename="../client/ClaimDialog.cpp" line="127"/>
        <source>Confirm Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="18"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="20"/>
        <source>Claim room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="27"/>
        <source>Check the details and confirm your booking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="37"/>
        <source>Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="43"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="46"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="48"/>
        <source>Class or purpose, e.g. 7B Maths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="50"/>
        <source>Class or purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="51"/>
        <source>&amp;Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ClaimDialog.cpp" line="115"/>
        <source>Book %1 instead (%n seat(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="127"/>
        <source>Booking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/ClaimDialog.cpp" line="134"/>
        <source>%1 building · %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/ClaimDialog.cpp" line="134"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Connection</name>
    <message>
        <location filename="../client/Connection.cpp" line="62"/>
        <source>You are offline — RoomClaim is reconnecting to the server. Please try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/Connection.cpp" line="75"/>
        <source>The server did not answer in time. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/Connection.cpp" line="112"/>
        <source>The server speaks protocol version %1, but this RoomClaim needs version %2. Please update RoomClaim or ask IT.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/Connection.cpp" line="113"/>
        <source>(unknown)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/Connection.cpp" line="150"/>
        <source>The connection to the server was lost. Please try again once RoomClaim has reconnected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/Connection.cpp" line="156"/>
        <source>Cannot reach the RoomClaim server at %1. Check the address, or ask IT whether the server is running.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FitExplainer</name>
    <message numerus="yes">
        <location filename="../client/FitExplainer.cpp" line="10"/>
        <source>Exactly %n seats for your class</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/FitExplainer.cpp" line="12"/>
        <source>Snug fit: %n spare seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/FitExplainer.cpp" line="14"/>
        <source>Room to spare: %n extra seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../client/FitExplainer.cpp" line="16"/>
        <source>Seats %n</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/FitExplainer.cpp" line="19"/>
        <source>Has %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LoginDialog</name>
    <message>
        <location filename="../client/LoginDialog.cpp" line="17"/>
        <source>Log In</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="19"/>
        <source>RoomClaim — Log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="24"/>
        <source>RoomClaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="27"/>
        <source>Log in with your school account to find and claim a room.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="36"/>
        <source>server:7400</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="37"/>
        <source>&amp;Server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="40"/>
        <source>&amp;Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="43"/>
        <source>&amp;Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="98"/>
        <source>Please enter the server address, e.g. roomclaim.school.local:7400.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="103"/>
        <source>Please enter your username.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/LoginDialog.cpp" line="119"/>
        <source>Wrong username or password. Please try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../client/MainWindow.cpp" line="37"/>
        <location filename="../client/MainWindow.cpp" line="62"/>
        <location filename="../client/MainWindow.cpp" line="117"/>
        <location filename="../client/MainWindow.cpp" line="362"/>
        <source>RoomClaim</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="42"/>
        <source>Back online. Results are up to date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="46"/>
        <source>You were logged out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="71"/>
        <source>Offline — the server cannot be reached. RoomClaim keeps trying to reconnect; what you see may be out of date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="132"/>
        <source>Logged in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="189"/>
        <source>Free rooms · %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="214"/>
        <source>● Connected to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="218"/>
        <source>○ Reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="223"/>
        <source>○ Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="226"/>
        <source>○ Offline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="256"/>
        <source>The school&apos;s room list was updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="265"/>
        <source>%1 just booked %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="273"/>
        <source>%1 canceled your booking of %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="274"/>
        <source>%1 canceled your booking of %2 (%3): %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="280"/>
        <source>%1 is free again (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="308"/>
        <source>Room booked successfully: %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="315"/>
        <source>%1 — please wait and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="333"/>
        <source>Cancel booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="334"/>
        <source>Cancel your booking of %1 on %2?
Colleagues will see the room as free again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="338"/>
        <source>Cancel Booking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="339"/>
        <source>Keep It</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MainWindow.cpp" line="355"/>
        <source>Booking of %1 canceled.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MyBookingsPanel</name>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="14"/>
        <source>My Bookings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="18"/>
        <source>No upcoming bookings yet. Claim a room and it appears here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="73"/>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2, %3–%4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="78"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/MyBookingsPanel.cpp" line="81"/>
        <source>Cancel booking of %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecommendationCard</name>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="19"/>
        <source>Claim Room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="22"/>
        <source>%1, %2 seats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="34"/>
        <source>Best match</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../client/RecommendationCard.cpp" line="40"/>
        <source>%1 building · %n seat(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="40"/>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="65"/>
        <source>Claim %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/RecommendationCard.cpp" line="73"/>
        <source>Being booked by %1…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <location filename="../client/ResultsView.cpp" line="43"/>
        <source>No free room matches. Try another period, fewer seats or fewer features.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/ResultsView.cpp" line="64"/>
        <source>No free room matches any more. Try another period, fewer seats or fewer features.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../client/SearchPanel.cpp" line="23"/>
        <source>Find a free room</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="36"/>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="37"/>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="40"/>
        <source>Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="41"/>
        <source>&amp;Period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="51"/>
        <source>Start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="52"/>
        <source>End time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="54"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="57"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="62"/>
        <source>Any size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="63"/>
        <source> pupils</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="64"/>
        <source>Class size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="65"/>
        <source>Class &amp;size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="69"/>
        <source>The end time must be after the start time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="73"/>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="98"/>
        <source>%1  (%2–%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="100"/>
        <source>Custom time…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="214"/>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/SearchPanel.cpp" line="215"/>
        <source>%1, %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Toast</name>
    <message>
        <location filename="../client/Toast.cpp" line="11"/>
        <source>Click to dismiss</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <location filename="../client/main.cpp" line="27"/>
        <source>RoomClaim teacher client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/main.cpp" line="30"/>
        <source>Server address (ws://host:port).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/main.cpp" line="31"/>
        <source>Username to log in with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../client/main.cpp" line="32"/>
        <source>Password; with --server and --username logs in at once (for demos).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
