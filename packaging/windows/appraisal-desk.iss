; Inno Setup 6 script: the Windows installer of Appraisal Desk (考评台), per user, no admin rights.
; Build dist\appraisal-desk\ first (python packaging\build.py), then:
;     iscc packaging\windows\appraisal-desk.iss
; → dist\appraisal-desk-<version>-windows-x86_64-setup.exe (docs/desktop-build.md, step by step).
;
; It installs into the user's programs folder ({userpf}: %LOCALAPPDATA%\Programs\Appraisal Desk),
; adds a Start-menu entry (and, if ticked, a desktop one) and an uninstaller. The data folder
; (%LOCALAPPDATA%\AppraisalDesk: the database, its backups, the signing key, the logs) is made
; by the app, outside {app}: neither an update nor the uninstaller touches it.

; The one version source, resources\VERSION (also --version, Help → About, the archive name).
#define VersionFile FileOpen(AddBackslash(SourcePath) + "..\..\resources\VERSION")
#define AppVersion Trim(FileRead(VersionFile))
#expr FileClose(VersionFile)
#define AppExe "appraisal-desk.exe"

[Setup]
; Keep this id: Windows knows an installed Appraisal Desk (for updates, the uninstaller) by it.
AppId={{18B489B5-EA42-4DA5-9180-DC2AD4B0EE46}
AppName=Appraisal Desk 考评台
AppVersion={#AppVersion}
AppVerName=Appraisal Desk 考评台 {#AppVersion}
AppPublisher=Appraisal Desk
DefaultDirName={userpf}\Appraisal Desk
DefaultGroupName=Appraisal Desk 考评台
DisableProgramGroupPage=yes
DisableDirPage=auto
; Per user: no administrator, nothing written outside the user's profile.
PrivilegesRequired=lowest
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
MinVersion=10.0
OutputDir=..\..\dist
OutputBaseFilename=appraisal-desk-{#AppVersion}-windows-x86_64-setup
SetupIconFile=..\..\resources\icons\appraisal-desk.ico
UninstallDisplayIcon={app}\{#AppExe}
UninstallDisplayName=Appraisal Desk 考评台
Compression=lzma2/max
SolidCompression=yes
WizardStyle=modern
; An app still running blocks the update of its files: ask to close it.
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"
; Chinese: put ChineseSimplified.isl (Inno Setup's translations page) beside this script and
; uncomment the line below.
; Name: "zh"; MessagesFile: "ChineseSimplified.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"; Flags: unchecked

[Files]
; The whole one-folder build; an update replaces it and removes nothing else.
Source: "..\..\dist\appraisal-desk\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[InstallDelete]
; Files of an older version's build that this one no longer has (its Python modules and Qt
; libraries are replaced whole); only under {app}, never the data folder.
Type: filesandordirs; Name: "{app}\_internal"

[Icons]
; {autoprograms} is the user's own Start menu with PrivilegesRequired=lowest.
Name: "{autoprograms}\Appraisal Desk 考评台"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Comment: "Inspection checklists and monthly assessment forms"
Name: "{autodesktop}\Appraisal Desk 考评台"; Filename: "{app}\{#AppExe}"; WorkingDir: "{app}"; Tasks: desktopicon

[Run]
Filename: "{app}\{#AppExe}"; Description: "{cm:LaunchProgram,Appraisal Desk}"; Flags: nowait postinstall skipifsilent

[UninstallDelete]
; Only what the installer put in {app}. The data folder %LOCALAPPDATA%\AppraisalDesk stays:
; it holds the records pay is computed from.
Type: dirifempty; Name: "{app}"
