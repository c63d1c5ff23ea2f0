const http = require("http");
const clientId = "XXX"; // Your API client id (required)
const clientSecret = "YYY"; // Your API client secret (required)
const data = JSON.stringify({
  "filter": {
    "strict": false,
    "keyword": "Doe"
  },
  "include_voided": true
});
const options = {
  "hostname": "__HOST__",
  "port": __PORT__,
  "path": "/v4/loyalty/loyalty-cards/__CARD__/stats",
  "method": "GET",
  "headers": {
    "x-api-key": clientId,
    "x-api-secret": clientSecret,
    "Content-Type": "application/json",
    "Content-Length": data.length
  }
};
const request = http.request(options, (response) => {
  console.log(`statusCode: ${response.statusCode}`);
  response.on("data", (d) => {
    process.stdout.write(d);
  });
});
request.write(data);
request.end();
