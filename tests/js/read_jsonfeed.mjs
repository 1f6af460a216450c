// Reads a JSON Feed from stdin with feedsmith (a real JSON Feed parser) and prints what it understood.
import { parseFeed } from "feedsmith";

let text = "";
process.stdin.setEncoding("utf8");
for await (const chunk of process.stdin) text += chunk;
const { format, feed } = parseFeed(text);
process.stdout.write(JSON.stringify({ format, feed }));
