@echo off
rem The `kata` command on Windows: builds tools/kata when needed, then runs it. See kata help.
setlocal
set "ROOT=%~dp0"
set "DLL=%ROOT%tools\kata\bin\Release\net10.0\kata.dll"
dotnet build "%ROOT%tools\kata\Kata.csproj" -c Release --nologo -v q >nul 2>&1 || (
  dotnet build "%ROOT%tools\kata\Kata.csproj" -c Release --nologo -v q
  echo kata: could not build tools\kata ^(see above^). 1>&2
  exit /b 2
)
pushd "%ROOT%"
dotnet "%DLL%" %*
set "CODE=%ERRORLEVEL%"
popd
exit /b %CODE%
