; Connectly installer for Windows — Inno Setup 6 script.
;
; *** UNTESTED ***  Written from the Inno Setup 6 documentation; it has never been compiled or
; run (the project's CI is Linux only). See packaging/README.md, "Windows".
;
; Build, on Windows, from the repository root:
;   py -3.11 -m venv .venv && .venv\Scripts\pip install -e ".[package]"
;   .venv\Scripts\python -m PyInstaller --noconfirm --clean --distpath build\pyinstaller\dist ^
;       --workpath build\pyinstaller\work packaging\connectly.spec
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" /DAppVersion=0.1.0 packaging\windows\connectly.iss
; The installer lands in build\windows\.
;
; The bundle has two launchers: Connectly.exe (windowed, for the Start menu) and connectly.exe
; (console, for the command line). The per-user install needs no administrator rights.

#ifndef AppVersion
  #define AppVersion "0.1.0"
#endif

[Setup]
AppId={{5E0C2A4B-2F7E-4BC1-9D82-2B0C0FFEE001}
AppName=Connectly
AppVersion={#AppVersion}
AppPublisher=Connectly developers
AppComments=A private, encrypted diary for couples. It never uses the network.
DefaultDirName={autopf}\Connectly
DefaultGroupName=Connectly
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\windows
OutputBaseFilename=connectly-{#AppVersion}-setup
SetupIconFile=connectly.ico
UninstallDisplayIcon={app}\Connectly.exe
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; Uninstalling removes the program only: the diary in %APPDATA%\Connectly stays (it is the user's).

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"
Name: "turkish"; MessagesFile: "compiler:Languages\Turkish.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "..\..\build\pyinstaller\dist\connectly\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
; AppUserModelID ties the taskbar button and notifications to the same app id as everywhere else.
Name: "{group}\Connectly"; Filename: "{app}\Connectly.exe"; AppUserModelID: "app.connectly.Connectly"
Name: "{group}\Connectly (demo diary)"; Filename: "{app}\Connectly.exe"; Parameters: "--demo"
Name: "{autodesktop}\Connectly"; Filename: "{app}\Connectly.exe"; Tasks: desktopicon; AppUserModelID: "app.connectly.Connectly"

[Run]
Filename: "{app}\Connectly.exe"; Description: "{cm:LaunchProgram,Connectly}"; Flags: nowait postinstall skipifsilent
