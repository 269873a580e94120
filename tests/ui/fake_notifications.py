"""A stand-in desktop notification server for tests, run as its own process on a private bus.

    DBUS_SESSION_BUS_ADDRESS=… python tests/ui/fake_notifications.py LOG

It owns ``org.freedesktop.Notifications`` and answers Introspect, GetCapabilities,
GetServerInformation, Notify and CloseNotification the way GNOME Shell, KDE Plasma and dunst
do — checking the exact D-Bus signature, so a call with a signed id is refused as real servers
refuse it. Every Notify is appended to LOG as one JSON line (signature, app name, summary,
body, actions, hints keys). Prints ``ready`` once it owns the name. Uses jeepney (a keyring dependency), so it needs nothing beyond the test venv.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from jeepney import HeaderFields, MessageType, new_error, new_method_return
from jeepney.bus_messages import message_bus
from jeepney.io.blocking import open_dbus_connection

NAME = "org.freedesktop.Notifications"
PATH = "/org/freedesktop/Notifications"
NOTIFY_SIGNATURE = "susssasa{sv}i"
INTROSPECTION = f"""<!DOCTYPE node PUBLIC "-//freedesktop//DTD D-BUS Object Introspection 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/introspect.dtd">
<node>
  <interface name="org.freedesktop.DBus.Introspectable">
    <method name="Introspect"><arg name="xml" type="s" direction="out"/></method>
  </interface>
  <interface name="{NAME}">
    <method name="GetCapabilities"><arg type="as" direction="out"/></method>
    <method name="Notify">
      <arg type="s" name="app_name" direction="in"/>
      <arg type="u" name="replaces_id" direction="in"/>
      <arg type="s" name="app_icon" direction="in"/>
      <arg type="s" name="summary" direction="in"/>
      <arg type="s" name="body" direction="in"/>
      <arg type="as" name="actions" direction="in"/>
      <arg type="a{{sv}}" name="hints" direction="in"/>
      <arg type="i" name="expire_timeout" direction="in"/>
      <arg type="u" name="id" direction="out"/>
    </method>
    <method name="CloseNotification"><arg type="u" name="id" direction="in"/></method>
    <method name="GetServerInformation">
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
      <arg type="s" direction="out"/><arg type="s" direction="out"/>
    </method>
    <signal name="NotificationClosed"><arg type="u"/><arg type="u"/></signal>
    <signal name="ActionInvoked"><arg type="u"/><arg type="s"/></signal>
  </interface>
</node>
"""


def main() -> int:
    log = Path(sys.argv[1])
    conn = open_dbus_connection(bus="SESSION")
    reply = conn.send_and_get_reply(message_bus.RequestName(NAME, 4))  # 4: do not queue
    if reply.body[0] != 1:
        print(f"could not own {NAME}", flush=True)
        return 1
    print("ready", flush=True)
    counter = 0
    while True:
        msg = conn.receive()
        if msg.header.message_type != MessageType.method_call:
            continue
        fields = msg.header.fields
        member = fields.get(HeaderFields.member)
        signature = fields.get(HeaderFields.signature, "")
        if member == "Introspect":
            conn.send(new_method_return(msg, "s", (INTROSPECTION,)))
        elif member == "GetCapabilities":
            conn.send(new_method_return(msg, "as", (["actions", "body"],)))
        elif member == "GetServerInformation":
            conn.send(new_method_return(msg, "ssss", ("fake", "connectly-tests", "1", "1.2")))
        elif member == "CloseNotification":
            conn.send(new_method_return(msg))
        elif member == "Notify":
            if signature != NOTIFY_SIGNATURE:
                conn.send(
                    new_error(msg, "org.freedesktop.DBus.Error.InvalidArgs", "s", (f"signature {signature}",))
                )
                continue
            counter += 1
            app, _replaces, _icon, summary, body, actions, hints, _timeout = msg.body
            record = {
                "signature": signature,
                "app": app,
                "summary": summary,
                "body": body,
                "actions": list(actions),
                "hints": sorted(hints),
            }
            with log.open("a", encoding="utf-8") as out:
                out.write(json.dumps(record) + "\n")
            conn.send(new_method_return(msg, "u", (counter,)))
        else:
            conn.send(new_error(msg, "org.freedesktop.DBus.Error.UnknownMethod", "s", (str(member),)))


if __name__ == "__main__":
    sys.exit(main())
