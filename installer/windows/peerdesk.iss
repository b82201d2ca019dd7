; Inno Setup script: PeerDesk for one user, no administrator rights needed (issue #8).
;
; installer\build.py compiles it on Windows after building the one-folder app:
;   iscc /DAppVersion=0.1.0 /DAppNumericVersion=0.1.0.0 installer\windows\peerdesk.iss
; It installs into the user's own programs folder (%LOCALAPPDATA%\Programs\PeerDesk),
; adds a Start-menu entry, opens .peerdesk files in PeerDesk on double-click, and
; uninstalls cleanly: the app, its menu entry, its file type and its logs go; the user's
; program files, their backups and their settings stay.

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef AppNumericVersion
  #define AppNumericVersion "0.0.0.0"
#endif
; The one-folder app that PyInstaller built, and the icon build.py rendered.
#ifndef SourceDir
  #define SourceDir "..\..\dist\PeerDesk"
#endif
#ifndef IconFile
  #define IconFile "..\..\build\installer\icons\peerdesk.ico"
#endif
#ifndef OutputDir
  #define OutputDir "..\..\dist"
#endif

#define AppName "PeerDesk"
#define AppExe "PeerDesk.exe"
#define ProgId "PeerDesk.ProgramFile"

[Setup]
; The AppId identifies PeerDesk to Windows across versions: never change it.
AppId={{6F0C2B8E-4A1D-4E8B-9C35-2D7B5E91A0F4}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=PeerDesk developers
VersionInfoVersion={#AppNumericVersion}
; Per user: no administrator rights, {autopf} is the user's own programs folder.
PrivilegesRequired=lowest
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
DisableDirPage=auto
UsePreviousAppDir=yes
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Tell Explorer when the .peerdesk association changes.
ChangesAssociations=yes
; Close a running PeerDesk before replacing its files.
CloseApplications=yes
SetupIconFile={#IconFile}
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName}
OutputDir={#OutputDir}
OutputBaseFilename=PeerDesk-{#AppVersion}-windows-setup
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern

[Languages]
Name: "english"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#SourceDir}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the whole app folder, so no file of an older version lingers.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{autoprograms}\{#AppName}"; Filename: "{app}\{#AppExe}"; Comment: "Run a peer-mentoring program"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKEY_CURRENT_USER for a per-user install: no administrator rights needed.
Root: HKA; Subkey: "Software\Classes\.peerdesk"; ValueType: string; ValueName: ""; ValueData: "{#ProgId}"; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\.peerdesk\OpenWithProgids"; ValueType: string; ValueName: "{#ProgId}"; ValueData: ""; Flags: uninsdeletevalue
Root: HKA; Subkey: "Software\Classes\{#ProgId}"; ValueType: string; ValueName: ""; ValueData: "PeerDesk program file"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\{#ProgId}\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"
Root: HKA; Subkey: "Software\Classes\{#ProgId}\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}"; ValueType: string; ValueName: "FriendlyAppName"; ValueData: "{#AppName}"; Flags: uninsdeletekey
Root: HKA; Subkey: "Software\Classes\Applications\{#AppExe}\SupportedTypes"; ValueType: string; ValueName: ".peerdesk"; ValueData: ""

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what PeerDesk itself wrote that is not the user's: its log files.
; Program files (Documents), backups (%LOCALAPPDATA%\PeerDesk\backups) and settings stay.
Type: filesandordirs; Name: "{localappdata}\PeerDesk\logs"
Type: dirifempty; Name: "{localappdata}\PeerDesk"
Type: dirifempty; Name: "{app}"
