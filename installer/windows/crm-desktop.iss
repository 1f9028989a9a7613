; Inno Setup 6 script: packages the PyInstaller one-folder build (dist\crm-desktop) into
; dist\crm-desktop-<version>-windows-x64-setup.exe. Build steps: installer\README.md, in short
;   py installer\make_icons.py build\icons
;   pyinstaller --noconfirm --clean --distpath dist --workpath build\pyinstaller installer\crm-desktop.spec
;   iscc /DAppVersion=0.1.0 installer\windows\crm-desktop.iss
; (installer\windows\build.ps1 runs all of it and reads the version from crm_desktop\__init__.py.)
; Per-user install by default (no administrator rights needed); the user may choose all users.

#ifndef AppVersion
  #error Pass the version: iscc /DAppVersion=X.Y.Z installer\windows\crm-desktop.iss
#endif
#define AppName "crm-desktop"
#define AppExe "crm-desktop.exe"
; paths are relative to this script: Root is the repository root
#define Root "..\.."

[Setup]
; Never change the AppId: upgrades and the uninstaller find the installed app by it.
AppId={{6F1C3E52-8A0B-4C57-9E0D-2B7C4A1D9F31}
AppName={#AppName}
AppVersion={#AppVersion}
AppVerName={#AppName} {#AppVersion}
AppPublisher=crm-desktop
VersionInfoVersion={#AppVersion}
VersionInfoProductName={#AppName}
DefaultDirName={autopf}\{#AppName}
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir={#Root}\dist
OutputBaseFilename={#AppName}-{#AppVersion}-windows-x64-setup
SetupIconFile={#Root}\build\icons\crm-desktop.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName={#AppName} {#AppVersion}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
CloseApplications=yes
MinVersion=10.0

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Simplified Chinese ships with Inno Setup 6.3+ as an unofficial translation; comment it out if
; your Inno Setup does not have it.
Name: "zh_CN"; MessagesFile: "compiler:Languages\ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole PyInstaller folder: crm-desktop.exe, crm-desktop-cli.exe and _internal\.
Source: "{#Root}\dist\crm-desktop\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; An upgrade replaces the application folder (never the user's data, which lives in %APPDATA%).
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,{#AppName}}"; Flags: nowait postinstall skipifsilent

; The uninstaller removes {app} only. The database and its backups in
; %APPDATA%\crm-desktop\crm-desktop stay, on purpose: uninstalling must not lose a rep's data.
