; Inno Setup script of Energy Audit Workbench (Inno Setup 6.2 or later).
;
;   iscc /DAppVersion=0.1.0 /DBundle=..\..\build\dist\workbench installers\windows\workbench.iss
;
; Installs the PyInstaller one-folder build for the current user, without administrator rights (the
; auditor's company laptop); an administrator may choose "for all users" in the dialog, or /ALLUSERS on the
; command line. A Start-menu entry, the .eaw file type, French and English. Uninstalling removes the program
; and never the user's workspaces (they live wherever the auditor saved them, and the settings and crash
; reports in %APPDATA% are left too: a reinstall finds them).
;
; Silent install (CI): workbench-setup.exe /VERYSILENT /SUPPRESSMSGBOXES /CURRENTUSER /NORESTART /DIR=...

#ifndef AppVersion
  #define AppVersion "0.0.0"
#endif
#ifndef Bundle
  #define Bundle "..\..\build\dist\workbench"
#endif
#define AppName "Energy Audit Workbench"
#define AppExe "workbench.exe"

[Setup]
AppId={{6F1C7A52-3E5B-4C1D-9A57-0E2B8D4C9A31}
AppName={#AppName}
AppVersion={#AppVersion}
AppPublisher=Energy Audit Workbench
AppPublisherURL=https://energy-audit-workbench.org
DefaultDirName={autopf}\Energy Audit Workbench
DefaultGroupName={#AppName}
DisableProgramGroupPage=yes
; Per-user by default, no UAC prompt; the dialog offers all users to an administrator.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog commandline
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
OutputDir=..\..\build\packages
OutputBaseFilename=energy-audit-workbench-{#AppVersion}-setup
SetupIconFile=..\..\build\icons\workbench.ico
UninstallDisplayIcon={app}\{#AppExe}
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
ChangesAssociations=yes
ShowLanguageDialog=auto

[Languages]
Name: "french"; MessagesFile: "compiler:Languages\French.isl"
Name: "english"; MessagesFile: "compiler:Default.isl"

[CustomMessages]
french.WorkspaceType=Espace de travail d'audit énergétique
english.WorkspaceType=Energy audit workspace
french.Associate=Ouvrir les fichiers .eaw avec l'Atelier d'audit énergétique
english.Associate=Open .eaw files with Energy Audit Workbench
french.LaunchNow=Ouvrir l'Atelier d'audit énergétique
english.LaunchNow=Start Energy Audit Workbench

[Tasks]
Name: "associate"; Description: "{cm:Associate}"; Flags: checkedonce
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
Source: "{#Bundle}\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\{#AppName}"; Filename: "{app}\{#AppExe}"
Name: "{group}\{cm:UninstallProgram,{#AppName}}"; Filename: "{uninstallexe}"
Name: "{autodesktop}\{#AppName}"; Filename: "{app}\{#AppExe}"; Tasks: desktopicon

[Registry]
; HKA is HKCU for a per-user install and HKLM for all users: no admin rights needed for the former.
Root: HKA; Subkey: "Software\Classes\.eaw"; ValueType: string; ValueName: ""; ValueData: "EnergyAuditWorkbench.Workspace"; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\.eaw\OpenWithProgids"; ValueType: string; ValueName: "EnergyAuditWorkbench.Workspace"; ValueData: ""; Flags: uninsdeletevalue; Tasks: associate
Root: HKA; Subkey: "Software\Classes\EnergyAuditWorkbench.Workspace"; ValueType: string; ValueName: ""; ValueData: "{cm:WorkspaceType}"; Flags: uninsdeletekey; Tasks: associate
Root: HKA; Subkey: "Software\Classes\EnergyAuditWorkbench.Workspace\DefaultIcon"; ValueType: string; ValueName: ""; ValueData: "{app}\{#AppExe},0"; Tasks: associate
Root: HKA; Subkey: "Software\Classes\EnergyAuditWorkbench.Workspace\shell\open\command"; ValueType: string; ValueName: ""; ValueData: """{app}\{#AppExe}"" ""%1"""; Tasks: associate

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchNow}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the program itself wrote inside its folder (Python's caches); never a workspace, which is saved
; by the auditor outside {app}, nor the settings in {userappdata}.
Type: filesandordirs; Name: "{app}\_internal\__pycache__"
