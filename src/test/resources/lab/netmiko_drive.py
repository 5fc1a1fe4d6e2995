# Drives one router with real Netmiko (cisco_ios_telnet) and prints what a script would check.
import sys
from netmiko import ConnectHandler

port = int(sys.argv[1])
dev = ConnectHandler(device_type="cisco_ios_telnet", host="127.0.0.1", port=port,
                     username="", password="lab", secret="cisco", timeout=20)
dev.enable()
print("PROMPT=" + dev.find_prompt())
print(dev.send_config_set(["interface Loopback7", " ip address 7.7.7.7 255.255.255.255", " description netmiko"]))
out = dev.send_command("show ip interface brief")
print(out)
print("RUN=" + ("ip address 7.7.7.7 255.255.255.255" in dev.send_command("show running-config")).__str__())
print(dev.send_command("ping 10.0.0.2"))
print(dev.save_config())
dev.disconnect()
print("DONE")
