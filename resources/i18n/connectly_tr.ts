<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr_TR">
<context>
    <name>ReminderBanner</name>
    <message>
        <location filename="../../connectly/ui/reminders.py" line="+153"/>
        <source>Check-in reminder</source>
        <translation>Günlük kayıt hatırlatıcısı</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Check in now</source>
        <translation>Şimdi &amp;kayıt gir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check in now</source>
        <translation>Şimdi kayıt gir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Today to check in</source>
        <translation>Kayıt girmek için Bugün sayfasını aç</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>S&amp;nooze 1 hour</source>
        <translation>1 saat &amp;ertele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 hour</source>
        <translation>1 saat ertele</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remind again in one hour</source>
        <translation>Bir saat sonra yeniden hatırlat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not today</source>
        <translation>Bugün değil</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Dismiss the reminder</source>
        <translation>Hatırlatıcıyı kapat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hide this reminder until tomorrow</source>
        <translation>Bu hatırlatıcıyı yarına kadar gizle</translation>
    </message>
</context>
<context>
    <name>Reminders</name>
    <message>
        <location line="-123"/>
        <source>Time for today’s check-in</source>
        <translation>Bugünkü kaydınızın zamanı geldi</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A minute for how today felt — stress, closeness and what you had to give.</source>
        <translation>Bugünün nasıl geçtiğine bir dakika ayırın — stres, yakınlık ve ilişkiye ne kadar verebildiğiniz.</translation>
    </message>
    <message>
        <location line="+228"/>
        <source>Check in now</source>
        <translation>Şimdi kayıt gir</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Snooze 1 hour</source>
        <translation>1 saat ertele</translation>
    </message>
</context>
</TS>
