using System.Runtime.CompilerServices;
using Microsoft.AspNetCore.Authentication;
using Microsoft.EntityFrameworkCore;
using Roundtable.Server.Data;

namespace Roundtable.Server.Practice.Workspace;

/// <summary>The seeded demo application whose workspace the Practice pages use by default.</summary>
public sealed class DemoWorkspace
{
    public const string ApplicationName = "Sales practice demo";

    // A reference is written atomically; a Guid? field could be read half-written by a concurrent request.
    private StrongBox<Guid>? applicationId;

    /// <summary>The demo application's id, or null when it was not seeded (Practice:SeedDemoData=false).</summary>
    public async ValueTask<Guid?> ApplicationIdAsync(RoundtableDbContext db, CancellationToken cancellationToken)
    {
        if (applicationId is { } known)
        {
            return known.Value;
        }

        var found = await db.Applications.AsNoTracking().Where(a => a.Name == ApplicationName)
            .OrderBy(a => a.Id).Select(a => (Guid?)a.Id).FirstOrDefaultAsync(cancellationToken);
        if (found is { } id)
        {
            applicationId = new StrongBox<Guid>(id);
        }

        return found;
    }

    /// <summary>
    /// Makes the request act as the browser's workspace: the one in its cookie, else the demo one (signed
    /// in now). The request's user is set too, so antiforgery tokens rendered by this page match later calls.
    /// </summary>
    public async Task<Guid?> EnterAsync(HttpContext context, RoundtableDbContext db)
    {
        var existing = await context.AuthenticateAsync(PracticeWorkspace.Scheme);
        if (existing.Succeeded)
        {
            context.User = existing.Principal;
            return Accounts.ApplicationClaims.ApplicationIdOf(existing.Principal);
        }

        if (await ApplicationIdAsync(db, context.RequestAborted) is not { } demo)
        {
            return null;
        }

        context.User = await PracticeWorkspace.SignInAsync(context, demo, ApplicationName);
        return demo;
    }
}
