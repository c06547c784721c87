using Microsoft.EntityFrameworkCore;

namespace Contoso.RevOps.Integrations.Warehouse;

/// <summary>The warehouse: a SQLite database file (EF Core 10).</summary>
public sealed class WarehouseDb(string path) : DbContext
{
    public string Path { get; } = path;

    public DbSet<WarehouseAccount> Accounts => Set<WarehouseAccount>();

    protected override void OnConfiguring(DbContextOptionsBuilder options)
        => options.UseSqlite($"Data Source={Path};Pooling=False");
}
