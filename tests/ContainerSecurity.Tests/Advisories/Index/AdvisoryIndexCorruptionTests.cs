using System.Buffers.Binary;
using ContainerSecurity.Advisories.Index;
using ContainerSecurity.Advisories.Osv;
using ContainerSecurity.Tests.Advisories.Osv;

namespace ContainerSecurity.Tests.Advisories.Index;

/// <summary>A damaged index must fail to open with InvalidDataException (the caller then rebuilds it), never allocate wildly.</summary>
[TestClass]
public sealed class AdvisoryIndexCorruptionTests
{
    private const int HeaderLength = 36;
    private string _path = "";
    private byte[] _valid = [];

    [TestInitialize]
    public void WriteValidIndex()
    {
        _path = Path.Combine(Directory.CreateTempSubdirectory("csec-index-").FullName, "index");
        AdvisoryIndexFile.Write(OsvZip.ReadEntries(new MemoryStream(OsvFixtures.ExportZip())), _path);
        _valid = File.ReadAllBytes(_path);
    }

    [TestCleanup]
    public void DeleteDirectory() => Directory.Delete(Path.GetDirectoryName(_path)!, recursive: true);

    [TestMethod]
    [DataRow(0)]
    [DataRow(10)]
    [DataRow(HeaderLength)]
    [DataRow(-1)]
    public void Rejects_a_truncated_file(int keep)
    {
        File.WriteAllBytes(_path, _valid[..(keep < 0 ? _valid.Length + keep : keep)]);

        Assert.ThrowsExactly<InvalidDataException>(() => AdvisoryIndexFile.Open(_path));
    }

    [TestMethod]
    public void Rejects_a_file_with_bytes_appended()
    {
        File.WriteAllBytes(_path, [.. _valid, 0]);

        Assert.ThrowsExactly<InvalidDataException>(() => AdvisoryIndexFile.Open(_path));
    }

    [TestMethod]
    public void Rejects_a_file_that_is_not_an_index()
    {
        File.WriteAllText(_path, "PK\u0003\u0004 this is a zip, not an index, and long enough to hold a header");

        var error = Assert.ThrowsExactly<InvalidDataException>(() => AdvisoryIndexFile.Open(_path));
        StringAssert.Contains(error.Message, "not an advisory index");
    }

    [TestMethod]
    public void Rejects_another_format_version()
    {
        BinaryPrimitives.WriteInt32LittleEndian(_valid.AsSpan(8), 0);
        File.WriteAllBytes(_path, _valid);

        var error = Assert.ThrowsExactly<InvalidDataException>(() => AdvisoryIndexFile.Open(_path));
        StringAssert.Contains(error.Message, "format version 0");
    }

    [TestMethod]
    [DataRow(12, int.MaxValue)]
    [DataRow(12, -1)]
    [DataRow(24, int.MaxValue)]
    [DataRow(24, -5)]
    public void Rejects_an_absurd_count_or_length_in_the_header(int offset, int value)
    {
        BinaryPrimitives.WriteInt32LittleEndian(_valid.AsSpan(offset), value);
        File.WriteAllBytes(_path, _valid);

        Assert.ThrowsExactly<InvalidDataException>(() => AdvisoryIndexFile.Open(_path));
    }

    [TestMethod]
    public void Rejects_a_damaged_name_table()
    {
        _valid[^3] ^= 0xFF;
        File.WriteAllBytes(_path, _valid);

        var error = Assert.ThrowsExactly<InvalidDataException>(() => AdvisoryIndexFile.Open(_path));
        StringAssert.Contains(error.Message, "checksum");
    }

    [TestMethod]
    public void Fails_the_lookup_of_a_name_whose_block_is_damaged()
    {
        for (var i = HeaderLength + 2; i < HeaderLength + 40; i++)
        {
            _valid[i] ^= 0x5A;
        }

        File.WriteAllBytes(_path, _valid);
        using var index = (AdvisoryIndexReader)AdvisoryIndexFile.Open(_path);

        // The first block in name order belongs to Microsoft.NetCore.App.Runtime.linux-x64.
        Assert.ThrowsExactly<InvalidDataException>(() => index.Find("Microsoft.NetCore.App.Runtime.linux-x64"));
        Assert.HasCount(5, index.Find("openssl"));
    }
}
