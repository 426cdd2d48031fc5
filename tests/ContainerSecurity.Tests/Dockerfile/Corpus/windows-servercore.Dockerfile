# escape=`

FROM mcr.microsoft.com/windows/servercore:ltsc2022
SHELL ["powershell", "-Command", "$ErrorActionPreference = 'Stop'; $ProgressPreference = 'SilentlyContinue';"]

ENV APP_HOME=C:\app `
    TOOLS=C:\tools

RUN New-Item -ItemType Directory -Path $env:APP_HOME | Out-Null; `
    Invoke-WebRequest -Uri https://example.com/tool.zip -OutFile C:\tool.zip; `
    Expand-Archive C:\tool.zip -DestinationPath $env:TOOLS; `
    Remove-Item C:\tool.zip

WORKDIR C:\app
COPY bin\Release\publish\ C:\app\
USER ContainerUser
ENTRYPOINT ["C:\\app\\Service.exe"]
