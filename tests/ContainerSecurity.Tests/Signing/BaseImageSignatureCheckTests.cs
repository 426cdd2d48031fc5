using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using ContainerSecurity.Findings;
using ContainerSecurity.Images;
using ContainerSecurity.Settings;
using ContainerSecurity.Signing;

namespace ContainerSecurity.Tests.Signing;

[TestClass]
public sealed class BaseImageSignatureCheckTests
{
    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    [TestMethod]
    public void An_unreachable_registry_is_CSEC9009_never_a_pass()
    {
        var directory = Directory.CreateTempSubdirectory("csec-sig").FullName;
        var keyPath = Path.Combine(directory, "cosign.pub");
        using (var key = ECDsa.Create(ECCurve.NamedCurves.nistP256))
            File.WriteAllText(keyPath, key.ExportSubjectPublicKeyInfoPem());
        var registry = $"localhost:{ClosedPort()}";

        var findings = BaseImageSignatureCheck.Run([new(ImageReference.Parse($"{registry}/team/base:1")!, "sha256:" + new string('a', 64))],
            [new BaseImageSigner($"{registry}/team", keyPath)], SettingLocator.None, _ => null);

        var finding = findings.Single();
        Assert.AreEqual((DiagnosticCodes.SignatureCheckFailed, DiagnosticLevel.Error), (finding.Code, finding.Level));
        StringAssert.Contains(finding.Message, $"The signature of base image {registry}/team/base:1 could not be checked against {registry}");
    }

    [TestMethod]
    public void A_missing_key_file_is_CSEC9006_and_bases_outside_the_scopes_are_not_read()
    {
        var findings = BaseImageSignatureCheck.Run([new(ImageReference.Parse("localhost:1/team/base:1")!, null)],
            [new BaseImageSigner("localhost:1/team", "/nonexistent/cosign.pub")], SettingLocator.None, _ => null);
        StringAssert.Contains(findings.Single(f => f.Code == DiagnosticCodes.BadRequest).Message, "/nonexistent/cosign.pub' does not exist");

        Assert.IsEmpty(BaseImageSignatureCheck.Run([new(ImageReference.Parse("localhost:1/other/base:1")!, null)],
            [new BaseImageSigner("localhost:1/team", "/nonexistent/cosign.pub")], SettingLocator.None, _ => null));
    }
}
