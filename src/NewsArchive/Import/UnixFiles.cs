using System.Runtime.InteropServices;
using Microsoft.Win32.SafeHandles;

namespace NewsArchive.Import;

/// <summary>
/// The two things .NET does not say about a file on Linux: what kind of file it is (a named pipe and a
/// device both look like an ordinary empty file to <see cref="FileInfo"/>), and where a path really leads
/// once every link in it is followed. Opening a named pipe for reading blocks until something writes to it,
/// so files are opened here without blocking and their kind is read from the open handle.
/// </summary>
internal static partial class UnixFiles
{
    public static bool Supported { get; } = OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture is Architecture.X64 or Architecture.Arm64;

    private const int ReadOnly = 0, NonBlocking = 0x800, CloseOnExec = 0x80000;
    // O_NOFOLLOW is one of the few flags whose value differs between the two architectures.
    private static readonly int NoFollow = RuntimeInformation.ProcessArchitecture == Architecture.Arm64 ? 0x8000 : 0x20000;
    private const int EmptyPath = 0x1000; // AT_EMPTY_PATH: statx the handle itself
    private const uint WantTypeAndSize = 0x1 | 0x200; // STATX_TYPE | STATX_SIZE
    private const int LinkLoop = 40; // ELOOP: the last part of the path is a link

    /// <summary>Opens a regular file for reading, or says why not ("a named pipe", "a link", ...).</summary>
    public static (FileStream? Stream, long Length, string? Refusal) OpenRegular(string path)
    {
        var descriptor = open(path, ReadOnly | NonBlocking | CloseOnExec | NoFollow);
        if (descriptor < 0)
        {
            var error = Marshal.GetLastPInvokeError();
            return (null, 0, error == LinkLoop ? "a link, not a regular file" : $"cannot be opened: {Marshal.GetPInvokeErrorMessage(error)}");
        }
        var handle = new SafeFileHandle(descriptor, ownsHandle: true);
        var status = new byte[256];
        if (statx(descriptor, "", EmptyPath, WantTypeAndSize, status) != 0)
        {
            var error = Marshal.GetLastPInvokeError();
            handle.Dispose();
            return (null, 0, $"cannot be examined: {Marshal.GetPInvokeErrorMessage(error)}");
        }
        // struct statx: stx_mode is the 16 bits at offset 28, stx_size the 64 bits at offset 40.
        var kind = BitConverter.ToUInt16(status, 28) & 0xF000;
        if (kind != 0x8000)
        {
            handle.Dispose();
            return (null, 0, $"{KindName(kind)}, not a regular file");
        }
        return (new FileStream(handle, FileAccess.Read, bufferSize: 0), (long)BitConverter.ToUInt64(status, 40), null);
    }

    /// <summary>The path with every link in it followed (realpath(3)), or null when it leads nowhere.</summary>
    public static string? RealPath(string path)
    {
        var resolved = realpath(path, IntPtr.Zero);
        if (resolved == IntPtr.Zero) return null;
        try
        {
            return Marshal.PtrToStringUTF8(resolved);
        }
        finally
        {
            free(resolved);
        }
    }

    private static string KindName(int kind) => kind switch
    {
        0x1000 => "a named pipe",
        0x2000 => "a character device",
        0x4000 => "a folder",
        0x6000 => "a block device",
        0xA000 => "a link",
        0xC000 => "a socket",
        _ => "a special file",
    };

#pragma warning disable IDE1006, SYSLIB1054 // libc's own names
    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(int directory, string path, int flags, uint mask, [Out] byte[] buffer);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial IntPtr realpath(string path, IntPtr resolved);

    [LibraryImport("libc")]
    private static partial void free(IntPtr pointer);
#pragma warning restore IDE1006, SYSLIB1054
}
