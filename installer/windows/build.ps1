# Build the Windows installer: icons, PyInstaller folder, Inno Setup setup.exe, then self-test.
# Run from the repository root in PowerShell, with Python 3.12+ and Inno Setup 6 (iscc on PATH or
# in its default folder):   powershell -ExecutionPolicy Bypass -File installer\windows\build.ps1
$ErrorActionPreference = "Stop"
if (-not (Test-Path .venv)) { py -3.12 -m venv .venv }
.\.venv\Scripts\python -m pip install --quiet -e ".[installer]"
Get-ChildItem resources\i18n\*.ts | ForEach-Object {
    .\.venv\Scripts\pyside6-lrelease -silent $_.FullName -qm ($_.FullName -replace "\.ts$", ".qm")
}
.\.venv\Scripts\python installer\make_icons.py build\icons
.\.venv\Scripts\pyinstaller --noconfirm --clean --log-level WARN `
    --distpath dist --workpath build\pyinstaller installer\crm-desktop.spec
& .\dist\crm-desktop\crm-desktop-cli.exe --self-test
if ($LASTEXITCODE -ne 0) { throw "the frozen self-test failed" }
$version = (Select-String -Path crm_desktop\__init__.py -Pattern '__version__ = "(.+)"').Matches[0].Groups[1].Value
$iscc = (Get-Command iscc -ErrorAction SilentlyContinue).Source
if (-not $iscc) { $iscc = "${env:ProgramFiles(x86)}\Inno Setup 6\ISCC.exe" }
& $iscc "/DAppVersion=$version" installer\windows\crm-desktop.iss
if ($LASTEXITCODE -ne 0) { throw "Inno Setup failed" }
Write-Host "dist\crm-desktop-$version-windows-x64-setup.exe"
