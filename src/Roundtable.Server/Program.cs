using Roundtable.Server.Assistant;
using Roundtable.Server.Chat;
using Roundtable.Server.Data;
using Roundtable.Server.Platform;
using Roundtable.Server.Practice;
using Roundtable.Server.Realtime;
using Roundtable.Server.Showcase;
using Roundtable.Server.Storage;

var builder = WebApplication.CreateBuilder(args);

builder.AddPlatform();
builder.AddRoundtableData();
builder.AddShowcase();
builder.AddRealtime();
builder.AddAssistant();
builder.AddChatPage();
builder.AddStorage();
builder.AddPractice();

var app = builder.Build();

app.UsePlatform();
app.MapShowcaseApi();
app.MapRealtime();
app.MapAssistantApi();
app.MapChatPageApi();
app.MapPracticeApi();
app.MapShowcasePages();

app.Run();

/// <summary>Entry point, visible to the integration tests' WebApplicationFactory.</summary>
public partial class Program;
