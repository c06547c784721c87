using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.IO.Compression;
using System.Linq;
using System.Reflection.Metadata;
using System.Reflection.PortableExecutable;
using System.Text;
using Xunit;

namespace SorAnalyzers.Package.Tests;

/// <summary>A DLL from a package, read with System.Reflection.Metadata: its embedded PDB, SourceLink and version.</summary>
public sealed class PackedAssembly
{
    private static readonly Guid SourceLinkKind = new("CC110556-A091-4D38-9FEC-25AB9A351A6A");

    private readonly string name;
    private readonly byte[] dll;
    private readonly byte[]? pdb;

    public PackedAssembly(string name, byte[] dll)
    {
        this.name = name;
        this.dll = dll;
        using var pe = new PEReader(ImmutableArray.Create(dll));
        DebugDirectoryEntry? embedded = pe.ReadDebugDirectory().Where(e => e.Type == DebugDirectoryEntryType.EmbeddedPortablePdb).Cast<DebugDirectoryEntry?>().FirstOrDefault();
        pdb = embedded is { } entry ? Decompress(pe.GetSectionData(entry.DataRelativeVirtualAddress).GetContent(0, entry.DataSize)) : null;

        MetadataReader metadata = pe.GetMetadataReader();
        AssemblyVersion = metadata.GetAssemblyDefinition().Version;
        PackageVersion = metadata.GetAssemblyDefinition().GetCustomAttributes()
            .Select(handle => metadata.GetCustomAttribute(handle))
            .Where(attribute => AttributeName(metadata, attribute) == "AssemblyInformationalVersionAttribute")
            .Select(attribute => FirstStringArgument(metadata, attribute).Split('+')[0])
            .SingleOrDefault();

        if (pdb is not null)
        {
            using var provider = MetadataReaderProvider.FromPortablePdbImage(ImmutableArray.Create(pdb));
            MetadataReader reader = provider.GetMetadataReader();
            PdbDocuments = reader.Documents.Select(d => reader.GetString(reader.GetDocument(d).Name)).ToList();
            SourceLink = reader.GetCustomDebugInformation(EntityHandle.ModuleDefinition)
                .Select(reader.GetCustomDebugInformation)
                .Where(info => reader.GetGuid(info.Kind) == SourceLinkKind)
                .Select(info => Encoding.UTF8.GetString(reader.GetBlobBytes(info.Value)))
                .SingleOrDefault();
        }
        else
        {
            PdbDocuments = Array.Empty<string>();
        }
    }

    /// <summary>Source file names recorded in the embedded PDB (none when there is no embedded PDB).</summary>
    public IReadOnlyList<string> PdbDocuments { get; }

    /// <summary>The SourceLink JSON of the embedded PDB.</summary>
    public string? SourceLink { get; }

    public Version AssemblyVersion { get; }

    /// <summary>The informational version without its "+commit" build metadata.</summary>
    public string? PackageVersion { get; }

    /// <summary>Fails if the DLL or its embedded PDB holds any of the strings, in UTF-8 or UTF-16.</summary>
    public void AssertContainsNone(IEnumerable<string> forbidden)
    {
        foreach (string text in forbidden)
        {
            foreach (Encoding encoding in new Encoding[] { Encoding.UTF8, Encoding.Unicode })
            {
                byte[] needle = encoding.GetBytes(text);
                Assert.False(dll.AsSpan().IndexOf(needle) >= 0, $"{name} contains the build machine's path {text}");
                Assert.False(pdb is not null && pdb.AsSpan().IndexOf(needle) >= 0, $"the PDB embedded in {name} contains the build machine's path {text}");
            }
        }
    }

    // An embedded PDB is "MPDB", the uncompressed size (4 bytes), then the PDB deflated.
    private static byte[] Decompress(ImmutableArray<byte> data)
    {
        Assert.Equal("MPDB", Encoding.ASCII.GetString(data.AsSpan()[..4]));
        int size = BitConverter.ToInt32(data.AsSpan()[4..8]);
        using var deflate = new DeflateStream(new MemoryStream(data.AsSpan()[8..].ToArray()), CompressionMode.Decompress);
        var pdb = new MemoryStream(size);
        deflate.CopyTo(pdb);
        return pdb.ToArray();
    }

    private static string AttributeName(MetadataReader metadata, CustomAttribute attribute)
        => attribute.Constructor.Kind == HandleKind.MemberReference
            && metadata.GetMemberReference((MemberReferenceHandle)attribute.Constructor).Parent is { Kind: HandleKind.TypeReference } parent
            ? metadata.GetString(metadata.GetTypeReference((TypeReferenceHandle)parent).Name)
            : string.Empty;

    // A custom attribute blob: prolog 0x0001, then a SerString (compressed length, UTF-8).
    private static string FirstStringArgument(MetadataReader metadata, CustomAttribute attribute)
    {
        BlobReader blob = metadata.GetBlobReader(attribute.Value);
        blob.ReadUInt16();
        return blob.ReadSerializedString() ?? string.Empty;
    }
}
