; Inno Setup 6 script: the Windows installer of the app bundle dist\hoinghi\ that
; packaging\hoinghi.spec builds. From the repository root, after PyInstaller:
;     iscc packaging\hoinghi.iss        ->  dist\hoinghi-VERSION-setup.exe
; The version comes from pyproject.toml through the file the spec writes (build\hoinghi).
; Saved as UTF-8 with a byte-order mark so that Inno Setup reads the Vietnamese names.
#include "..\build\hoinghi\version.iss"

[Setup]
AppId={{6B0E2C1F-4D8A-4E3B-9C57-2A1F8D3E7B64}
AppName=Hội nghị
AppVersion={#AppVersion}
AppVerName=Hội nghị {#AppVersion}
AppPublisher=Hội nghị
DefaultDirName={autopf}\Hoi nghi
DefaultGroupName=Hội nghị
DisableProgramGroupPage=yes
UninstallDisplayName=Hội nghị
UninstallDisplayIcon={app}\hoinghi.exe
SetupIconFile=..\resources\icons\hoinghi.ico
OutputDir=..\dist
OutputBaseFilename=hoinghi-{#AppVersion}-setup
Compression=lzma2
SolidCompression=yes
WizardStyle=modern
ArchitecturesAllowed=x64compatible
ArchitecturesInstallIn64BitMode=x64compatible
; Installs for the current user without administrator rights (an office laptop's usual case);
; an administrator may choose all users.
PrivilegesRequired=lowest
PrivilegesRequiredOverridesAllowed=dialog
CloseApplications=yes

[Languages]
Name: "en"; MessagesFile: "compiler:Default.isl"

[Tasks]
Name: "desktopicon"; Description: "{cm:CreateDesktopIcon}"; GroupDescription: "{cm:AdditionalIcons}"

[InstallDelete]
; An upgrade replaces the previous version's program files, never the data.
Type: filesandordirs; Name: "{app}\_internal"

[Files]
Source: "..\dist\hoinghi\*"; DestDir: "{app}"; Flags: ignoreversion recursesubdirs createallsubdirs

[Icons]
Name: "{group}\Hội nghị"; Filename: "{app}\hoinghi.exe"
Name: "{group}\Gỡ cài đặt Hội nghị"; Filename: "{uninstallexe}"
Name: "{autodesktop}\Hội nghị"; Filename: "{app}\hoinghi.exe"; Tasks: desktopicon

[Run]
Filename: "{app}\hoinghi.exe"; Description: "{cm:LaunchProgram,Hội nghị}"; Flags: nowait postinstall skipifsilent

; Uninstalling removes only what was installed here. The meetings (the database and its backups
; in %LOCALAPPDATA%\hoinghi) and the log stay: there is deliberately no [UninstallDelete].
