using ContainerSecurity.Inventory;
using ContainerSecurity.Inventory.RpmDb;

namespace ContainerSecurity.Tests.Inventory;

[TestClass]
public sealed class SqliteTableReaderTests
{
    /// <summary>
    /// Fixtures/many-rows.sqlite: written by SQLite itself with 1 KiB pages, 60 filler tables (so sqlite_schema is an interior page)
    /// and 400 rows whose blobs, up to 5000 bytes, span overflow chains. Row i holds length (i*37)%5000+1, byte j = (i*7+j)%251.
    /// </summary>
    [TestMethod]
    public void Reads_every_row_through_interior_pages_and_overflow_chains()
    {
        var rows = SqliteTableReader.Open("many-rows.sqlite", InventoryTesting.Fixture("many-rows.sqlite.gz")).Rows("Packages").ToList();

        Assert.HasCount(400, rows);
        for (var i = 1; i <= 400; i++)
        {
            var row = rows[i - 1];
            Assert.IsNull(row[0], "hnum is the rowid alias and stored as NULL");
            var expected = Enumerable.Range(0, i * 37 % 5000 + 1).Select(j => (byte)((i * 7 + j) % 251)).ToArray();
            CollectionAssert.AreEqual(expected, (byte[])row[1]!, $"row {i}");
        }
    }

    [TestMethod]
    public void Reads_the_schema_table_as_text_and_integers()
    {
        var reader = SqliteTableReader.Open("rpmdb.sqlite", InventoryTesting.Fixture("rpmdb.sqlite.gz"));

        var packages = reader.Rows("sqlite_schema").Single(r => r[1] as string == "Packages");

        Assert.AreEqual("table", packages[0]);
        Assert.AreEqual(2L, packages[3]);
        Assert.AreEqual("CREATE TABLE 'Packages' (hnum INTEGER PRIMARY KEY AUTOINCREMENT,blob BLOB NOT NULL)", packages[4]);
    }

    [TestMethod]
    public void A_missing_table_is_an_error() =>
        Assert.ThrowsExactly<InventoryFormatException>(() =>
            SqliteTableReader.Open("rpmdb.sqlite", InventoryTesting.Fixture("rpmdb.sqlite.gz")).Rows("NoSuchTable").ToList());
}
