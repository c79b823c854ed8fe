; Inno Setup script: the Windows installer of EthicsDesk, made from the one-folder bundle.
;
;   python packaging\build.py                       (builds dist\EthicsDesk and self-tests it)
;   "C:\Program Files (x86)\Inno Setup 6\ISCC.exe" packaging\ethicsdesk.iss
;
; Output: dist\installer\EthicsDesk-<version>-setup.exe. The installer needs no administrator rights (it
; installs for the current user unless one chooses "all users"); uninstalling removes the program, never
; the workspace (%LOCALAPPDATA%\EthicsDesk\workspace.sqlite), its backups or the settings.

#define AppName "EthicsDesk"
; Keep in step with ethicsdesk/__init__.py (__version__); tests/packaging checks it.
#define AppVersion "0.1.0"
#define Bundle "..\dist\EthicsDesk"

[Setup]
; The AppId identifies the program for upgrades and uninstalling: never change it.
AppId={{6F0B7C52-3E0A-4C8E-9C1B-5A2E8D4B7E31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=EthicsDesk
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\dist\installer
OutputBaseFilename={#AppName}-{#AppVersion}-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
UninstallDisplayName={#AppName}
UninstallDisplayIcon={app}\EthicsDesk.exe
; A running EthicsDesk is asked to close before its files are replaced.
CloseApplications=yes

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[Files]
; The whole bundle: EthicsDesk.exe (the window), ethicsdesk-cli.exe (command line, --selftest), _internal\.
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the bundle's libraries wholesale, so that no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\EthicsDesk.exe"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\EthicsDesk.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\EthicsDesk.exe"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent
