const http = require("http");
const clientId = "XXX"; // Your API client id (required)
const clientSecret = "YYY"; // Your API client secret (required)
const options = {
  "hostname": "__HOST__",
  "port": __PORT__,
  "path": "/v4/loyalty/loyalty-cards/__CARD__/stats/__USER__",
  "method": "GET",
  "headers": {
    "x-api-key": clientId,
    "x-api-secret": clientSecret,
    "Content-Type": "application/json"
  }
};
const request = http.request(options, (response) => {
  console.log(`statusCode: ${response.statusCode}`);
  response.on("data", (d) => {
    process.stdout.write(d);
  });
});
request.end();
