#!/usr/bin/env node
"use strict";var qD=Object.create;var ed=Object.defineProperty;var WD=Object.getOwnPropertyDescriptor;var KD=Object.getOwnPropertyNames;var JD=Object.getPrototypeOf,YD=Object.prototype.hasOwnProperty;var p=(t,e,r)=>()=>{if(r)throw r[0];try{return t&&(e=t(t=0)),e}catch(o){throw r=[o],o}};var sy=(t,e)=>()=>{try{return e||t((e={exports:{}}).exports,e),e.exports}catch(r){throw e=0,r}},nr=(t,e)=>{for(var r in e)ed(t,r,{get:e[r],enumerable:!0})},XD=(t,e,r,o)=>{
if(e&&typeof e=="object"||typeof e=="function")for(let n of KD(e))!YD.call(t,n)&&n!==r&&ed(t,n,{get:()=>e[n],enumerable:!(o=WD(e,n))||o.enumerable});return t};var Yr=(t,e,r)=>(r=t!=null?qD(JD(t)):{},XD(e||!t||!t.__esModule?ed(r,"default",{value:t,enumerable:!0}):r,t));var ga,It,iE=p(()=>{ga={warningEmitted:!1},It=t=>{if(t&&!ga.warningEmitted){if(process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED==="true"){ga.warningEmitted=
!0;return}let e=parseInt(t.substring(1,t.indexOf("."))),r=22;e<r&&(ga.warningEmitted=!0,process.emitWarning(`NodeVersionSupportWarning: The AWS SDK for JavaScri\
pt (v3)
versions published after the first week of January 2027
will require node >=${r}. You are running node ${t}.

To continue receiving updates to AWS services, bug fixes,
and security updates please upgrade to node >=${r}.

More information can be found at: https://a.co/c895JFp`))}}});function H(t,e,r){return t.$source||(t.$source={}),t.$source[e]=r,t}var sE=p(()=>{});function vr(t,e,r){t.__aws_sdk_context?t.__aws_sdk_context.features||(t.__aws_sdk_context.features={}):t.__aws_sdk_context={features:{}},t.__aws_sdk_context.features[e]=
r}var aE=p(()=>{});var Bk,yr,cE=p(()=>{Bk=()=>typeof process=="object"&&process?.env?.AWS_ENABLE_DEFAULT_SOCKET_TIMEOUT_2026==="true",yr=(t,e)=>{if(Bk()&&typeof t?.handle!="functi\
on")return e}});var _i,gd=p(()=>{_i=t=>typeof ArrayBuffer=="function"&&t instanceof ArrayBuffer||Object.prototype.toString.call(t)==="[object ArrayBuffer]"});var wn,ha,In=p(()=>{gd();wn=(t,e=0,r=t.byteLength-e)=>{if(!_i(t))throw new TypeError(`The "input" argument must be ArrayBuffer. Received type ${typeof t} (${t})`);
return Buffer.from(t,e,r)},ha=(t,e)=>{if(typeof t!="string")throw new TypeError(`The "input" argument must be of type string. Received type ${typeof t} (${t})`);
return e?Buffer.from(t,e):Buffer.from(t)}});var Gk,Re,pE=p(()=>{In();Gk=/^[A-Za-z0-9+/]*={0,2}$/,Re=t=>{if(t.length*3%4!==0)throw new TypeError("Incorrect padding on base64 string.");if(!Gk.exec(t))throw new TypeError(
"Invalid base64 string.");let e=ha(t,"base64");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}});var ae,ya=p(()=>{In();ae=t=>{let e=ha(t,"utf8");return new Uint8Array(e.buffer,e.byteOffset,e.byteLength/Uint8Array.BYTES_PER_ELEMENT)}});var he,lE=p(()=>{In();ya();he=t=>{let e;if(typeof t=="string"?e=ae(t):e=t,typeof e!="object"||typeof e.byteOffset!="number"||typeof e.byteLength!="number")throw new Error(
"@smithy/util-base64: toBase64 encoder function only accepts string | Uint8Array.");return wn(e.buffer,e.byteOffset,e.byteLength).toString("base64")}});function uE(t,e,r,o){return class Ea extends Uint8Array{static fromString(i,s="utf-8"){if(typeof i=="string")return s==="base64"?Ea.mutate(o(i)):Ea.mutate(e(i));
throw new Error(`Unsupported conversion from ${typeof i} to Uint8ArrayBlobAdapter.`)}static mutate(i){return Object.setPrototypeOf(i,Ea.prototype),i}transformToString(i="\
utf-8"){return i==="base64"?r(this):t(this)}}}var dE=p(()=>{});var ee,mE=p(()=>{In();ee=t=>{if(typeof t=="string")return t;if(typeof t!="object"||typeof t.byteOffset!="number"||typeof t.byteLength!="number")throw new Error(
"@smithy/util-utf8: toUtf8 encoder function only accepts string | Uint8Array.");return wn(t.buffer,t.byteOffset,t.byteLength).toString("utf8")}});function fE(t){return typeof crypto<"u"&&typeof crypto.randomUUID=="function"?()=>crypto.randomUUID():()=>{let e=new Uint8Array(16);return t(e),e[6]=e[6]&15|64,
e[8]=e[8]&63|128,He[e[0]]+He[e[1]]+He[e[2]]+He[e[3]]+"-"+He[e[4]]+He[e[5]]+"-"+He[e[6]]+He[e[7]]+"-"+He[e[8]]+He[e[9]]+"-"+He[e[10]]+He[e[11]]+He[e[12]]+He[e[13]]+
He[e[14]]+He[e[15]]}}var He,gE=p(()=>{He=Array.from({length:256},(t,e)=>e.toString(16).padStart(2,"0"))});var Fo,hE=p(()=>{(function(t){t.HTTP="http",t.HTTPS="https"})(Fo||(Fo={}))});var Mr,yE=p(()=>{(function(t){t.MD5="md5",t.CRC32="crc32",t.CRC32C="crc32c",t.SHA1="sha1",t.SHA256="sha256"})(Mr||(Mr={}))});var EE=p(()=>{yE()});var Er,SE=p(()=>{Er="__smithy_context"});var Cr,xE=p(()=>{(function(t){t.PROFILE="profile",t.SSO_SESSION="sso-session",t.SERVICES="services"})(Cr||(Cr={}))});var Pr=p(()=>{hE();EE();SE();xE()});var te,RE=p(()=>{Pr();te=t=>t[Er]||(t[Er]={})});function b(t,e){return Object.prototype.hasOwnProperty.call(t,e)}var hd=p(()=>{});function zk(t){return Object.keys(t).reduce((e,r)=>{let o=t[r];return{...e,[r]:Array.isArray(o)?[...o]:o}},{})}var z,_E=p(()=>{z=class t{method;protocol;hostname;port;path;query;headers;username;password;fragment;body;constructor(e){
this.method=e.method||"GET",this.hostname=e.hostname||"localhost",this.port=e.port,this.query=e.query||{},this.headers=e.headers||{},this.body=e.body,this.protocol=
e.protocol?e.protocol.slice(-1)!==":"?`${e.protocol}:`:e.protocol:"https:",this.path=e.path?e.path.charAt(0)!=="/"?`/${e.path}`:e.path:"/",this.username=e.username,
this.password=e.password,this.fragment=e.fragment}static clone(e){let r=new t({...e,headers:{...e.headers}});return r.query&&(r.query=zk(r.query)),r}static isInstance(e){
if(!e)return!1;let r=e;return"method"in r&&"protocol"in r&&"hostname"in r&&"path"in r&&typeof r.query=="object"&&typeof r.headers=="object"}clone(){return t.clone(
this)}}});var Ke,wE=p(()=>{Ke=class{statusCode;reason;headers;body;constructor(e){this.statusCode=e.statusCode,this.reason=e.reason,this.headers=e.headers||{},this.body=e.
body}static isInstance(e){if(!e)return!1;let r=e;return typeof r.statusCode=="number"&&typeof r.headers=="object"}}});var jk,Ar,IE=p(()=>{jk=new RegExp("^(?!.*-$)(?!-)[a-zA-Z0-9-]{1,63}$"),Ar=(t,e=!1)=>{if(!e)return jk.test(t);let r=t.split(".");for(let o of r)if(!Ar(o))return!1;
return!0}});function yd(t){return/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(t)}var TE=p(()=>{});var W,vE=p(()=>{W=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});function CE(t){let e={};if(t=t.replace(/^\?/,""),t)for(let r of t.split("&")){let[o,n=null]=r.split("=");o=decodeURIComponent(o),n&&(n=decodeURIComponent(n)),o in
e?Array.isArray(e[o])?e[o].push(n):e[o]=[e[o],n]:e[o]=n}return e}var PE=p(()=>{});var ye,Ed=p(()=>{PE();ye=t=>{if(typeof t=="string")return ye(new URL(t));let{hostname:e,pathname:r,port:o,protocol:n,search:i}=t,s;return i&&(s=CE(i)),{hostname:e,
port:o?parseInt(o):void 0,protocol:n,path:r,query:s}}});var oo,AE=p(()=>{hd();Ed();oo=t=>{if(typeof t=="object"){if("url"in t){let e=ye(t.url);if(t.headers){e.headers={};for(let r in t.headers)b(t.headers,r)&&(e.headers[r.
toLowerCase()]=t.headers[r].join(", "))}return e}return t}return ye(t)}});var Y=p(()=>{RE();hd();_E();wE();IE();TE();vE();Ed();AE()});var Sd,Vk,bE,qk,OE,NE,DE,Wk,kE,$E,Kk,Sa,Tn,LE,Jk,Yk,FE=p(()=>{Sd=t=>{if(t!=null){if(typeof t=="string"){let e=parseFloat(t);if(!Number.isNaN(e))return String(e)!==
String(t)&&Yk.warn(Jk(`Expected number but observed string: ${t}`)),e}if(typeof t=="number")return t;throw new TypeError(`Expected number, got ${typeof t}: ${t}`)}},
Vk=Math.ceil(2**127*(2-2**-23)),bE=t=>{let e=Sd(t);if(e!==void 0&&!Number.isNaN(e)&&e!==1/0&&e!==-1/0&&Math.abs(e)>Vk)throw new TypeError(`Expected 32-bit float\
, got ${t}`);return e},qk=t=>{if(t!=null){if(Number.isInteger(t)&&!Number.isNaN(t))return t;throw new TypeError(`Expected integer, got ${typeof t}: ${t}`)}},OE=
t=>DE(t,16),NE=t=>DE(t,8),DE=(t,e)=>{let r=qk(t);if(r!==void 0&&Wk(r,e)!==r)throw new TypeError(`Expected ${e}-bit integer, got ${t}`);return r},Wk=(t,e)=>{switch(e){case 32:
return Int32Array.of(t)[0];case 16:return Int16Array.of(t)[0];case 8:return Int8Array.of(t)[0]}},kE=t=>Sd(typeof t=="string"?Sa(t):t),$E=t=>bE(typeof t=="string"?
Sa(t):t),Kk=/(-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?)|(-?Infinity)|(NaN)/g,Sa=t=>{let e=t.match(Kk);if(e===null||e[0].length!==t.length)throw new TypeError(
"Expected real number, got implicit NaN");return parseFloat(t)},Tn=t=>OE(typeof t=="string"?Sa(t):t),LE=t=>NE(typeof t=="string"?Sa(t):t),Jk=t=>String(new TypeError(
t).stack||t).split(`
`).slice(0,5).filter(e=>!e.includes("stackTraceWarning")).join(`
`),Yk={warn:console.warn}});function Uo(t){let e=t.getUTCFullYear(),r=t.getUTCMonth(),o=t.getUTCDay(),n=t.getUTCDate(),i=t.getUTCHours(),s=t.getUTCMinutes(),a=t.getUTCSeconds(),c=n<10?`0${n}`:
`${n}`,l=i<10?`0${i}`:`${i}`,u=s<10?`0${s}`:`${s}`,d=a<10?`0${a}`:`${a}`;return`${Xk[o]}, ${c} ${Rd[r]} ${e} ${l}:${u}:${d} GMT`}var Xk,Rd,Qk,_d,Zk,wd,e$,t$,r$,
Ii,Id,wi,o$,n$,i$,xd,s$,a$,c$,br,p$,l$,vn,UE=p(()=>{FE();Xk=["Sun","Mon","Tue","Wed","Thu","Fri","Sat"],Rd=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep",
"Oct","Nov","Dec"];Qk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?[zZ]$/),_d=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC-3339 date-times must be expressed as strings");let e=Qk.exec(t);if(!e)throw new TypeError("Invalid RFC-3339 date-time value");let[r,o,n,i,s,a,c,l]=e,u=Tn(vn(
o)),d=br(n,"month",1,12),m=br(i,"day",1,31);return wi(u,d,m,{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l})},Zk=new RegExp(/^(\d{4})-(\d{2})-(\d{2})[tT](\d{2}):(\d{2}):(\d{2})(?:\.(\d+))?(([-+]\d{2}:\d{2})|[zZ])$/),
wd=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-3339 date-times must be expressed as strings");let e=Zk.exec(t);if(!e)throw new TypeError(
"Invalid RFC-3339 date-time value");let[r,o,n,i,s,a,c,l,u]=e,d=Tn(vn(o)),m=br(n,"month",1,12),f=br(i,"day",1,31),g=wi(d,m,f,{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l});
return u.toUpperCase()!="Z"&&g.setTime(g.getTime()-l$(u)),g},e$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
t$=new RegExp(/^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), (\d{2})-(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)-(\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? GMT$/),
r$=new RegExp(/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) ( [1-9]|\d{2}) (\d{1,2}):(\d{2}):(\d{2})(?:\.(\d+))? (\d{4})$/),
Ii=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError("RFC-7231 date-times must be expressed as strings");let e=e$.exec(t);if(e){let[r,o,n,i,s,a,c,
l]=e;return wi(Tn(vn(i)),xd(n),br(o,"day",1,31),{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l})}if(e=t$.exec(t),e){let[r,o,n,i,s,a,c,l]=e;return i$(wi(o$(
i),xd(n),br(o,"day",1,31),{hours:s,minutes:a,seconds:c,fractionalMilliseconds:l}))}if(e=r$.exec(t),e){let[r,o,n,i,s,a,c,l]=e;return wi(Tn(vn(l)),xd(o),br(n.trimLeft(),
"day",1,31),{hours:i,minutes:s,seconds:a,fractionalMilliseconds:c})}throw new TypeError("Invalid RFC-7231 date-time value")},Id=t=>{if(t==null)return;let e;if(typeof t==
"number")e=t;else if(typeof t=="string")e=kE(t);else if(typeof t=="object"&&t.tag===1)e=t.value;else throw new TypeError("Epoch timestamps must be expressed as \
floating point numbers or their string representation");if(Number.isNaN(e)||e===1/0||e===-1/0)throw new TypeError("Epoch timestamps must be valid, non-Infinite,\
 non-NaN numerics");return new Date(Math.round(e*1e3))},wi=(t,e,r,o)=>{let n=e-1;return a$(t,n,r),new Date(Date.UTC(t,n,r,br(o.hours,"hour",0,23),br(o.minutes,"\
minute",0,59),br(o.seconds,"seconds",0,60),p$(o.fractionalMilliseconds)))},o$=t=>{let e=new Date().getUTCFullYear(),r=Math.floor(e/100)*100+Tn(vn(t));return r<e?
r+100:r},n$=50*365*24*60*60*1e3,i$=t=>t.getTime()-new Date().getTime()>n$?new Date(Date.UTC(t.getUTCFullYear()-100,t.getUTCMonth(),t.getUTCDate(),t.getUTCHours(),
t.getUTCMinutes(),t.getUTCSeconds(),t.getUTCMilliseconds())):t,xd=t=>{let e=Rd.indexOf(t);if(e<0)throw new TypeError(`Invalid month: ${t}`);return e+1},s$=[31,28,
31,30,31,30,31,31,30,31,30,31],a$=(t,e,r)=>{let o=s$[e];if(e===1&&c$(t)&&(o=29),r>o)throw new TypeError(`Invalid day for ${Rd[e]} in ${t}: ${r}`)},c$=t=>t%4===0&&
(t%100!==0||t%400===0),br=(t,e,r,o)=>{let n=LE(vn(t));if(n<r||n>o)throw new TypeError(`${e} must be between ${r} and ${o}, inclusive`);return n},p$=t=>t==null?0:
$E("0."+t)*1e3,l$=t=>{let e=t[0],r=1;if(e=="+")r=1;else if(e=="-")r=-1;else throw new TypeError(`Offset direction, ${e}, must be "+" or "-"`);let o=Number(t.substring(
1,3)),n=Number(t.substring(4,6));return r*(o*60+n)*60*1e3},vn=t=>{let e=0;for(;e<t.length-1&&t.charAt(e)==="0";)e++;return e===0?t:t.slice(e)}});var Je,ME=p(()=>{Je=function(e){return Object.assign(new String(e),{deserializeJSON(){return JSON.parse(String(e))},toString(){return String(e)},toJSON(){return String(
e)}})};Je.from=t=>t&&typeof t=="object"&&(t instanceof Je||"deserializeJSON"in t)?t:typeof t=="string"||Object.getPrototypeOf(t)===String.prototype?Je(String(t)):
Je(JSON.stringify(t));Je.fromObject=Je.from});function Td(t){return(t.includes(",")||t.includes('"'))&&(t=`"${t.replace(/\\/g,"\\\\").replace(/"/g,'\\"')}"`),t}var HE=p(()=>{});function Hr(t,e,r){let o=Number(t);if(o<e||o>r)throw new Error(`Value ${o} out of range [${e}, ${r}]`)}var vd,Cd,Pd,BE,GE,u$,d$,m$,f$,g$,h$,Ad,bd,Od,zE=p(()=>{vd=
"(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)(?:[ne|u?r]?s?day)?",Cd="(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)",Pd="(\\d?\\d):(\\d{2}):(\\d{2})(?:\\.(\\d+))?",BE="(\
\\d?\\d)",GE="(\\d{4})",u$=new RegExp(/^(\d{4})-(\d\d)-(\d\d)[tT](\d\d):(\d\d):(\d\d)(\.(\d+))?(([-+]\d\d:\d\d)|[zZ])$/),d$=/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (?:0[1-9]|[12]\d|3[01]) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [1-9]\d{3} (?:[01]\d|2[0-3]):[0-5]\d:[0-5]\d GMT$/,
m$=new RegExp(`^${vd}, ${BE} ${Cd} ${GE} ${Pd} GMT$`),f$=new RegExp(`^${vd}, ${BE}-${Cd}-(\\d\\d) ${Pd} GMT$`),g$=new RegExp(`^${vd} ${Cd} ( [1-9]|\\d\\d) ${Pd}\
 ${GE}$`),h$=["Jan","Feb","Mar","Apr","May","Jun","Jul","Aug","Sep","Oct","Nov","Dec"],Ad=t=>{if(t==null)return;let e=NaN;if(typeof t=="number")e=t;else if(typeof t==
"string"){if(!/^-?\d*\.?\d+$/.test(t))throw new TypeError("parseEpochTimestamp - numeric string invalid.");e=Number.parseFloat(t)}else typeof t=="object"&&t.tag===
1&&(e=t.value);if(isNaN(e)||Math.abs(e)===1/0)throw new TypeError("Epoch timestamps must be valid finite numbers.");return new Date(Math.round(e*1e3))},bd=t=>{if(t==
null)return;if(typeof t!="string")throw new TypeError("RFC3339 timestamps must be strings");let e=u$.exec(t);if(!e)throw new TypeError(`Invalid RFC3339 timestam\
p format ${t}`);let[,r,o,n,i,s,a,,c,l]=e;Hr(o,1,12),Hr(n,1,31),Hr(i,0,23),Hr(s,0,59),Hr(a,0,60);let u=new Date(Date.UTC(Number(r),Number(o)-1,Number(n),Number(i),
Number(s),Number(a),Number(c)?Math.round(parseFloat(`0.${c}`)*1e3):0));if(u.setUTCFullYear(Number(r)),l.toUpperCase()!="Z"){let[,d,m,f]=/([+-])(\d\d):(\d\d)/.exec(
l)||[void 0,"+",0,0],g=d==="-"?1:-1;u.setTime(u.getTime()+g*(Number(m)*60*60*1e3+Number(f)*60*1e3))}return u},Od=t=>{if(t==null)return;if(typeof t!="string")throw new TypeError(
"RFC7231 timestamps must be strings.");if(d$.test(t))return new Date(t);let e,r,o,n,i,s,a,c;if((c=m$.exec(t))?[,e,r,o,n,i,s,a]=c:(c=f$.exec(t))?([,e,r,o,n,i,s,a]=
c,o=(Number(o)+1900).toString()):(c=g$.exec(t))&&([,r,e,n,i,s,a,o]=c),o&&s){let l=Date.UTC(Number(o),h$.indexOf(r),Number(e),Number(n),Number(i),Number(s),a?Math.
round(parseFloat(`0.${a}`)*1e3):0);Hr(e,1,31),Hr(n,0,23),Hr(i,0,59),Hr(s,0,60);let u=new Date(l);return u.setUTCFullYear(Number(o)),u}throw new TypeError(`Inval\
id RFC7231 date-time value ${t}.`)}});function Nd(t,e,r){if(r<=0||!Number.isInteger(r))throw new Error("Invalid number of delimiters ("+r+") for splitEvery.");let o=t.split(e);if(r===1)return o;let n=[],
i="";for(let s=0;s<o.length;s++)i===""?i=o[s]:i+=e+o[s],(s+1)%r===0&&(n.push(i),i="");return i!==""&&n.push(i),n}var jE=p(()=>{});var Ti,VE=p(()=>{Ti=t=>{let e=t.length,r=[],o=!1,n=!1,i=0;for(let s=0;s<e;++s){let a=t[s];switch(a){case'"':n||(o=!o);break;case",":o||(r.push(t.slice(i,s)),i=s+
1);break;default:}n=a==="\\"&&!n}return r.push(t.slice(i)),r.map(s=>{s=s.trim();let a=s.length;return a<2?s:s[0]==='"'&&s[a-1]==='"'?(s=s.slice(1,a-1),s.replace(
/\\(["\\])/g,"$1")):s.replace(/\\"/g,'"')})}});var qE,_e,WE=p(()=>{qE=/^-?((0|[1-9]\d*)(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/,_e=class t{string;type;constructor(e,r){if(this.string=e,this.type=r,!qE.test(e))throw new Error(
`@smithy/core/serde - NumericValue string must conform to the Smithy bigDecimal format. Received: "${e}"`)}toString(){return this.string}static[Symbol.hasInstance](e){
if(!e||typeof e!="object")return!1;let r=e;return t.prototype.isPrototypeOf(e)||r.type==="bigDecimal"&&qE.test(r.string)}}});function kd(t){if(t.length%2!==0)throw new Error("Hex encoded strings must have an even number length");let e=new Uint8Array(t.length/2);for(let r=0;r<t.length;r+=
2){let o=t.slice(r,r+2).toLowerCase();if(o in Dd)e[r/2]=Dd[o];else throw new Error(`Cannot decode unrecognized sequence ${o} as hexadecimal`)}return e}function Tt(t){
let e="";for(let r=0;r<t.byteLength;r++)e+=KE[t[r]];return e}var KE,Dd,JE=p(()=>{KE={},Dd={};for(let t=0;t<256;t++){let e=t.toString(16).toLowerCase();e.length===
1&&(e=`0${e}`),KE[t]=e,Dd[e]=t}});var Cn,vt,YE=p(()=>{Cn=require("node:fs"),vt=t=>{if(!t)return 0;if(typeof t=="string")return Buffer.byteLength(t);if(typeof t.byteLength=="number")return t.byteLength;
if(typeof t.size=="number")return t.size;if(typeof t.start=="number"&&typeof t.end=="number")return t.end+1-t.start;if(t instanceof Cn.ReadStream){if(t.path!=null)
return(0,Cn.lstatSync)(t.path).size;if(typeof t.fd=="number")return(0,Cn.fstatSync)(t.fd).size}throw new Error(`Body Length computation failed for ${t}`)}});var Or,XE=p(()=>{ya();Or=t=>t instanceof Uint8Array?t:typeof t=="string"?ae(t):ArrayBuffer.isView(t)?new Uint8Array(t.buffer,t.byteOffset,t.byteLength/Uint8Array.
BYTES_PER_ELEMENT):new Uint8Array(t)});function xa(t,e){if(e===void 0){e=0;for(let n of t)e+=n.byteLength}let r=new Uint8Array(e),o=0;for(let n of t)r.set(n,o),o+=n.byteLength;return r}var $d=p(()=>{});var Be,vi=p(()=>{Be=class t extends Error{name="ProviderError";tryNextLink;constructor(e,r=!0){let o,n=!0;typeof r=="boolean"?(o=void 0,n=r):r!=null&&typeof r==
"object"&&(o=r.logger,n=r.tryNextLink??!0),super(e),this.tryNextLink=n,Object.setPrototypeOf(this,t.prototype),o?.debug?.(`@smithy/property-provider ${n?"->":"(\
!)"} ${e}`)}static from(e,r=!0){return Object.assign(new this(e.message,r),e)}}});var R,Ra=p(()=>{vi();R=class t extends Be{name="CredentialsProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Ct,QE=p(()=>{vi();Ct=class t extends Be{name="TokenProviderError";constructor(e,r=!0){super(e,r),Object.setPrototypeOf(this,t.prototype)}}});var Mo,Ld=p(()=>{vi();Mo=(...t)=>async()=>{if(t.length===0)throw new Be("No providers in chain");let e;for(let r of t)try{return await r()}catch(o){if(e=o,o?.tryNextLink)
continue;throw o}throw e}});var ZE,eS=p(()=>{ZE=t=>()=>Promise.resolve(t)});var _a,Fd=p(()=>{_a=(t,e,r)=>{let o,n,i,s=!1,a=async()=>{n||(n=t());try{o=await n,i=!0,s=!1}finally{n=void 0}return o};return e===void 0?async c=>((!i||c?.forceRefresh)&&
(o=await a()),o):async c=>((!i||c?.forceRefresh)&&(o=await a()),s?o:r&&!r(o)?(s=!0,o):(e(o)&&await a(),o))}});var Pt,wa=p(()=>{Pt=(t,e,r)=>{if(e in t){if(t[e]==="true")return!0;if(t[e]==="false")return!1;throw new Error(`Cannot load ${r} "${e}". Expected "true" or "fals\
e", got ${t[e]}.`)}}});var Ye,Ia=p(()=>{(function(t){t.ENV="env",t.CONFIG="shared config entry"})(Ye||(Ye={}))});var tS,rS,Ud,y$,no,Ci=p(()=>{tS=require("node:os"),rS=require("node:path"),Ud={},y$=()=>process&&process.geteuid?`${process.geteuid()}`:"DEFAULT",no=()=>{let{HOME:t,
USERPROFILE:e,HOMEPATH:r,HOMEDRIVE:o=`C:${rS.sep}`}=process.env;if(t)return t;if(e)return e;if(r)return`${o}${r}`;let n=y$();return Ud[n]||(Ud[n]=(0,tS.homedir)()),
Ud[n]}});var Ta,oS,Xe,Md=p(()=>{Ta="AWS_PROFILE",oS="default",Xe=t=>t.profile||process.env[Ta]||oS});var nS,iS,Pi,Hd=p(()=>{nS=require("node:crypto"),iS=require("node:path");Ci();Pi=t=>{let r=(0,nS.createHash)("sha1").update(t).digest("hex");return(0,iS.join)(no(),
".aws","sso","cache",`${r}.json`)}});var sS,Ai,bi,Bd=p(()=>{sS=require("node:fs/promises");Hd();Ai={},bi=async t=>{if(Ai[t])return Ai[t];let e=Pi(t),r=await(0,sS.readFile)(e,"utf8");return JSON.parse(
r)}});var aS,cS=p(()=>{Pr();aS=t=>Object.entries(t).filter(([e])=>{let r=e.indexOf(".");return r===-1?!1:Object.values(Cr).includes(e.substring(0,r))}).reduce((e,[r,o])=>{
let n=r.indexOf("."),i=r.substring(0,n)===Cr.PROFILE?r.substring(n+1):r;return e[i]=o,e},{...t.default&&{default:t.default}})});var pS,E$,va,Gd=p(()=>{pS=require("node:path");Ci();E$="AWS_CONFIG_FILE",va=()=>process.env[E$]||(0,pS.join)(no(),".aws","config")});var lS,S$,uS,dS=p(()=>{lS=require("node:path");Ci();S$="AWS_SHARED_CREDENTIALS_FILE",uS=()=>process.env[S$]||(0,lS.join)(no(),".aws","credentials")});var x$,R$,Oi,zd=p(()=>{Pr();x$=/^([\w-]+)\s(["'])?([\w-@+.%:/]+)\2$/,R$=["__proto__","profile __proto__"],Oi=t=>{let e={},r,o;for(let n of t.split(/\r?\n/)){let i=n.
split(/(^|\s)[;#]/)[0].trim();if(i[0]==="["&&i[i.length-1]==="]"){r=void 0,o=void 0;let a=i.substring(1,i.length-1),c=x$.exec(a);if(c){let[,l,,u]=c;Object.values(
Cr).includes(l)&&(r=[l,u].join("."))}else r=a;if(R$.includes(a))throw new Error(`Found invalid profile name "${a}"`)}else if(r){let a=i.indexOf("=");if(![0,-1].
includes(a)){let[c,l]=[i.substring(0,a).trim(),i.substring(a+1).trim()];if(l==="")o=c;else{o&&n.trimStart()===n&&(o=void 0),e[r]=e[r]||{};let u=o?[o,c].join("."):
c;e[r][u]=l}}}}return e}});var mS,jd,Ni,Di,Ca=p(()=>{mS=require("node:fs/promises"),jd={},Ni={},Di=(t,e)=>Ni[t]!==void 0?Ni[t]:((!jd[t]||e?.ignoreCache)&&(jd[t]=(0,mS.readFile)(t,"utf8")),
jd[t])});var Vd,fS,Pa,qd=p(()=>{Vd=require("node:path");cS();Gd();dS();Ci();zd();Ca();fS=()=>({}),Pa=async(t={})=>{let{filepath:e=uS(),configFilepath:r=va()}=t,o=no(),n="\
~/",i=e;e.startsWith(n)&&(i=(0,Vd.join)(o,e.slice(2)));let s=r;r.startsWith(n)&&(s=(0,Vd.join)(o,r.slice(2)));let a=await Promise.all([Di(s,{ignoreCache:t.ignoreCache}).
then(Oi).then(aS).catch(fS),Di(i,{ignoreCache:t.ignoreCache}).then(Oi).catch(fS)]);return{configFile:a[0],credentialsFile:a[1]}}});var gS,hS=p(()=>{Pr();gS=t=>Object.entries(t).filter(([e])=>e.startsWith(Cr.SSO_SESSION+".")).reduce((e,[r,o])=>({...e,[r.substring(r.indexOf(".")+1)]:o}),{})});var _$,ki,yS=p(()=>{Gd();hS();zd();Ca();_$=()=>({}),ki=async(t={})=>Di(t.configFilepath??va()).then(Oi).then(gS).catch(_$)});var ES,SS=p(()=>{ES=(...t)=>{let e={};for(let r of t)for(let[o,n]of Object.entries(r))e[o]!==void 0?Object.assign(e[o],n):e[o]=n;return e}});var Sr,xS=p(()=>{qd();SS();Sr=async t=>{let e=await Pa(t);return ES(e.configFile,e.credentialsFile)}});var $i,RS=p(()=>{Bd();Ca();$i={getFileRecord(){return Ni},interceptFile(t,e){Ni[t]=Promise.resolve(e)},getTokenRecord(){return Ai},interceptToken(t,e){Ai[t]=e}}});function Aa(t){try{let e=new Set(Array.from(t.match(/([A-Z_]){3,}/g)??[]));return e.delete("CONFIG"),e.delete("CONFIG_PREFIX_SEPARATOR"),e.delete("ENV"),[...e].
join(", ")}catch{return t}}var Wd=p(()=>{});var _S,wS=p(()=>{Ra();Wd();_S=(t,e)=>async()=>{try{let r=t(process.env,e);if(r===void 0)throw new Error;return r}catch(r){throw new R(r.message||`Not found in E\
NV: ${Aa(t.toString())}`,{logger:e?.logger})}}});var IS,TS=p(()=>{Ra();Md();qd();Wd();IS=(t,{preferredFile:e="config",...r}={})=>async()=>{let o=Xe(r),{configFile:n,credentialsFile:i}=await Pa(r),s=i[o]||{},a=n[o]||
{},c=e==="config"?{...s,...a}:{...a,...s};try{let u=t(c,e==="config"?n:i);if(u===void 0)throw new Error;return u}catch(l){throw new R(l.message||`Not found in c\
onfig files w/ profile [${o}]: ${Aa(t.toString())}`,{logger:r.logger})}}});var w$,vS,CS=p(()=>{eS();w$=t=>typeof t=="function",vS=t=>w$(t)?async()=>await t():ZE(t)});var w,Kd=p(()=>{Ld();Fd();wS();TS();CS();w=({environmentVariableSelector:t,configFileSelector:e,default:r},o={})=>{let{signingName:n,logger:i}=o;return _a(Mo(_S(
t,{signingName:n,logger:i}),IS(e,o),vS(r)))}});var PS,AS,At,bS=p(()=>{wa();Ia();PS="AWS_USE_DUALSTACK_ENDPOINT",AS="use_dualstack_endpoint",At={environmentVariableSelector:t=>Pt(t,PS,Ye.ENV),configFileSelector:t=>Pt(
t,AS,Ye.CONFIG),default:!1}});var OS,NS,bt,DS=p(()=>{wa();Ia();OS="AWS_USE_FIPS_ENDPOINT",NS="use_fips_endpoint",bt={environmentVariableSelector:t=>Pt(t,OS,Ye.ENV),configFileSelector:t=>Pt(t,
NS,Ye.CONFIG),default:!1}});var Bo,io,Pn,kS,$S,Jd=p(()=>{Bo=(t,e)=>{let r=[];if(t&&r.push(t),e)for(let o of e)r.push(o);return r},io=(t,e)=>`${t||"anonymous"}${e&&e.length>0?` (a.k.a. ${e.
join(",")})`:""}`,Pn=()=>{let t=[],e=[],r=!1,o=new Set,n=d=>d.sort((m,f)=>kS[f.step]-kS[m.step]||$S[f.priority||"normal"]-$S[m.priority||"normal"]),i=d=>{let m=!1,
f=g=>{let y=Bo(g.name,g.aliases);if(y.includes(d)){m=!0;for(let h of y)o.delete(h);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},s=d=>{let m=!1,f=g=>{
if(g.middleware===d){m=!0;for(let y of Bo(g.name,g.aliases))o.delete(y);return!1}return!0};return t=t.filter(f),e=e.filter(f),m},a=d=>(t.forEach(m=>{d.add(m.middleware,
{...m})}),e.forEach(m=>{d.addRelativeTo(m.middleware,{...m})}),d.identifyOnResolve?.(u.identifyOnResolve()),d),c=d=>{let m=[];return d.before.forEach(f=>{f.before.
length===0&&f.after.length===0?m.push(f):m.push(...c(f))}),m.push(d),d.after.reverse().forEach(f=>{f.before.length===0&&f.after.length===0?m.push(f):m.push(...c(
f))}),m},l=(d=!1)=>{let m=[],f=[],g={};return t.forEach(h=>{let x={...h,before:[],after:[]};for(let S of Bo(x.name,x.aliases))g[S]=x;m.push(x)}),e.forEach(h=>{let x={
...h,before:[],after:[]};for(let S of Bo(x.name,x.aliases))g[S]=x;f.push(x)}),f.forEach(h=>{if(h.toMiddleware){let x=g[h.toMiddleware];if(x===void 0){if(d)return;
throw new Error(`${h.toMiddleware} is not found when adding ${io(h.name,h.aliases)} middleware ${h.relation} ${h.toMiddleware}`)}h.relation==="after"&&x.after.push(
h),h.relation==="before"&&x.before.push(h)}}),n(m).map(c).reduce((h,x)=>(h.push(...x),h),[])},u={add:(d,m={})=>{let{name:f,override:g,aliases:y}=m,h={step:"init\
ialize",priority:"normal",middleware:d,...m},x=Bo(f,y);if(x.length>0){if(x.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${io(f,y)}'`);for(let S of x){
let C=t.findIndex(L=>L.name===S||L.aliases?.some(X=>X===S));if(C===-1)continue;let A=t[C];if(A.step!==h.step||h.priority!==A.priority)throw new Error(`"${io(A.name,
A.aliases)}" middleware with ${A.priority} priority in ${A.step} step cannot be overridden by "${io(f,y)}" middleware with ${h.priority} priority in ${h.step} s\
tep.`);t.splice(C,1)}}for(let S of x)o.add(S)}t.push(h)},addRelativeTo:(d,m)=>{let{name:f,override:g,aliases:y}=m,h={middleware:d,...m},x=Bo(f,y);if(x.length>0){
if(x.some(S=>o.has(S))){if(!g)throw new Error(`Duplicate middleware name '${io(f,y)}'`);for(let S of x){let C=e.findIndex(L=>L.name===S||L.aliases?.some(X=>X===
S));if(C===-1)continue;let A=e[C];if(A.toMiddleware!==h.toMiddleware||A.relation!==h.relation)throw new Error(`"${io(A.name,A.aliases)}" middleware ${A.relation}\
 "${A.toMiddleware}" middleware cannot be overridden by "${io(f,y)}" middleware ${h.relation} "${h.toMiddleware}" middleware.`);e.splice(C,1)}}for(let S of x)o.
add(S)}e.push(h)},clone:()=>a(Pn()),use:d=>{d.applyToStack(u)},remove:d=>typeof d=="string"?i(d):s(d),removeByTag:d=>{let m=!1,f=g=>{let{tags:y,name:h,aliases:x}=g;
if(y&&y.includes(d)){let S=Bo(h,x);for(let C of S)o.delete(C);return m=!0,!1}return!0};return t=t.filter(f),e=e.filter(f),m},concat:d=>{let m=a(Pn());return m.use(
d),m.identifyOnResolve(r||m.identifyOnResolve()||(d.identifyOnResolve?.()??!1)),m},applyToStack:a,identify:()=>l(!0).map(d=>{let m=d.step??d.relation+" "+d.toMiddleware;
return io(d.name,d.aliases)+" - "+m}),identifyOnResolve(d){return typeof d=="boolean"&&(r=d),r},resolve:(d,m)=>{for(let f of l().map(g=>g.middleware).reverse())
d=f(d,m);return r&&console.log(u.identify()),d}};return u},kS={initialize:5,serialize:4,build:3,finalizeRequest:2,deserialize:1},$S={high:3,normal:2,low:1}});var Te,LS=p(()=>{Jd();Te=class{config;middlewareStack=Pn();initConfig;handlers;constructor(e){this.config=e;let{protocol:r,protocolSettings:o}=e;o&&typeof r=="f\
unction"&&(e.protocol=new r(o))}send(e,r,o){let n=typeof r!="function"?r:void 0,i=typeof r=="function"?r:o,s=n===void 0&&this.config.cacheMiddleware===!0,a;if(s){
this.handlers||(this.handlers=new WeakMap);let c=this.handlers;c.has(e.constructor)?a=c.get(e.constructor):(a=e.resolveMiddleware(this.middlewareStack,this.config,
n),c.set(e.constructor,a))}else delete this.handlers,a=e.resolveMiddleware(this.middlewareStack,this.config,n);if(i)a(e).then(c=>i(null,c.output),c=>i(c)).catch(
()=>{});else return a(e).then(c=>c.output)}destroy(){this.config?.requestHandler?.destroy?.(),delete this.handlers}}});var Br,Yd=p(()=>{Br=t=>typeof t=="function"?t():t});var ba,Xd=p(()=>{ba=(t,e,r,o,n)=>({name:e,namespace:t,traits:r,input:o,output:n})});var FS,Qd,US=p(()=>{Y();Xd();FS=t=>(e,r)=>async o=>{let{response:n}=await e(o),{operationSchema:i}=te(r),[,s,a,c,l,u]=i??[];try{let d=await t.protocol.deserializeResponse(
ba(s,a,c,l,u),{...t,...r},n);return{response:n,output:d}}catch(d){if(Object.defineProperty(d,"$response",{value:n,enumerable:!1,writable:!1,configurable:!1}),!("\
$metadata"in d)){let m="Deserialization error: to see the raw response, inspect the hidden field {error}.$response on this object.";try{d.message+=`
  `+m}catch{!r.logger||r.logger?.constructor?.name==="NoOpLogger"?console.warn(m):r.logger?.warn?.(m)}typeof d.$responseBodyText<"u"&&d.$response&&(d.$response.
body=d.$responseBodyText);try{if(Ke.isInstance(n)){let{headers:f={},statusCode:g}=n,y=Object.entries(f);d.$metadata={httpStatusCode:g,requestId:Qd(/^x-[\w-]+-request-?id$/,
y),extendedRequestId:Qd(/^x-[\w-]+-id-2$/,y),cfId:Qd(/^x-[\w-]+-cf-id$/,y)}}}catch{}}throw d}},Qd=(t,e)=>(e.find(([r])=>r.match(t))||[void 0,void 0])[1]});var MS,HS=p(()=>{Y();Xd();MS=t=>(e,r)=>async o=>{let{operationSchema:n}=te(r),[,i,s,a,c,l]=n??[],u=r.endpointV2?async()=>oo(r.endpointV2):t.endpoint,d=await t.protocol.
serializeRequest(ba(i,s,a,c,l),o.input,{...t,...r,endpoint:u});return e({...o,request:d})}});function Ot(t){return{applyToStack:e=>{e.add(MS(t),GS),e.add(FS(t),BS),t.protocol.setSerdeContext(t)}}}var BS,GS,zS=p(()=>{US();HS();BS={name:"deserializerMiddl\
eware",step:"deserialize",tags:["DESERIALIZER"],override:!0},GS={name:"serializerMiddleware",step:"serialize",tags:["SERIALIZER"],override:!0}});function so(t){if(typeof t=="object")return t;if(t=t|0,Oa[t])return Oa[t];let e={},r=0;for(let o of["httpLabel","idempotent","idempotencyToken","sensitive","htt\
pPayload","httpResponseCode","httpQueryParams"])(t>>r++&1)===1&&(e[o]=1);return Oa[t]=e}var Oa,Zd=p(()=>{Oa=[]});function Fi(t,e){if(t instanceof F)return Object.assign(t,{memberName:e,_isMemberSchema:!0});let r=F;return new r(t,e)}var Li,Na,Da,F,em,jS,VS=p(()=>{Yd();Zd();
Li={it:Symbol.for("@smithy/nor-struct-it"),ns:Symbol.for("@smithy/ns")},Na=[],Da={},F=class t{ref;memberName;static symbol=Symbol.for("@smithy/nor");symbol=t.symbol;name;schema;_isMemberSchema;traits;memberTraits;normalizedTraits;constructor(e,r){
this.ref=e,this.memberName=r;let o=[],n=e,i=e;for(this._isMemberSchema=!1;em(n);)o.push(n[1]),n=n[0],i=Br(n),this._isMemberSchema=!0;if(o.length>0){this.memberTraits=
{};for(let s=o.length-1;s>=0;--s){let a=o[s];Object.assign(this.memberTraits,so(a))}}else this.memberTraits=0;if(i instanceof t){let s=this.memberTraits;Object.
assign(this,i),this.memberTraits=Object.assign({},s,i.getMemberTraits(),this.getMemberTraits()),this.normalizedTraits=void 0,this.memberName=r??i.memberName;return}
if(this.schema=Br(i),jS(this.schema)?(this.name=`${this.schema[1]}#${this.schema[2]}`,this.traits=this.schema[3]):(this.name=this.memberName??String(i),this.traits=
0),this._isMemberSchema&&!r)throw new Error(`@smithy/core/schema - NormalizedSchema member init ${this.getName(!0)} missing member name.`)}static[Symbol.hasInstance](e){
let r=this.prototype.isPrototypeOf(e);return!r&&typeof e=="object"&&e!==null?e.symbol===this.symbol:r}static of(e){let r=typeof e=="function"||typeof e=="object"&&
e!==null;if(typeof e=="number"){if(Na[e])return Na[e]}else if(typeof e=="string"){if(Da[e])return Da[e]}else if(r&&e[Li.ns])return e[Li.ns];let o=Br(e);if(o instanceof
t)return o;if(em(o)){let[i,s]=o;if(i instanceof t)return Object.assign(i.getMergedTraits(),so(s)),i;throw new Error(`@smithy/core/schema - may not init unwrappe\
d member schema=${JSON.stringify(e,null,2)}.`)}let n=new t(o);return r?e[Li.ns]=n:typeof o=="string"?Da[o]=n:typeof o=="number"?Na[o]=n:n}getSchema(){let e=this.
schema;return Array.isArray(e)&&e[0]===0?e[4]:e}getName(e=!1){let{name:r}=this;return!e&&r&&r.includes("#")?r.split("#")[1]:r||void 0}getMemberName(){return this.
memberName}isMemberSchema(){return this._isMemberSchema}isListSchema(){let e=this.getSchema();return typeof e=="number"?e>=64&&e<128:e[0]===1}isMapSchema(){let e=this.
getSchema();return typeof e=="number"?e>=128&&e<=255:e[0]===2}isStructSchema(){let e=this.getSchema();if(typeof e!="object")return!1;let r=e[0];return r===3||r===
-3||r===4}isUnionSchema(){let e=this.getSchema();return typeof e!="object"?!1:e[0]===4}isBlobSchema(){let e=this.getSchema();return e===21||e===42}isTimestampSchema(){
let e=this.getSchema();return typeof e=="number"&&e>=4&&e<=7}isUnitSchema(){return this.getSchema()==="unit"}isDocumentSchema(){return this.getSchema()===15}isStringSchema(){
return this.getSchema()===0}isBooleanSchema(){return this.getSchema()===2}isNumericSchema(){return this.getSchema()===1}isBigIntegerSchema(){return this.getSchema()===
17}isBigDecimalSchema(){return this.getSchema()===19}isStreaming(){let{streaming:e}=this.getMergedTraits();return!!e||this.getSchema()===42}isIdempotencyToken(){
return!!this.getMergedTraits().idempotencyToken}getMergedTraits(){return this.normalizedTraits??(this.normalizedTraits={...this.getOwnTraits(),...this.getMemberTraits()})}getMemberTraits(){
return so(this.memberTraits)}getOwnTraits(){return so(this.traits)}getKeySchema(){let[e,r]=[this.isDocumentSchema(),this.isMapSchema()];if(!e&&!r)throw new Error(
`@smithy/core/schema - cannot get key for non-map: ${this.getName(!0)}`);let o=this.getSchema(),n=e?15:o[4]??0;return Fi([n,0],"key")}getValueSchema(){let e=this.
getSchema(),[r,o,n]=[this.isDocumentSchema(),this.isMapSchema(),this.isListSchema()],i=typeof e=="number"?63&e:e&&typeof e=="object"&&(o||n)?e[3+e[0]]:r?15:void 0;
if(i!=null)return Fi([i,0],o?"value":"member");throw new Error(`@smithy/core/schema - ${this.getName(!0)} has no value member.`)}getMemberSchema(e){let r=this.getSchema();
if(this.isStructSchema()&&r[4].includes(e)){let o=r[4].indexOf(e),n=r[5][o];return Fi(em(n)?n:[n,0],e)}if(this.isDocumentSchema())return Fi([15,0],e);throw new Error(
`@smithy/core/schema - ${this.getName(!0)} has no member=${e}.`)}getMemberSchemas(){let e={};try{for(let[r,o]of this.structIterator())e[r]=o}catch{}return e}getEventStreamMember(){
if(this.isStructSchema()){for(let[e,r]of this.structIterator())if(r.isStreaming()&&r.isStructSchema())return e}return""}*structIterator(){if(this.isUnitSchema())
return;if(!this.isStructSchema())throw new Error("@smithy/core/schema - cannot iterate non-struct schema.");let e=this.getSchema(),r=e[4].length,o=e[Li.it];if(o&&
r===o.length){yield*o;return}o=Array(r);for(let n=0;n<r;++n){let i=e[4][n],s=Fi([e[5][n],0],i);yield o[n]=[i,s]}e[Li.it]=o}};em=t=>Array.isArray(t)&&t.length===
2,jS=t=>Array.isArray(t)&&t.length>=5});var Z,qS=p(()=>{Z=class t{namespace;schemas;exceptions;static registries=new Map;constructor(e,r=new Map,o=new Map){this.namespace=e,this.schemas=r,this.exceptions=
o,t.registries.has(e)||t.registries.set(e,this)}static for(e){return t.registries.get(e)??new t(e)}copyFrom(e){let{schemas:r,exceptions:o}=this;for(let[n,i]of e.
schemas)r.has(n)||r.set(n,i);for(let[n,i]of e.exceptions)o.has(n)||o.set(n,i)}register(e,r){let o=this.normalizeShapeId(e);for(let n of[this,t.for(o.split("#")[0])])
n.schemas.has(o)||n.schemas.set(o,r)}getSchema(e){let r=this.normalizeShapeId(e);if(!this.schemas.has(r)){if(!e.includes("#")){let o="#"+e,n=[];for(let[i,s]of this.
schemas.entries())i.endsWith(o)&&n.push(s);if(n.length===1)return n[0]}throw new Error(`@smithy/core/schema - schema not found for ${r}`)}return this.schemas.get(
r)}registerError(e,r){let o=e,n=o[1],i=n+"#"+o[2];r.hasOwnProperty?.("shapeId")||(r.shapeId=i);for(let s of[this,t.for(n)])!s.schemas.has(i)&&!s.exceptions.has(
o)&&(s.schemas.set(i,o),s.exceptions.set(o,r))}getErrorCtor(e){let r=e;return this.exceptions.has(r)?this.exceptions.get(r):t.for(r[1]).exceptions.get(r)}getBaseException(){
for(let e of this.exceptions.keys())if(Array.isArray(e)){let[,r,o]=e,n=r+"#"+o;if(n.startsWith("smithy.ts.sdk.synthetic.")&&n.endsWith("ServiceException"))return e}}find(e){
for(let r of this.schemas.values())if(e(r))return r}clear(){this.schemas.clear(),this.exceptions.clear()}normalizeShapeId(e){return e.includes("#")?e:this.namespace+
"#"+e}}});var Q=p(()=>{Yd();zS();VS();Zd();qS()});function An(t,e){if(e==null)return e;let r=F.of(t);if(r.getMergedTraits().sensitive)return tm;if(r.isListSchema()){let o=r.getValueSchema();if(o.getMergedTraits().
sensitive)return tm;if(Array.isArray(e))return e.map(n=>An(o,n))}else if(r.isMapSchema()){let o=r.getValueSchema();if(r.getKeySchema().getMergedTraits().sensitive||
o.getMergedTraits().sensitive)return tm;if(typeof e=="object")return Object.fromEntries(Object.entries(e).map(([n,i])=>[n,An(o,i)]))}else if(r.isStructSchema()&&
typeof e=="object"){let o=e,n={};for(let[i,s]of r.structIterator())o[i]!=null&&(n[i]=An(s,o[i]));return n}return e}var tm,WS=p(()=>{Q();tm="***SensitiveInformat\
ion***"});var KS,sr,rm,om=p(()=>{Pr();Jd();WS();Q();KS=Symbol.for("@smithy/op-event-stream"),sr=class{middlewareStack=Pn();schema;static classBuilder(){return new rm}resolveMiddlewareWithContext(e,r,o,{
middlewareFn:n,clientName:i,commandName:s,inputFilterSensitiveLog:a,outputFilterSensitiveLog:c,smithyContext:l,additionalContext:u,CommandCtor:d}){for(let L of n.
bind(this)(d,e,r,o))this.middlewareStack.use(L);let m=e.concat(this.middlewareStack),{logger:f}=r,g=u[Er],y={logger:f,clientName:i,commandName:s,inputFilterSensitiveLog:a,
outputFilterSensitiveLog:c,...u,[Er]:{...g,commandInstance:this,...l,...o?.metricsRecorder===void 0?{}:{metricsRecorder:o.metricsRecorder},...o?.abortSignal===void 0?
{}:{abortSignal:o.abortSignal}}},{requestHandler:h}=r,x=o??{};x.metricsRecorder&&(x={...x},delete x.metricsRecorder);let S,C=this.schema,A=C?.[KS];if(A!==void 0)
S=A;else if(C&&Array.isArray(C)&&C[0]===9){let[,,,,L,X]=C;S=C[KS]=!!(F.of(L).getEventStreamMember()||F.of(X).getEventStreamMember())}return S&&(x={isEventStream:S,
...x}),m.resolve(L=>h.handle(L.request,x),y)}},rm=class{_init=()=>{};_ep={};_middlewareFn=()=>[];_commandName="";_clientName="";_additionalContext={};_smithyContext={};_inputFilterSensitiveLog=void 0;_outputFilterSensitiveLog=void 0;_serializer=null;_deserializer=null;_operationSchema;init(e){
this._init=e}ep(e){return this._ep=e,this}m(e){return this._middlewareFn=e,this}s(e,r,o={}){return this._smithyContext={service:e,operation:r,...o},this}c(e={}){
return this._additionalContext=e,this}n(e,r){return this._clientName=e,this._commandName=r,this}f(e=o=>o,r=o=>o){return this._inputFilterSensitiveLog=e,this._outputFilterSensitiveLog=
r,this}ser(e){return this._serializer=e,this}de(e){return this._deserializer=e,this}sc(e){return this._operationSchema=e,this._smithyContext.operationSchema=e,this}build(){
let e=this,r;return r=class extends sr{input;static getEndpointParameterInstructions(){return e._ep}constructor(...[o]){super(),this.input=o??{},e._init(this),this.
schema=e._operationSchema}resolveMiddleware(o,n,i){let s=e._operationSchema,a=s?.[4]??s?.input,c=s?.[5]??s?.output;return this.resolveMiddlewareWithContext(o,n,
i,{CommandCtor:r,middlewareFn:e._middlewareFn,clientName:e._clientName,commandName:e._commandName,inputFilterSensitiveLog:e._inputFilterSensitiveLog??(s?An.bind(
null,a):l=>l),outputFilterSensitiveLog:e._outputFilterSensitiveLog??(s?An.bind(null,c):l=>l),smithyContext:e._smithyContext,additionalContext:e._additionalContext})}serialize=e.
_serializer;deserialize=e._deserializer}}}});var Gr,JS=p(()=>{Gr=(t,e,r)=>{for(let[i,s]of Object.entries(t)){let a=async function(l,u,d){let m=new s(l);if(typeof u=="function")this.send(m,u);else if(typeof d==
"function"){if(typeof u!="object")throw new Error(`Expected http options but got ${typeof u}`);this.send(m,u||{},d)}else return this.send(m,u)},c=(i[0].toLowerCase()+
i.slice(1)).replace(/Command$/,"");e.prototype[c]=a}let{paginators:o={},waiters:n={}}=r??{};for(let[i,s]of Object.entries(o))e.prototype[i]===void 0&&(e.prototype[i]=
function(a={},c,...l){return s({...c,client:this},a,...l)});for(let[i,s]of Object.entries(n))e.prototype[i]===void 0&&(e.prototype[i]=async function(a={},c,...l){
let u=c;return typeof c=="number"&&(u={maxWaitTime:c}),s({...u,client:this},a,...l)})}});var Qe,ka,YS=p(()=>{Qe=class t extends Error{static shapeId="smithy.ts.sdk.synthetic.nonamespace.client#ServiceException";$fault;$response;$retryable;$metadata;constructor(e){
super(e.message),Object.setPrototypeOf(this,Object.getPrototypeOf(this).constructor.prototype),this.name=e.name,this.$fault=e.$fault,this.$metadata=e.$metadata}static isInstance(e){
if(!e)return!1;let r=e;return t.prototype.isPrototypeOf(r)||!!r.$fault&&!!r.$metadata&&(r.$fault==="client"||r.$fault==="server")}static[Symbol.hasInstance](e){
if(!e)return!1;let r=e;if(this===t)return t.isInstance(e);if(t.isInstance(e)){if(this.prototype.isPrototypeOf(e))return!0;let o=Object.prototype.hasOwnProperty.
call(this,"shapeId")?this.shapeId:void 0,n=!1;if(o){let s=Object.getPrototypeOf(r);for(;s&&s!==Object.prototype;){let a=s.constructor,c=a!==t&&Object.prototype.
hasOwnProperty.call(a,"shapeId")?a?.shapeId:void 0;if(c&&(n=!0,c===o))return!0;s=Object.getPrototypeOf(s)}}if(o&&n)return!1;let i=this.name;if(i&&i.length>=6){if(r.
name===i)return!0;let s=Object.getPrototypeOf(r);for(;s&&s!==Object.prototype;){let a=s.constructor?.name;if(a&&a!=="Error"&&a===i)return!0;s=Object.getPrototypeOf(
s)}}}return!1}},ka=(t,e={})=>{Object.entries(e).filter(([,o])=>o!==void 0).forEach(([o,n])=>{(t[o]==null||t[o]==="")&&(t[o]=n)});let r=t.message||t.Message||"Un\
knownError";return t.message=r,delete t.Message,t}});var Nt,XS=p(()=>{Nt=t=>{switch(t){case"standard":return{retryMode:"standard",connectionTimeout:3100};case"in-region":return{retryMode:"standard",connectionTimeout:1100};case"\
cross-region":return{retryMode:"standard",connectionTimeout:3100};case"mobile":return{retryMode:"standard",connectionTimeout:3e4};default:return{}}}});var QS,Dt,ZS=p(()=>{QS=!1,Dt=t=>{t&&!QS&&parseInt(t.substring(1,t.indexOf(".")))<16&&(QS=!0)}});var ex,tx,rx,ox=p(()=>{Y();Pr();ex=Object.values(Mr),tx=t=>{let e=[];for(let r in Mr){if(!b(Mr,r))continue;let o=Mr[r];t[o]!==void 0&&e.push({algorithmId:()=>o,
checksumConstructor:()=>t[o]})}for(let[r,o]of Object.entries(t.checksumAlgorithms??{}))e.push({algorithmId:()=>r,checksumConstructor:()=>o});return{addChecksumAlgorithm(r){
t.checksumAlgorithms=t.checksumAlgorithms??{};let o=r.algorithmId(),n=r.checksumConstructor();ex.includes(o)?t.checksumAlgorithms[o.toUpperCase()]=n:t.checksumAlgorithms[o]=
n,e.push(r)},checksumAlgorithms(){return e}}},rx=t=>{let e={};return t.checksumAlgorithms().forEach(r=>{let o=r.algorithmId();ex.includes(o)&&(e[o]=r.checksumConstructor())}),
e}});var nx,ix,sx=p(()=>{nx=t=>({setRetryStrategy(e){t.retryStrategy=e},retryStrategy(){return t.retryStrategy}}),ix=t=>{let e={};return e.retryStrategy=t.retryStrategy(),
e}});var kt,$t,ax=p(()=>{ox();sx();kt=t=>Object.assign(tx(t),nx(t)),$t=t=>Object.assign(rx(t),ix(t))});var $a,cx=p(()=>{Y();$a=t=>{let e="#text";for(let r in t)b(t,r)&&(t[r][e]!==void 0?t[r]=t[r][e]:typeof t[r]=="object"&&t[r]!==null&&(t[r]=$a(t[r])));return t}});var we,px=p(()=>{we=class{trace(){}debug(){}info(){}warn(){}error(){}}});function Lt(t,e,r,o){return function(i,s,a,c,l={}){let u=Object.assign({},t,i);return sr.classBuilder().ep(u).m(function(d,m,f,g){let y=s.call(this,d,m,f,g);return y.
unshift(o(f,d.getEndpointParameterInstructions())),y}).s(e,a,l).n(r,a.charAt(0).toUpperCase()+a.slice(1)+"Command").sc(c).build()}}var lx=p(()=>{om()});var T=p(()=>{Y();Y();LS();om();JS();XS();ZS();YS();ax();cx();px();lx()});var ux,nm,im,dx,mx,fx,gx,hx,yx,sm=p(()=>{ux="AWS_EXECUTION_ENV",nm="AWS_REGION",im="AWS_DEFAULT_REGION",dx="AWS_EC2_METADATA_DISABLED",mx=["in-region","cross-re\
gion","mobile","standard","legacy"],fx="/latest/meta-data/placement/region",gx="/latest/api/token",hx="x-aws-ec2-metadata-token",yx="x-aws-ec2-metadata-token-tt\
l-seconds"});var am=sy((s8,Ex)=>{Ex.exports=require("node:http")});var Sx,I$,_x,La,xx,T$,Rx,cm=p(()=>{sm();Sx=1e3,I$=6e4,_x=0,La=async()=>{if(!process.env[dx]&&!(Date.now()<_x))try{let t=T$(),e=(await Rx({...t,path:gx,method:"P\
UT",headers:{[yx]:"21600"}})).toString();return(await Rx({...t,path:fx,method:"GET",headers:{[hx]:e}})).toString().trim()||xx()}catch{return xx()}},xx=()=>{_x=Date.
now()+I$},T$=()=>{let t=process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT;if(t){let e=new URL(t);return{hostname:e.hostname.replace(/^\[(.+)]$/,"$1"),port:e.port?Number(
e.port):void 0}}return process.env.AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE==="IPv6"?{hostname:"fd00:ec2::254"}:{hostname:"169.254.169.254"}},Rx=async t=>{let{request:e}=await Promise.resolve().then(()=>Yr(am()));
return new Promise((r,o)=>{let n=e({hostname:t.hostname,port:t.port,path:t.path,method:t.method,headers:t.headers,timeout:Sx,signal:AbortSignal.timeout(Sx)});n.
on("error",i=>{o(i),n.destroy()}),n.on("timeout",()=>{o(new Error("TimeoutError from instance metadata service")),n.destroy()}),n.on("response",i=>{let{statusCode:s=400}=i;
if(s<200||s>=300){o(Object.assign(new Error("Error response received from instance metadata service"),{statusCode:s})),n.destroy();return}let a=[];i.on("data",c=>a.
push(c)),i.on("end",()=>{r(Buffer.concat(a)),n.destroy()})}),n.end()})}});var wx,Ix,Oe,Ze,pm=p(()=>{cm();wx="AWS_REGION",Ix="region",Oe={environmentVariableSelector:t=>t[wx],configFileSelector:t=>t[Ix],default:async()=>{let t=await La();
if(t)return t;throw new Error("Region is missing")}},Ze={preferredFile:"credentials"}});var Tx,vx,Cx=p(()=>{Y();Tx=new Set,vx=(t,e=Ar)=>{if(!Tx.has(t)&&!e(t))if(t==="*")console.warn('@smithy/config-resolver WARN - Please use the caller region inste\
ad of "*". See "sigv4a" in https://github.com/aws/aws-sdk-js-v3/blob/main/supplemental-docs/CLIENTS.md.');else throw new Error(`Region not accepted: region="${t}\
" is not a valid hostname component.`);else Tx.add(t)}});var Fa,lm=p(()=>{Fa=t=>typeof t=="string"&&(t.startsWith("fips-")||t.endsWith("-fips"))});var Px,Ax=p(()=>{lm();Px=t=>Fa(t)?["fips-aws-global","aws-fips"].includes(t)?"us-east-1":t.replace(/fips-(dkr-|prod-)?|-fips/,""):t});var Ft,bx=p(()=>{Cx();Ax();lm();Ft=t=>{let{region:e,useFipsEndpoint:r}=t;if(!e)throw new Error("Region is missing");return Object.assign(t,{region:async()=>{let o=typeof e==
"function"?await e():e,n=Px(o);return vx(n),n},useFipsEndpoint:async()=>{let o=typeof e=="string"?e:await e();return Fa(o)?!0:typeof r!="function"?Promise.resolve(
!!r):r()}})}});var v$,C$,Ox,Nx=p(()=>{v$="AWS_DEFAULTS_MODE",C$="defaults_mode",Ox={environmentVariableSelector:t=>t[v$],configFileSelector:t=>t[C$],default:"legacy"}});var Ut,P$,A$,Dx=p(()=>{pm();cm();Kd();Fd();sm();Nx();Ut=({region:t=w(Oe),defaultsMode:e=w(Ox)}={})=>_a(async()=>{let r=typeof e=="function"?await e():e;switch(r?.
toLowerCase()){case"auto":return P$(t);case"in-region":case"cross-region":case"mobile":case"standard":case"legacy":return Promise.resolve(r?.toLocaleLowerCase());case void 0:
return Promise.resolve("legacy");default:throw new Error(`Invalid parameter for "defaultsMode", expect ${mx.join(", ")}, got ${r}`)}}),P$=async t=>{if(t){let e=typeof t==
"function"?await t():t,r=await A$();return r?e===r?"in-region":"cross-region":"standard"}return"standard"},A$=async()=>process.env[ux]&&(process.env[nm]||process.
env[im])?process.env[nm]??process.env[im]:La()});var k=p(()=>{vi();Ra();QE();Ld();wa();Ia();Md();Hd();Bd();yS();xS();RS();Kd();bS();DS();pm();bx();Dx()});var kx,$x,Lx,Fx=p(()=>{kx="AWS_ENDPOINT_URL",$x="endpoint_url",Lx=t=>({environmentVariableSelector:e=>{let r=t.split(" ").map(i=>i.toUpperCase()),o=e[[kx,...r].
join("_")];if(o)return o;let n=e[kx];if(n)return n},configFileSelector:(e,r)=>{if(e.services){let n=["services",e.services].join(".");if(!r||!r[n])throw new Error(
`The services section "${e.services}" specified in the profile is not present in the shared configuration file.`);let i=r[n],s=t.split(" ").map(c=>c.toLowerCase()),
a=i[[s.join("_"),$x].join(".")];if(a)return a}let o=e[$x];if(o)return o},default:void 0})});var b$,O$,Ux,Mx=p(()=>{k();b$="AWS_IGNORE_CONFIGURED_ENDPOINT_URLS",O$="ignore_configured_endpoint_urls",Ux={environmentVariableSelector:t=>Pt(t,b$,Ye.ENV),configFileSelector:t=>Pt(
t,O$,Ye.CONFIG),default:!1}});var Ui,Hx=p(()=>{k();Fx();Mx();Ui=async t=>{if(!await w(Ux)())return w(Lx(t??""))()}});var um,N$,D$,k$,Bx,Gx,zx=p(()=>{um=async t=>{let e=t?.Bucket||"";if(typeof t.Bucket=="string"&&(t.Bucket=e.replace(/#/g,encodeURIComponent("#")).replace(/\?/g,encodeURIComponent(
"?"))),Gx(e)){if(t.ForcePathStyle===!0)throw new Error("Path-style addressing cannot be used with ARN buckets")}else(!Bx(e)||e.indexOf(".")!==-1&&!String(t.Endpoint).
startsWith("http:")||e.toLowerCase()!==e||e.length<3)&&(t.ForcePathStyle=!0);return t.DisableMultiRegionAccessPoints&&(t.disableMultiRegionAccessPoints=!0,t.DisableMRAP=
!0),t},N$=/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/,D$=/(\d+\.){3}\d+/,k$=/\.\./,Bx=t=>N$.test(t)&&!D$.test(t)&&!k$.test(t),Gx=t=>{let[e,r,o,,,n]=t.split(":"),i=e===
"arn"&&t.split(":").length>=6,s=!!(i&&r&&o&&n);if(i&&!s)throw new Error(`Invalid ARN: ${t} was an invalid ARN.`);return s}});var jx=p(()=>{zx()});var Vx,qx=p(()=>{Vx=(t,e,r,o=!1)=>{let n=async()=>{let i;return o?i=r.clientContextParams?.[t]??r[t]??r[e]:i=r[t]??r[e],typeof i=="function"?i():i};return t==="\
credentialScope"||e==="CredentialScope"?async()=>{let i=typeof r.credentials=="function"?await r.credentials():r.credentials;return i?.credentialScope??i?.CredentialScope}:
t==="accountId"||e==="AccountId"?async()=>{let i=typeof r.credentials=="function"?await r.credentials():r.credentials;return i?.accountId??i?.AccountId}:t==="en\
dpoint"||e==="endpoint"?async()=>{if(r.isCustomEndpoint===!1)return;let i=await n();if(i&&typeof i=="object"){if("url"in i)return i.url.href;if("hostname"in i){
let{protocol:s,hostname:a,port:c,path:l}=i;return`${s}//${a}${c?":"+c:""}${l}`}}return i}:n}});var dm=p(()=>{Y()});function Ua(t){return async(e,r,o,n)=>{if(!o.isCustomEndpoint&&!o.ignoreConfiguredEndpointUrls){let a;o.serviceConfiguredEndpoint?a=await o.serviceConfiguredEndpoint():
a=await t(o.serviceId),a&&(o.endpoint=()=>Promise.resolve(oo(a)),o.isCustomEndpoint=!0,n?.logger?.debug?.(`@smithy/core/endpoints - resolved endpoint from confi\
g: ${a}`))}let i=await Ma(e,r,o);if(typeof o.endpointProvider!="function")throw new Error("config.endpointProvider is not set.");let s=o.endpointProvider(i,n);if(o.
isCustomEndpoint&&o.endpoint){let a=await o.endpoint();if(a?.headers){s.headers??={};for(let[c,l]of Object.entries(a.headers))s.headers[c]=Array.isArray(l)?l:[l]}}
return s}}var Ma,Ha=p(()=>{jx();qx();dm();Ma=async(t,e,r)=>{let o={},n=e?.getEndpointParameterInstructions?.()||{};for(let[i,s]of Object.entries(n))switch(s.type){case"\
staticContextParams":o[i]=s.value;break;case"contextParams":o[i]=t[s.name];break;case"clientContextParams":case"builtInParams":o[i]=await Vx(s.name,i,r,s.type!==
"builtInParams")();break;case"operationContextParams":o[i]=s.get(t);break;default:throw new Error("Unrecognized endpoint parameter instruction: "+JSON.stringify(
s))}return Object.keys(n).length===0&&Object.assign(o,r),String(r.serviceId).toLowerCase()==="s3"&&await um(o),o}});function $$(t,e,r){t.__smithy_context?t.__smithy_context.features||(t.__smithy_context.features={}):t.__smithy_context={features:{}},t.__smithy_context.features[e]=
r}function Ba(t){let e=Ua(t);return({config:r,instructions:o})=>(n,i)=>async s=>{r.isCustomEndpoint&&$$(i,"ENDPOINT_OVERRIDE","N");let a=await e(s.input,{getEndpointParameterInstructions(){
return o}},{...r},i);i.endpointV2=a,i.authSchemes=a.properties?.authSchemes;let c=i.authSchemes?.[0];if(c){i.signing_region=c.signingRegion,i.signing_service=c.
signingName;let u=te(i)?.selectedHttpAuthScheme?.httpAuthOption;u&&(u.signingProperties=Object.assign(u.signingProperties||{},{signing_region:c.signingRegion,signingRegion:c.
signingRegion,signing_service:c.signingName,signingName:c.signingName,signingRegionSet:c.signingRegionSet},c.properties))}return n({...s})}}var mm=p(()=>{Y();Ha()});function Wx(t){let e=Ba(t);return(r,o)=>({applyToStack:n=>{n.addRelativeTo(e({config:r,instructions:o}),F$)}})}var L$,F$,Kx=p(()=>{mm();L$={name:"serializerMidd\
leware",step:"serialize",tags:["SERIALIZER"],override:!0},F$={step:"serialize",tags:["ENDPOINT_PARAMETERS","ENDPOINT_V2","ENDPOINT"],name:"endpointV2Middleware",
override:!0,relation:"before",toMiddleware:L$.name}});function Jx(t){return e=>{let r=e.tls??!0,{endpoint:o,useDualstackEndpoint:n,useFipsEndpoint:i}=e,s=o!=null?async()=>oo(await W(o)()):void 0,c=Object.assign(e,{
endpoint:s,tls:r,isCustomEndpoint:!!o,useDualstackEndpoint:W(n??!1),useFipsEndpoint:W(i??!1),ignoreConfiguredEndpointUrls:!!e.ignoreConfiguredEndpointUrls}),l;return c.
serviceConfiguredEndpoint=async()=>(e.serviceId&&!l&&(l=t(e.serviceId)),l),c}}var Yx=p(()=>{Y();dm()});var et,Xx=p(()=>{et=class t{nodes;root;conditions;results;constructor(e,r,o,n){this.nodes=e,this.root=r,this.conditions=o,this.results=n}static from(e,r,o,n){return new t(
e,r,o,n)}}});var tt,Qx=p(()=>{tt=class{capacity;data=new Map;parameters=[];constructor({size:e,params:r}){this.capacity=e??50,r&&(this.parameters=r)}get(e,r){let o=this.hash(
e);if(o===!1)return r();if(!this.data.has(o)){if(this.data.size>this.capacity+10){let n=this.data.keys(),i=0;for(;;){let{value:s,done:a}=n.next();if(this.data.delete(
s),a||++i>10)break}}this.data.set(o,r())}return this.data.get(o)}size(){return this.data.size}hash(e){let r="",{parameters:o}=this;if(o.length===0)return!1;for(let n of o){
let i=e[n],s=i==null?"\0":String(i);if(s.includes("|;"))return!1;r+=s+"|;"}return r}}});var ue,Zx=p(()=>{ue=class extends Error{constructor(e){super(e),this.name="EndpointError"}}});var zr=p(()=>{Zx()});var fm,eR=p(()=>{fm="endpoints"});function bn(t){return typeof t!="object"||t==null?t:"ref"in t?`$${bn(t.ref)}`:"fn"in t?`${t.fn}(${(t.argv||[]).map(bn).join(", ")})`:JSON.stringify(t,null,2)}var tR=p(
()=>{});var rR=p(()=>{eR();tR()});var Ne,gm=p(()=>{Ne={}});var hm,oR=p(()=>{hm=(t,e)=>t===e});function ym(...t){for(let e of t)if(e!=null)return e}var nR=p(()=>{});var iR,sR=p(()=>{zr();iR=t=>{let e=t.split("."),r=[];for(let o of e){let n=o.indexOf("[");if(n!==-1){if(o.indexOf("]")!==o.length-1)throw new ue(`Path: '${t}' d\
oes not end with ']'`);let i=o.slice(n+1,-1);if(Number.isNaN(parseInt(i)))throw new ue(`Invalid array index: '${i}' in path: '${t}'`);n!==0&&r.push(o.slice(0,n)),
r.push(i)}else r.push(o)}return r}});var Mi,aR=p(()=>{zr();sR();Mi=(t,e)=>iR(e).reduce((r,o)=>{if(typeof r!="object")throw new ue(`Index '${o}' in '${e}' not found in '${JSON.stringify(t)}'`);if(Array.
isArray(r)){let n=parseInt(o);return r[n<0?r.length+n:n]}return r[o]},t)});var Em,cR=p(()=>{Em=t=>t!=null});function Sm(t,e,r){return t?e:r}var pR=p(()=>{});var xm,lR=p(()=>{xm=t=>!t});var U$,On,Rm=p(()=>{U$=new RegExp("^(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)(?:\\.(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]\\d|\\d)){3}$"),On=t=>U$.test(t)||t.startsWith(
"[")&&t.endsWith("]")});var _m,wm,uR=p(()=>{Pr();Rm();_m={[Fo.HTTP]:80,[Fo.HTTPS]:443},wm=t=>{let e=(()=>{try{if(t instanceof URL)return t;if(typeof t=="object"&&"hostname"in t){let{hostname:m,
port:f,protocol:g="",path:y="",query:h={}}=t,x=new URL(`${g}//${m}${f?`:${f}`:""}${y}`);return x.search=Object.entries(h).map(([S,C])=>`${S}=${C}`).join("&"),x}
return new URL(t)}catch{return null}})();if(!e)return console.error(`Unable to parse ${JSON.stringify(t)} as a whatwg URL.`),null;let r=e.href,{host:o,hostname:n,
pathname:i,protocol:s,search:a}=e;if(a)return null;let c=s.slice(0,-1);if(!Object.values(Fo).includes(c))return null;let l=On(n),u=r.includes(`${o}:${_m[c]}`)||
typeof t=="string"&&t.includes(`${o}:${_m[c]}`),d=`${o}${u?`:${_m[c]}`:""}`;return{scheme:c,authority:d,path:i,normalizedPath:i.endsWith("/")?i:`${i}/`,isIp:l}}});function Im(t,e,r){if(r===1)return[t];if(t==="")return[""];let o=t.split(e);return r===0?o:o.slice(0,r-1).concat(o.slice(1).join(e))}var dR=p(()=>{});var Tm,mR=p(()=>{Tm=(t,e)=>t===e});var vm,fR=p(()=>{vm=(t,e,r,o)=>t==null||e>=r||t.length<r||/[^\u0000-\u007f]/.test(t)?null:o?t.substring(t.length-r,t.length-e):t.substring(e,r)});var Cm,gR=p(()=>{Cm=t=>encodeURIComponent(t).replace(/[!*'()]/g,e=>`%${e.charCodeAt(0).toString(16).toUpperCase()}`)});var Pm=p(()=>{oR();nR();aR();cR();Y();pR();lR();uR();dR();mR();fR();gR()});var hR,yR=p(()=>{Pm();hR={booleanEquals:hm,coalesce:ym,getAttr:Mi,isSet:Em,isValidHostLabel:Ar,ite:Sm,not:xm,parseURL:wm,split:Im,stringEquals:Tm,substring:vm,uriEncode:Cm}});var Ga,Am=p(()=>{Pm();Ga=(t,e)=>{let r=[],{referenceRecord:o,endpointParams:n}=e,i=0;for(;i<t.length;){let s=t.indexOf("{",i);if(s===-1){r.push(t.slice(i));break}
r.push(t.slice(i,s));let a=t.indexOf("}",s);if(a===-1){r.push(t.slice(s));break}t[s+1]==="{"&&t[a+1]==="}"&&(r.push(t.slice(s+1,a)),i=a+2);let c=t.substring(s+1,
a);if(c.includes("#")){let[l,u]=c.split("#");r.push(Mi(o[l]??n[l],u))}else r.push(o[c]??n[c]);i=a+1}return r.join("")}});var ER,SR=p(()=>{ER=({ref:t},e)=>e.referenceRecord[t]??e.endpointParams[t]});var Go,za,xR,Hi=p(()=>{zr();gm();yR();Am();SR();Go=(t,e,r)=>{if(typeof t=="string")return Ga(t,r);if(t.fn)return xR.callFunction(t,r);if(t.ref)return ER(t,r);throw new ue(
`'${e}': ${String(t)} is not a string, function or reference.`)},za=({fn:t,argv:e},r)=>{let o=Array(e.length);for(let s=0;s<o.length;++s){let a=e[s];typeof a=="\
boolean"||typeof a=="number"?o[s]=a:o[s]=xR.evaluateExpression(a,"arg",r)}let n=t.indexOf(".");if(n!==-1){let a=Ne[t.slice(0,n)]?.[t.slice(n+1)];if(typeof a=="f\
unction")return a(...o)}let i=hR[t];if(typeof i=="function")return i(...o);throw new Error(`function ${t} not loaded in endpointFunctions.`)},xR={evaluateExpression:Go,
callFunction:za}});var RR=p(()=>{Hi()});var _R,wR=p(()=>{rR();zr();RR();_R=(t,e)=>{let{assign:r}=t;if(r&&r in e.referenceRecord)throw new ue(`'${r}' is already defined in Reference Record.`);let o=za(
t,e);e.logger?.debug?.(`${fm} evaluateCondition: ${bn(t)} = ${bn(o)}`);let n=o===""?!0:!!o;return r!=null?{result:n,toAssign:{name:r,value:o}}:{result:n}}});var IR,TR=p(()=>{zr();Hi();IR=(t,e)=>Object.entries(t??{}).reduce((r,[o,n])=>(r[o]=n.map(i=>{let s=Go(i,"Header value entry",e);if(typeof s!="string")throw new ue(
`Header '${o}' value '${s}' is not a string`);return s}),r),{})});var bm,vR,CR,PR=p(()=>{zr();Am();bm=(t,e)=>Object.entries(t).reduce((r,[o,n])=>(r[o]=CR.getEndpointProperty(n,e),r),{}),vR=(t,e)=>{if(Array.isArray(t))return t.
map(r=>vR(r,e));switch(typeof t){case"string":return Ga(t,e);case"object":if(t===null)throw new ue(`Unexpected endpoint property: ${t}`);return CR.getEndpointProperties(
t,e);case"boolean":return t;default:throw new ue(`Unexpected endpoint property type: ${typeof t}`)}},CR={getEndpointProperty:vR,getEndpointProperties:bm}});var AR,bR=p(()=>{zr();Hi();AR=(t,e)=>{let r=Go(t,"Endpoint URL",e);if(typeof r=="string")try{return new URL(r)}catch(o){throw console.error(`Failed to construct\
 URL with ${r}`,o),o}throw new ue(`Endpoint URL must be a string, got ${typeof r}`)}});var Om,Mt,OR=p(()=>{zr();wR();Hi();TR();PR();bR();Om=1e8,Mt=(t,e)=>{let{nodes:r,root:o,results:n,conditions:i}=t,s=o,a={},c={referenceRecord:a,endpointParams:e.
endpointParams,logger:e.logger};for(;s!==1&&s!==-1&&s<Om;){let l=3*(Math.abs(s)-1),[u,d,m]=[r[l],r[l+1],r[l+2]],[f,g,y]=i[u],h=_R({fn:f,assign:y,argv:g},c);if(h.
toAssign){let{name:x,value:S}=h.toAssign;a[x]=S}s=s>=0===h.result?d:m}if(s>=Om){let l=n[s-Om];if(l[0]===-1){let[,f]=l;throw new ue(Go(f,"Error",c))}let[u,d,m]=l;
return{url:AR(u,c),properties:bm(d,c),headers:IR(m??{},c)}}throw new ue("No matching endpoint.")}});var YY,ar,XY,cr,K=p(()=>{Hx();Ha();mm();Kx();Yx();Xx();Qx();OR();Rm();Y();gm();Ha();YY=Ua(Ui),ar=Jx(Ui),XY=Ba(Ui),cr=Wx(Ui)});var NR,DR,kR=p(()=>{NR=t=>typeof ReadableStream=="function"&&(t?.constructor?.name===ReadableStream.name||t instanceof ReadableStream),DR=t=>typeof Blob=="funct\
ion"&&(t?.constructor?.name===Blob.name||t instanceof Blob)});function $R(){throw new Error("not bundled: web-stream bodies, from a fetch handler; the SDK's Node handler gives Node streams")}var LR=p(()=>{});async function FR(t){return t.arrayBuffer().then(e=>new Uint8Array(e))}async function UR(t){let e=[],r=t.getReader(),o=0;for(;;){let{done:n,value:i}=await r.read();
if(i&&(e.push(i),o+=i.length),n)break}return xa(e,o)}var MR=p(()=>{$d()});var HR,Ge,Nm,Dm=p(()=>{HR=require("node:stream");$d();MR();kR();Ge=t=>DR(t)?FR(t):NR(t)?UR(t):new Promise((e,r)=>{let o=new Nm,n=t;n.pipe(o),n.on("error",i=>{o.
end(),r(i)}),o.on("error",r),o.on("finish",function(){let i=xa(this.bufferedBytes);e(i)})}),Nm=class extends HR.Writable{bufferedBytes=[];_write(e,r,o){this.bufferedBytes.
push(e),o()}}});var ja,BR,Bi,GR=p(()=>{ja=require("node:stream");In();LR();Dm();BR="The stream has already been transformed.",Bi=t=>{if(!(t instanceof ja.Readable))try{return $R(
t)}catch{let n=t?.__proto__?.constructor?.name||t;throw new Error(`Unexpected stream implementation, expect Stream.Readable instance, got ${n}`)}let e=!1,r=async()=>{
if(e)throw new Error(BR);return e=!0,await Ge(t)};return Object.assign(t,{transformToByteArray:r,transformToString:async o=>{let n=await r();return o===void 0||
Buffer.isEncoding(o)?wn(n.buffer,n.byteOffset,n.byteLength).toString(o):new TextDecoder(o).decode(n)},transformToWebStream:()=>{if(e)throw new Error(BR);if(t.readableFlowing!==
null)throw new Error("The stream has been consumed by other callbacks.");if(typeof ja.Readable.toWeb!="function")throw new Error("Readable.toWeb() is not suppor\
ted. Please ensure a polyfill is available.");return e=!0,ja.Readable.toWeb(t)}})}});function jr(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var zR=p(()=>{});var jR,Nn,M$,km,Dn,$=p(()=>{jR=require("node:crypto");pE();lE();dE();ya();mE();gE();UE();ME();HE();zE();jE();VE();WE();JE();YE();XE();gd();GR();Dm();Y();zR();Nn=
class extends uE(ee,ae,he,Re){},M$=jR.getRandomValues,km=fE(M$),Dn=km});var ze,kn=p(()=>{$();ze=async(t=new Uint8Array,e)=>{if(t instanceof Uint8Array)return Nn.mutate(t);if(!t)return Nn.mutate(new Uint8Array);let r=e.streamCollector(
t);return Nn.mutate(await r)}});function zo(t){return/^[\w.~-]+$/.test(t)?t:encodeURIComponent(t).replace(/[!'()*]/g,function(e){return"%"+e.charCodeAt(0).toString(16).toUpperCase()})}var $m=p(
()=>{});var qR,De,H$,B$,G$,z$,Va,VR,jo=p(()=>{Q();$();qR=Symbol.for("@smithy/schema-x"),De=class t extends F{static identity=Symbol.for("@smithy/HttpBindingNormalizedSc\
hema");identity=t.identity;bindings;constructor(e){super(e)}static of(e){let r=F.of(e);if(r.identity===t.identity)return r;let o=r.isMemberSchema()?r:r.getSchema(),
n=typeof o=="object"&&o!==null?o:r;return n[qR]??=new t(r)}getHttpBindingLocation(e){return e.httpPayload?36:e.httpLabel?33:e.httpHeader?38:typeof e.httpPrefixHeaders==
"string"?39:e.httpQuery?34:e.httpQueryParams?35:e.httpResponseCode?37:32}getHttpBindingValue(e,r,o=!1){let n=this.getSchema(),i=typeof n=="number"?n&255:this.isListSchema()?
64:255,s=e&7,a=r.mediaType?r.mediaType==="application/json"||r.mediaType.endsWith("+json")?2:1:0,c=r.streaming||i===42?this.isStructSchema()?2:1:0,l=i>=4&&i<=7?
s>=6?2:s>0&&s<4?1:0:0,u=i|a<<8|(r.idempotencyToken?1:0)<<10|c<<11|(r.sparse?1:0)<<13|l<<14|(r.hostLabel?1:0)<<17|(e===36&&typeof n!="object"?1:0)<<18,d=i&192,m=s&
2&&(d===64||!o&&s&1)?this.getHttpBindingCollectionValue(e,r):void 0,f=(m?.[1]??0)&255;return u|=(s>=6&&(f===4||f===6)?1:0)<<16,[this,u,m]}getHttpBindingCollectionValue(e,r=this.
getMergedTraits()){let o=t.of(this.getValueSchema());return o.getHttpBindingValue(e,{...o.getMergedTraits(),...r},!0)}getHttpBindings(){let e=this.getSchema();return typeof e!=
"object"||e===null?z$:this.bindings??=H$(this)}},H$=t=>{let e=[],r=[],o=[],n=[],i=[],s={},a={},c=[],l={headers:a,prefixHeaders:c},u={request:{memberBindings:i,byName:s},
response:{bodyMemberNames:e,bindings:l}},{request:d,response:m}=u;for(let[f,g]of t.structIterator()){let y=De.of(g),h=y.getMergedTraits(),x=y.getHttpBindingLocation(
h),S=h.httpHeader?.toLowerCase()??h.httpPrefixHeaders?.toLowerCase()??h.httpQuery,C=y.getHttpBindingValue(x,h),A=[f,C,x,S];f==="__proto__"&&jr(s),s[f]=A,C[1]>>10&
1&&(d.hasIdempotency=!0),i.push(A);let L=x&7;if(L===0&&(o.push(f),n.push(g)),(L&4)===0)e.push(f),r.push(g);else if((L&6)===4)if(L&1)l.statusCode=A;else{l.payload=
A;let X=C[1]&255;d.contentTypeInstruction=h.mediaType??(X===0?"text/plain":X===21||X===42?"application/octet-stream":null)}else L&1?(d.hasPrefixHeaders=!0,c.push(
A)):(S==="__proto__"&&jr(a),a[S]=A)}return d.contentTypeInstruction===void 0&&o.length&&(d.contentTypeInstruction=null),d.syntheticBodySchema=VR(t,o,n),m.syntheticBodySchema=
VR(t,e,r),u},B$=t=>{let e=[],r=0;for(let o of t.matchAll(/\{([^{}+]+)(\+)?\}/g))o.index>r&&e.push([t.slice(r,o.index),0]),e.push([o[1],o[2]?2:1]),r=o.index+o[0].
length;return e.length&&r<t.length&&e.push([t.slice(r),0]),e.length?e:void 0},G$=t=>{let{http:e,endpoint:r}=so(t.traits??{}),[o,n]=e?.[1].split("?")??[];return[
e?.[0],o,n?[...new URLSearchParams(n)]:[],o?B$(o):void 0,r?.[0]]},z$={request:{memberBindings:[],byName:{}},response:{bodyMemberNames:[],bindings:{headers:{},prefixHeaders:[]}}},
Va=t=>t[qR]??=G$(t),VR=(t,e,r)=>{if(!e.length)return;let o=t.getSchema(),n=[3,o[1],o[2],t.getMergedTraits(),e,r],i=o[6],s=i&&e.reduce((a,c)=>a+(o[4].indexOf(c)<
i?1:0),0);return s&&(n[6]=s),n}});var Nr,Gi=p(()=>{Nr=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var WR=sy(()=>{throw new Error("@smithy/core/event-streams is not bundled: no ECR or STS operation streams events")});var $n,Lm=p(()=>{Y();Q();Gi();jo();$n=class extends Nr{options;compositeErrorRegistry;constructor(e){super(),this.options=e,this.compositeErrorRegistry=new Z(e.
defaultNamespace);for(let r of e.errorTypeRegistries??[])this.compositeErrorRegistry.copyFrom(r)}getRequestType(){return z}getResponseType(){return Ke}setSerdeContext(e){
this.serdeContext=e,this.serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e),this.getPayloadCodec()&&this.getPayloadCodec().setSerdeContext(e)}updateServiceEndpoint(e,r){
if("url"in r){e.protocol=r.url.protocol,e.hostname=r.url.hostname,e.port=r.url.port?Number(r.url.port):void 0,e.path=r.url.pathname,e.fragment=r.url.hash||void 0,
e.username=r.url.username||void 0,e.password=r.url.password||void 0,e.query||(e.query={});for(let[o,n]of r.url.searchParams.entries())e.query[o]=n;if(r.headers)
for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o].join(", "));return e}else{if(e.protocol=r.protocol,e.hostname=r.hostname,e.port=r.port?Number(
r.port):void 0,e.path=r.path,e.query={...r.query},r.headers)for(let o in r.headers)b(r.headers,o)&&(e.headers[o]=r.headers[o]);return e}}setHostPrefix(e,r,o,n=Va(
r)){if(this.serdeContext?.disableHostPrefix)return;let i=n[4];if(typeof i!="string")return;let s=i;for(let[a,[,c]]of De.of(r.input).getHttpBindings().request.memberBindings){
if(!(c>>17&1))continue;let l=o[a];if(typeof l!="string")throw new Error(`@smithy/core/schema - ${a} in input must be a string as hostLabel.`);s=s.replace(`{${a}\
}`,l)}if(e.hostname=s+e.hostname,!yd(e.hostname))throw new Error(`[${e.hostname}] is not a valid hostname.`)}deserializeMetadata(e){return{httpStatusCode:e.statusCode,
requestId:e.headers["x-amzn-requestid"]??e.headers["x-amzn-request-id"]??e.headers["x-amz-request-id"],extendedRequestId:e.headers["x-amz-id-2"],cfId:e.headers["\
x-amz-cf-id"]}}resolveError(e,r,o){let n=[-3,"","Error",0,[],[],0],i;for(let s of o)for(let a of r)try{a==="*"?i=s.getSchema(e):i=s.getSchema(a+"#"+e);let c=s.getErrorCtor(
i);if(c)return[i,c,"modeled"];{let l=s.getBaseException();if(l){let u=s.getErrorCtor(l);if(u)return[i,u,"synthetic"]}}}catch{}for(let s of o){let a=s.getBaseException();
if(a){let c=s.getErrorCtor(a);if(c)return[a,c,"synthetic"]}}return[n,Error,"native"]}async serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o}){
return(await this.loadEventStreamCapability()).serializeEventStream({eventStream:e,requestSchema:r,initialRequest:o})}async deserializeEventStream({response:e,responseSchema:r,
initialResponseContainer:o}){return(await this.loadEventStreamCapability()).deserializeEventStream({response:e,responseSchema:r,initialResponseContainer:o})}async loadEventStreamCapability(){
let{EventStreamSerde:e,eventStreamSerdeProvider:r}=await Promise.resolve().then(()=>Yr(WR())),o=this.resolveEventStreamMarshaller(r);return new e({marshaller:o,
serializer:this.serializer,deserializer:this.deserializer,serdeContext:this.serdeContext,defaultContentType:this.getDefaultContentType(),compositeErrorRegistry:this.
compositeErrorRegistry})}getDefaultContentType(){throw new Error(`@smithy/core/protocols - ${this.constructor.name} getDefaultContentType() implementation missi\
ng.`)}async deserializeHttpMessage(e,r,o,n,i){return[]}getEventStreamMarshaller(){let e=this.serdeContext;if(!e.eventStreamMarshaller)throw new Error("@smithy/c\
ore - HttpProtocol: eventStreamMarshaller missing in serdeContext.");return e.eventStreamMarshaller}resolveEventStreamMarshaller(e){let r=this.serdeContext;return r.
eventStreamMarshaller?r.eventStreamMarshaller:e(this.serdeContext)}}});var zi,KR=p(()=>{Y();$();jo();Lm();kn();$m();zi=class extends $n{async serializeRequest(e,r,o){let n=r&&typeof r=="object"?r:{},i={},s={},a=await o.endpoint(),c=De.
of(e?.input),l=c.getHttpBindings().request,u=Va(e),d=new z({query:i,headers:s});if(a){this.updateServiceEndpoint(d,a),this.setHostPrefix(d,e,n,u);let[f,g,y]=u;if(f){
d.method=f,d.path=d.path==="/"?g:d.path+g;for(let[h,x]of y)i[h]=x}}d.query=i;let m=this.serializeHttpBindings(n,d,l,u);return m&&(d.body=await this.serializeEventStream(
{eventStream:m,requestSchema:c})),d}serializeHttpBindings(e,r,o,n){let i=this.serializer,s=typeof i.writeCodec=="function"?i:void 0,a=r.query,c=r.headers,l=o.syntheticBodySchema,
u=!1,d,m,f,g=Object.getOwnPropertyNames(e),y=Object.getPrototypeOf(e),h=(y===Object.prototype||y===null)&&!o.hasIdempotency&&!o.hasPrefixHeaders&&g.length*2<o.memberBindings.
length,x=h?g.length:o.memberBindings.length;for(let A=0;A<x;++A){let L=h?b(o.byName,g[A])?o.byName[g[A]]:void 0:o.memberBindings[A];if(!L)continue;let X=L[1],Ae=L[0],
or=X[0],Tr=X[1],le=X[2],be=L[2],st=L[3],We=e[Ae];if(!(We==null&&!(Tr>>10&1)))if(be===36){let V=Tr>>11&3;V?V===2?m=We||void 0:d=We:(s?s.writeCodec(or,We):i.write(
or,We),d=i.flush())}else if(be===33||be===38){let V=this.serializeHttpValue(X,We,be,s);be===33?(f??=Object.create(null))[Ae]=V:c[st]=V}else if(be===39)for(let V in We){
if(!b(We,V))continue;let fr=st+V;c[fr.toLowerCase()]=this.serializeHttpValue(le,We[V],38,s,s?le[0]:[le[0],{httpHeader:fr}])}else(be&62)===34?this.serializeQuery(
X,We,st,a,s):u=!0}let S=n[1],C=n[3];return S&&C&&r.path.endsWith(S)&&(r.path=r.path.slice(0,-S.length)+this.serializePath(C,f,o)),u&&l&&(s?s.writeCodec(l,e):i.write(
l,e),d=i.flush()),r.body=d,m}serializeQuery(e,r,o,n,i){let[s,a,c]=e,l=i?void 0:s.getMergedTraits();if(o===void 0){for(let u in r)!b(r,u)||u in n||(i||Object.assign(
c[0].getMergedTraits(),{...l,httpQuery:u,httpQueryParams:void 0}),this.serializeQuery(c,r[u],u,n,i));return}if((a&192)===64){let u=[];for(let d of r){let m=this.
serializeHttpValue(c,d,34,i,i?c[0]:[c[0],l]);(a>>13&1||m!==void 0)&&u.push(m)}n[o]=u}else n[o]=this.serializeHttpValue(e,r,34,i,i?s:[s,l])}serializeHttpValue(e,r,o,n,i=e[0]){
let s=e[1],a=s&255;return n&&!(s&1792)&&(a<=2||a===17||a===19)?String(r):(n?n.writeHttpBinding(e,r,o):this.serializer.write(i,r),this.serializer.flush())}serializePath(e,r,o){
let n="";for(let[i,s]of e){if(s===0){n+=i;continue}let a=r?.[i];if(a===void 0){if(b(o.byName,i)&&o.byName[i][2]===33)throw new Error(`No value provided for inpu\
t HTTP label: ${i}.`);n+=`{${i}${s===2?"+":""}}`}else n+=s===2?a.split("/").map(zo).join("/"):zo(a)}return n}async deserializeResponse(e,r,o){let n=this.deserializer,
i=typeof n.readCodec=="function"?n:void 0,s=De.of(e.output),a=s.getHttpBindings().response,c={};if(o.statusCode>=300){let u=await ze(o.body,r);throw u.byteLength>
0&&Object.assign(c,await n.read(15,u)),await this.handleError(e,r,o,c,this.deserializeMetadata(o)),new Error("@smithy/core/protocols - HTTP Protocol error handl\
er failed to throw.")}let l=await this.deserializeHttpMessage(s,r,o,c);if(l.length){let u=await ze(o.body,r);if(u.byteLength>0){let d=await(i?i.readCodec(a.syntheticBodySchema,
u):n.read(a.syntheticBodySchema,u));for(let m of l)d[m]!=null&&(c[m]=d[m])}}else a.bindings.payload||await ze(o.body,r);return c.$metadata=this.deserializeMetadata(
o),c}async deserializeHttpMessage(e,r,o,n,i){let s=n instanceof Set?i:n,a=this.deserializer,c=typeof a.readCodec=="function"?a:void 0,l=De.of(e),{bodyMemberNames:u,
bindings:{payload:d,statusCode:m,headers:f,prefixHeaders:g}}=l.getHttpBindings().response,y=o.headers;if(d){let[h,x]=d,[S,C]=x,A=C>>11&3;if(A)A===2?s[h]=await this.
deserializeEventStream({response:o,responseSchema:l}):s[h]=Bi(o.body);else if(o.body){let L=await ze(o.body,r);L.byteLength>0&&(s[h]=await(c?c.readPayload(x,L):
a.read(S,L)))}}for(let h in y){if(!b(y,h))continue;let x=h.toLowerCase(),S=y[h];x!==h&&(delete y[h],y[x]=S);let C=b(f,x)?f[x]:void 0;if(!C)continue;let[A,[L,X,Ae],
,or]=C;if(Ae){let Tr=X>>16&1?Nd(S,",",2):Ti(S),le=[];for(let be of Tr)le.push(c?c.readHttpBinding(Ae,be.trim(),38):await a.read([Ae[0],{httpHeader:or}],be.trim()));
s[A]=le}else s[A]=c?c.readHttpBinding(C[1],S,38):await a.read(L,S)}for(let[h,[,,x],,S]of g){s[h]={};for(let C in y){if(!b(y,C)||!C.startsWith(S))continue;let A=y[C];
s[h][C.slice(S.length)]=c?c.readHttpBinding(x,A,38):await a.read([x[0],{httpHeader:C}],A)}}return m&&(s[m[0]]=o.statusCode),u}}});var Vo,JR=p(()=>{Y();Q();Y();Lm();kn();Vo=class extends $n{async serializeRequest(e,r,o){let n=this.serializer,i={},s={},a=await o.endpoint(),c=F.of(e?.input),l=c.
getSchema(),u,d=r&&typeof r=="object"?r:{},m=new z({protocol:"",hostname:"",port:void 0,path:"/",fragment:void 0,query:i,headers:s,body:void 0});if(a&&(this.updateServiceEndpoint(
m,a),this.setHostPrefix(m,e,d)),d){let f=c.getEventStreamMember();if(f){if(d[f]){let g={};for(let[y]of c.structIterator())y!==f&&d[y]!=null&&(g[y]=d[y]);u=await this.
serializeEventStream({eventStream:d[f],requestSchema:c,initialRequest:g})}}else n.write(l,d),u=n.flush()}return m.headers=Object.assign(m.headers,s),m.query=i,m.
body=u,m.method="POST",m}async deserializeResponse(e,r,o){let n=this.deserializer,i=F.of(e.output),s={};if(this.isErrorResponse(o.statusCode)){let c=await ze(o.
body,r);throw c.byteLength>0&&Object.assign(s,await n.read(15,c)),await this.handleError(e,r,o,s,this.deserializeMetadata(o)),new Error("@smithy/core/protocols \
- RPC Protocol error handler failed to throw.")}for(let c in o.headers){if(!b(o.headers,c))continue;let l=o.headers[c];delete o.headers[c],o.headers[c.toLowerCase()]=
l}let a=i.getEventStreamMember();if(a)s[a]=await this.deserializeEventStream({response:o,responseSchema:i,initialResponseContainer:s});else{let c=await ze(o.body,
r);c.byteLength>0&&Object.assign(s,await n.read(i,c))}return s.$metadata=this.deserializeMetadata(o),s}isErrorResponse(e){return e>=300}}});var qo,Fm=p(()=>{$();jo();Gi();qo=class extends Nr{settings;constructor(e){super(),this.settings=e}read(e,r){let o=De.of(e),n=o.getMergedTraits(),i=o.getHttpBindingLocation(
n);return this.readHttpBinding(o.getHttpBindingValue(i,n),r,i)}readHttpBinding([e,r,o],n,i){let s=r&255;if((s&192)===64)return o??=e.getHttpBindingCollectionValue(
i),Ti(n).map(a=>this.readHttpBinding(o,a,i));switch(s){case 21:case 42:return(this.serdeContext?.base64Decoder??Re)(n);case 4:case 5:case 6:case 7:{let a=this.settings.
httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&s>4?s:a?a+4:this.settings.timestampFormat.default){case 5:return bd(n);case 6:return Od(n);case 7:
return Ad(n);default:return console.warn("Missing timestamp format, parsing value with Date constructor:",n),new Date(n)}}case 0:{let a=r>>8&3;if(!a)return n;let c=n;
return(i&6)===6&&(c=(this.serdeContext?.utf8Encoder??ee)((this.serdeContext?.base64Decoder??Re)(c))),a===2?Je.from(c):c}case 1:return Number(n);case 2:return n.
toLowerCase()==="true";case 17:return BigInt(n);case 19:return new _e(n,"bigDecimal");default:return n}}}});var ji,YR=p(()=>{$();jo();Gi();Fm();ji=class extends Nr{codecDeserializer;stringDeserializer;constructor(e,r){super(),this.codecDeserializer=e,this.stringDeserializer=
new qo(r)}setSerdeContext(e){this.stringDeserializer.setSerdeContext(e),this.codecDeserializer.setSerdeContext(e),this.serdeContext=e}read(e,r){let o=De.of(e),n=o.
getMergedTraits();if(n.httpHeader||n.httpResponseCode){let i=o.getHttpBindingValue(38,n);return this.readHttpBinding(i,r,38)}return n.httpPayload?this.readPayload(
o.getHttpBindingValue(36,n),r):this.readCodec(o,r)}readHttpBinding(e,r,o){let n=typeof r=="string"?r:(this.serdeContext?.utf8Encoder??ee)(r);return this.stringDeserializer.
readHttpBinding(e,n,o)}readPayload([e,r],o){let n=r&255;return n===21||n===42?typeof o=="string"?(this.serdeContext?.utf8Decoder??ae)(o):o:n===0?typeof o=="stri\
ng"?o:(this.serdeContext?.utf8Encoder??ee)(o):this.readCodec(e,o)}readCodec(e,r){return this.codecDeserializer.read(e,r)}}});var qa,XR=p(()=>{$();jo();Gi();qa=class extends Nr{settings;stringBuffer="";constructor(e){super(),this.settings=e}write(e,r){let o=De.of(e),n=o.getMergedTraits(),
i=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(i,n),r,i)}writeHttpBinding([e,r,o],n,i){let s=r&255;switch(typeof n){case"object":if(n===
null){this.stringBuffer="null";return}if(s>=4&&s<=7){if(!(n instanceof Date))throw new Error(`@smithy/core/protocols - received non-Date value ${n} when schema \
expected Date in ${e.getName(!0)}`);let l=this.settings.httpBindings?r>>14&3:0;switch(this.settings.timestampFormat.useTrait&&s>4?s:l?l+4:this.settings.timestampFormat.
default){case 5:this.stringBuffer=n.toISOString().replace(".000Z","Z");break;case 6:this.stringBuffer=Uo(n);break;case 7:this.stringBuffer=String(n.getTime()/1e3);
break;default:console.warn("Missing timestamp format, using epoch seconds",n),this.stringBuffer=String(n.getTime()/1e3)}return}if((s===21||s===42)&&"byteLength"in
n){this.stringBuffer=(this.serdeContext?.base64Encoder??he)(n);return}if((s&192)===64&&Array.isArray(n)){o??=e.getHttpBindingCollectionValue(i);let l=o[1]&255,u=l>=
4&&l<=7,d="";for(let m of n){this.writeHttpBinding(o,m,i);let f=this.flush();d&&(d+=", "),d+=u?f:Td(f)}this.stringBuffer=d;return}this.stringBuffer=JSON.stringify(
n,null,2);break;case"string":let a=r>>8&3,c=n;if(a===2&&(c=Je.from(c)),a&&(i&6)===6){this.stringBuffer=(this.serdeContext?.base64Encoder??he)(c.toString());return}
this.stringBuffer=n;break;default:this.stringBuffer=r>>10&1?Dn():String(n)}}flush(){let e=this.stringBuffer;return this.stringBuffer="",e}}});var Vi,QR=p(()=>{jo();XR();Vi=class{codecSerializer;stringSerializer;buffer;constructor(e,r,o=new qa(r)){this.codecSerializer=e,this.stringSerializer=o}setSerdeContext(e){
this.codecSerializer.setSerdeContext(e),this.stringSerializer.setSerdeContext(e)}write(e,r){let o=De.of(e),n=o.getMergedTraits();if(n.httpHeader||n.httpLabel||n.
httpQuery){let i=o.getHttpBindingLocation(n);this.writeHttpBinding(o.getHttpBindingValue(i,n),r,i);return}this.writeCodec(o,r)}writeHttpBinding(e,r,o){this.stringSerializer.
writeHttpBinding(e,r,o),this.buffer=this.stringSerializer.flush()}writeCodec(e,r){this.codecSerializer.write(e,r)}flush(){if(this.buffer!==void 0){let e=this.buffer;
return this.buffer=void 0,e}return this.codecSerializer.flush()}}});function Wo(t,e){if(e.timestampFormat.useTrait){let a=t.getSchema();if(a===5||a===6||a===7)return a}let{httpLabel:r,httpPrefixHeaders:o,httpHeader:n,httpQuery:i}=t.
getMergedTraits();return(e.httpBindings?typeof o=="string"||n?6:i||r?5:void 0:void 0)??e.timestampFormat.default}var Wa=p(()=>{});var Ht,Bt,ZR=p(()=>{Ht=t=>(t.logger&&t.logger.constructor?.name!=="NoOpLogger"&&t.requestHandler?.updateHttpClientConfig?.(Symbol.for("logger"),t.logger),t.defaultSocketTimeout&&
t.requestHandler?.updateHttpClientConfig?.(Symbol.for("@smithy/defaultSocketTimeout"),t.defaultSocketTimeout),{setHttpHandler(e){t.requestHandler=e},httpHandler(){
return t.requestHandler},updateHttpClientConfig(e,r){t.requestHandler?.updateHttpClientConfig(e,r)},httpHandlerConfigs(){return t.requestHandler.httpHandlerConfigs()}}),
Bt=t=>({requestHandler:t.httpHandler()})});function t_(t){return e=>async r=>{let o=r.request;if(z.isInstance(o)){let{body:n,headers:i}=o;if(n&&Object.keys(i).map(s=>s.toLowerCase()).indexOf(e_)===-1)try{
let s=t(n);s!=null&&(o.headers={...o.headers,[e_]:String(s)})}catch{}}return e({...r,request:o})}}var e_,r_,Gt,o_=p(()=>{Y();e_="content-length";r_={step:"build",
tags:["SET_CONTENT_LENGTH","CONTENT_LENGTH"],name:"contentLengthMiddleware",override:!0},Gt=t=>({applyToStack:e=>{e.add(t_(t.bodyLengthChecker),r_)}})});var xr,j$,Um=p(()=>{xr=t=>encodeURIComponent(t).replace(/[!'()*]/g,j$),j$=t=>`%${t.charCodeAt(0).toString(16).toUpperCase()}`});function Mm(t){let e=[];for(let r of Object.keys(t).sort()){let o=t[r];if(r=xr(r),Array.isArray(o))for(let n=0,i=o.length;n<i;n++)e.push(`${r}=${xr(o[n])}`);else{
let n=r;(o||typeof o=="string")&&(n+=`=${xr(o)}`),e.push(n)}}return e.join("&")}var n_=p(()=>{Um()});var ao,Ka=p(()=>{ao=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Ja,i_=p(()=>{Ja=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function Ya(){if(qi===void 0)try{if(typeof Buffer!="function")qi=!1;else{let t=JSON.parse(Buffer.from([123,125]));qi=t!==null&&typeof t=="object"}}catch{qi=!1}return qi}
var qi,Hm=p(()=>{});function Xa(t,e,r){if(r?.source){let o=r.source;if(typeof e=="number")return e<=Number.MAX_SAFE_INTEGER&&e>=Number.MIN_SAFE_INTEGER?q$(o,e)?e:new _e(o,"bigDecim\
al"):V$(o)?new _e(o,"bigDecimal"):/[eE]/.test(o)?W$(o):BigInt(o)}return e}function V$(t){let e=t.indexOf(".");if(e===-1)return!1;let r=t.search(/[eE]/);if(r===-1)
return!0;let o=r-e-1;return parseInt(t.slice(r+1),10)<o}function q$(t,e){if(t===String(e)||Object.is(e,-0))return!0;if(/[eE]/.test(t))return Bm(t)===Bm(String(e));
let r=t.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,""),o=String(e);return r===o?!0:/[eE]/.test(o)?r===Bm(o):!1}function Bm(t){let e=t.startsWith("-"),r=e?t.slice(
1):t,o=r.search(/[eE]/),n;if(o===-1)n=r;else{let i=parseInt(r.slice(o+1),10),s=r.slice(0,o),a=s.indexOf("."),c,l;a===-1?(c=s,l=s.length):(c=s.slice(0,a)+s.slice(
a+1),l=a),c=c.replace(/0+$/,"")||"0";let u=l+i;c==="0"?n="0":u<=0?n="0."+"0".repeat(-u)+c:u>=c.length?n=c+"0".repeat(u-c.length):n=c.slice(0,u)+"."+c.slice(u)}return n.
includes(".")&&(n=n.replace(/(\.\d*?)0+$/,"$1").replace(/\.$/,"")),(e?"-":"")+n}function W$(t){let e=t.search(/[eE]/),r=parseInt(t.slice(e+1),10),o=t.startsWith(
"-"),n=t.slice(o?1:0,e),i=n.indexOf("."),s,a;if(i===-1)s=n,a=r;else{s=n.slice(0,i)+n.slice(i+1);let l=n.length-i-1;a=r-l}s=s.replace(/0+$/,"")||"0";let c=BigInt(
s)*10n**BigInt(a+(n.replace(".","").length-s.length));return o?-c:c}var Gm=p(()=>{$()});function Za(t){let e=F.of(t),r=e.getSchema();if(Array.isArray(r)&&e.isStructSchema()){if(zm in r)return r[zm];let o=Qa(e,new Set);return r[zm]=o,o}return Qa(e,new Set)}
function Qa(t,e){let r=t.getSchema();if(e.has(r))return!1;if(e.add(r),t.isBigIntegerSchema()||t.isBigDecimalSchema())return!0;if(t.isStructSchema()){for(let[,o]of t.
structIterator())if(Qa(o,e))return!0}else if(t.isListSchema()||t.isMapSchema()){if(Qa(t.getValueSchema(),e))return!0}else if(t.isDocumentSchema())return!0;return!1}
var zm,jm=p(()=>{Q();zm=Symbol.for("@aws-sdk/reviver")});var s_,a_=p(()=>{kn();$();s_=(t,e)=>ze(t,e).then(r=>(e?.utf8Encoder??ee)(r))});async function qm(t,e,r){let o;if(Ya()&&typeof t?.[Symbol.asyncIterator]=="function"){let i=await ze(t,e);typeof Buffer=="function"&&(Buffer.isBuffer(i)?o=i:o=Buffer.
from(i.buffer,i.byteOffset,i.byteLength))}if(o||(o=await s_(t,e)),o.length===0)return{};let n=r&&Za(r)?Xa:void 0;try{return JSON.parse(o,n)}catch(i){throw i?.name===
"SyntaxError"&&Object.defineProperty(i,"$responseBodyText",{value:typeof o=="string"?o:o.toString("utf8")}),i}}var c_,Vm,Wm,Km,p_,Jm=p(()=>{kn();a_();Hm();Gm();
jm();c_=(t,e)=>Object.keys(t).find(r=>r.toLowerCase()===e.toLowerCase()),Vm=t=>{let e=t;return typeof e=="number"&&(e=e.toString()),e.indexOf(",")>=0&&(e=e.split(
",")[0]),e.indexOf(":")>=0&&(e=e.split(":")[0]),e.indexOf("#")>=0&&(e=e.split("#")[1]),e},Wm=(t,e)=>p_(t,e,["header","code","type"]),Km=(t,e,r=!1)=>p_(t,e,r?["c\
ode","header","type"]:["type","code","header"]),p_=({headers:t},e,r)=>{for(;r.length>0;)switch(r.shift()){case"header":let n=c_(t??{},"x-amzn-errortype");if(n!==
void 0)return Vm(t[n]);break;case"code":let i=c_(e??{},"code");if(i&&e[i]!==void 0)return Vm(e[i]);break;case"type":if(e?.__type!==void 0)return Vm(e.__type);break}}});var ec,l_=p(()=>{Wa();Q();$();Ka();i_();Hm();Gm();jm();Jm();Y();ec=class extends ao{settings;constructor(e){super(),this.settings=e}async read(e,r){let o=Za(e)?
Xa:void 0,n;if(typeof r=="string"){if(r.length===0)return{};n=JSON.parse(r,o)}else if(r instanceof Uint8Array&&Ya()){if(r.byteLength===0)return{};let i=Buffer.isBuffer(
r)?r:Buffer.from(r.buffer,r.byteOffset,r.byteLength);n=JSON.parse(i,o)}else n=await qm(r,this.serdeContext,e);return this._read(e,n)}readObject(e,r){return this.
_read(e,r)}_read(e,r){let o=r!==null&&typeof r=="object",n=F.of(e);if(o){if(n.isStructSchema())return this._readStruct(n,r);if(Array.isArray(r)&&n.isListSchema()){
let s=n.getValueSchema();if(this.needsTransform(s))for(let a=0;a<r.length;++a)r[a]=this._read(s,r[a]);return r}if(n.isMapSchema()){let s=n.getValueSchema(),a=r;
if(this.needsTransform(s))for(let c in a)b(a,c)&&(c==="__proto__"&&jr(a),a[c]=this._read(s,a[c]));return a}}if(n.isBlobSchema()&&typeof r=="string")return Re(r);
let i=n.getMergedTraits().mediaType;if(n.isStringSchema()&&typeof r=="string"&&i)return i==="application/json"||i.endsWith("+json")?Je.from(r):r;if(n.isTimestampSchema()&&
r!=null)switch(Wo(n,this.settings)){case 5:return wd(r);case 6:return Ii(r);case 7:return Id(r);default:return console.warn("Missing timestamp format, parsing v\
alue with Date constructor:",r),new Date(r)}if(n.isBigIntegerSchema()&&(typeof r=="number"||typeof r=="string"))return BigInt(r);if(n.isBigDecimalSchema()&&r!=null){
if(r instanceof _e)return r;let s=r;return s.type==="bigDecimal"&&"string"in s?new _e(s.string,s.type):new _e(String(r),"bigDecimal")}if(n.isNumericSchema()&&typeof r==
"string"){switch(r){case"Infinity":return 1/0;case"-Infinity":return-1/0;case"NaN":return NaN}return r}if(n.isDocumentSchema()&&o)if(Array.isArray(r))for(let s=0;s<
r.length;++s){let a=r[s];a instanceof _e||(r[s]=this._read(n,a))}else{let s=r;for(let a in s){if(!b(s,a))continue;a==="__proto__"&&jr(s);let c=s[a];c instanceof
_e||(s[a]=this._read(n,c))}}return r}_readStruct(e,r){let o=e.isUnionSchema(),n={},i,s=typeof r.__type=="string",{jsonName:a}=this.settings;a&&s&&(i={});let c;o&&
(c=new Ja(r,n));for(let[l,u]of e.structIterator()){let d=l;a&&(d=u.getMergedTraits().jsonName??d,s&&(i[d]=l)),o&&c.mark(d),r[d]!=null&&(n[l]=this._read(u,r[d]))}
if(o)c.writeUnknown();else if(s)for(let l in r){if(!b(r,l))continue;let u=r[l],d=a?i[l]??l:l;d in n||(n[d]=u)}return n}needsTransform(e){return!!(e.isBlobSchema()||
e.isTimestampSchema()||e.isBigIntegerSchema()||e.isBigDecimalSchema()||e.isNumericSchema()||e.isDocumentSchema()||e.isStructSchema()||e.isListSchema()||e.isMapSchema()||
e.isStringSchema()&&e.getMergedTraits().mediaType)}}});var tc,u_,d_=p(()=>{$();tc=class t extends Uint8Array{string=null;static allocUnsafe(e){if(typeof Buffer=="function"){let r=Buffer.allocUnsafe(e);return new t(r.
buffer,r.byteOffset,r.byteLength)}return new t(e)}toString(){return this.s()}valueOf(){return this.s()}includes(e,r){return typeof e=="string"?this.s().includes(
e,r):Uint8Array.prototype.includes.call(this,e,r)}indexOf(e,r){return typeof e=="string"?this.s().indexOf(e,r):Uint8Array.prototype.indexOf.call(this,e,r)}lastIndexOf(e,r){
if(typeof e=="string")return this.s().lastIndexOf(e,r);let o=Uint8Array.prototype.lastIndexOf;return r!==void 0?o.call(this,e,r):o.call(this,e)}startsWith(e,r){
return this.s().startsWith(e,r)}endsWith(e,r){return this.s().endsWith(e,r)}match(e){return this.s().match(e)}replace(e,r){return this.s().replace(e,r)}search(e){
return this.s().search(e)}split(e,r){return this.s().split(e,r)}substring(e,r){return this.s().substring(e,r)}trim(){return this.s().trim()}trimStart(){return this.
s().trimStart()}trimEnd(){return this.s().trimEnd()}charAt(e){return this.s().charAt(e)}charCodeAt(e){return this.s().charCodeAt(e)}padStart(e,r){return this.s().
padStart(e,r)}padEnd(e,r){return this.s().padEnd(e,r)}repeat(e){return this.s().repeat(e)}toUpperCase(){return this.s().toUpperCase()}toLowerCase(){return this.
s().toLowerCase()}s(){if(this.string==null){let e=Date.now();e>u_+6e4&&(console.warn("@aws-sdk/core/protocols - WARN - JsonCodec2: you have called a string meth\
od on a Uint8Array request body. It has been automatically converted to string. In a future version this will throw an error."),u_=e),this.string=ee(this)}return this.
string}},u_=0});function Ym(t){return tc.allocUnsafe(t)}var rc,m_,f_,K$,J$,Ln,oc,nc,g_,Y$,X$,Q$,Dr,h_,ic,y_=p(()=>{Wa();Q();$();Ka();Y();d_();rc=new TextEncoder,m_=123,f_=125,K$=
91,J$=93,Ln=34,oc=58,nc=44,g_=92,Y$=new Uint8Array([116,114,117,101]),X$=new Uint8Array([102,97,108,115,101]),Q$=new Uint8Array([110,117,108,108]),Dr=new Array(
128).fill(null);Dr[8]="b";Dr[9]="t";Dr[10]="n";Dr[12]="f";Dr[13]="r";Dr[34]='"';Dr[92]="\\";for(let t=0;t<32;t++)Dr[t]===null&&(Dr[t]="u00"+t.toString(16).padStart(
2,"0"));h_=2048;ic=class t extends ao{settings;json;i=0;rootSchema;rawValue;passthrough=!1;constructor(e){super(),this.settings=e,this.json=Ym(h_)}write(e,r){this.
i=0,this.rawValue=r,this.rootSchema=F.of(e),this.passthrough=this.rootSchema.isBlobSchema()||this.rootSchema.isStringSchema(),this.passthrough||this.writeValue(
this.rootSchema,r,void 0)}writeDiscriminatedDocument(e,r){this.i=0,this.rootSchema=F.of(e);let o=this.rootSchema;if(o.isStructSchema()&&r!=null&&typeof r=="obje\
ct"){this.writeValue(o,r,void 0);let n=`"__type":"${o.getName(!0)??"Unknown"}",`,i=n.length;this.ensure(i),this.json.copyWithin(1+i,1,this.i),rc.encodeInto(n,this.
json.subarray(1)),this.i+=i}else this.writeValue(o,r,void 0)}flush(){this.rootSchema=void 0;let e=this.i;this.i=0;let r=this.rawValue;if(this.rawValue=void 0,e===
0)return r;let o=this.json.subarray(0,e);return this.json=Ym(h_),o}ensure(e){let{i:r,json:o}=this;if(r+e>o.length){let n=o.length*2;for(;n<r+e;)n*=2;let i=Ym(n);
i.set(this.json),this.json=i}}writeAscii(e){let r=e.length;this.ensure(r);let{i:o,json:n}=this;for(let i=0;i<r;++i)n[o]=e.charCodeAt(i),o+=1;this.i=o}writeAsciiQuoted(e){
let r=e.length;this.ensure(r+4);let{json:o,i:n}=this;o[n++]=Ln;for(let i=0;i<r;++i)o[n++]=e.charCodeAt(i);o[n++]=Ln,this.i=n}writeJsonString(e){let r=e.length;this.
ensure(r*3+2),this.json[this.i++]=Ln;for(let o=0;o<r;++o){let n=e.charCodeAt(o);if(n>34&&n<92)this.json[this.i++]=n;else if(n<128){let i=Dr[n];if(i!==null){this.
ensure(i.length+1+(r-o-1)*3+1),this.json[this.i++]=g_;for(let s=0;s<i.length;s++)this.json[this.i++]=i.charCodeAt(s)}else this.json[this.i++]=n}else if(n>=55296&&
n<=56319){let i=o+1<r?e.charCodeAt(o+1):0;if(i>=56320&&i<=57343){this.ensure(4);let{written:s}=rc.encodeInto(e.substring(o,o+2),this.json.subarray(this.i));this.
i+=s,++o}else this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n)}else if(n>=56320&&n<=57343)this.ensure(6+(r-o-1)*3+1),this.writeUnicodeEscape(n);else{let{i,
json:s}=this;n<2048?(s[i++]=192|n>>6,s[i++]=128|n&63):(s[i++]=224|n>>12,s[i++]=128|n>>6&63,s[i++]=128|n&63),this.i=i}}this.json[this.i++]=Ln}writeUnicodeEscape(e){
let{json:r,i:o}=this;r[o++]=g_,r[o++]=117;let n=e.toString(16).padStart(4,"0");for(let i=0;i<4;++i)r[o++]=n.charCodeAt(i);this.i=o}static B64=(()=>{let e="ABCDE\
FGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/",r=new Uint8Array(64);for(let o=0;o<64;++o)r[o]=e.charCodeAt(o);return r})();writeBase64(e){let r=Math.
ceil(e.length/3)*4;this.ensure(r+2);let o=this.json,n=t.B64,i=this.i;o[i++]=Ln;let s=e.length,a=s%3,c=s-a;for(let l=0;l<c;l+=3){let u=e[l],d=e[l+1],m=e[l+2];o[i++]=
n[u>>2],o[i++]=n[(u&3)<<4|d>>4],o[i++]=n[(d&15)<<2|m>>6],o[i++]=n[m&63]}if(a===2){let l=e[c],u=e[c+1];o[i++]=n[l>>2],o[i++]=n[(l&3)<<4|u>>4],o[i++]=n[(u&15)<<2],
o[i++]=61}else if(a===1){let l=e[c];o[i++]=n[l>>2],o[i++]=n[(l&3)<<4],o[i++]=61,o[i++]=61}o[i++]=Ln,this.i=i}writeValue(e,r,o){if(r==null){if(o?.isStructSchema()){
if(r===void 0&&F.of(e).isIdempotencyToken()){this.writeAsciiQuoted(Dn());return}return}this.ensure(4),this.json.set(Q$,this.i),this.i+=4;return}let n=F.of(e),i=typeof r==
"object";if(n.isStringSchema()){let s=n.getMergedTraits().mediaType;if(s&&(s==="application/json"||s.endsWith("+json"))){this.writeJsonString(Je.from(r).toString());
return}}if(this.settings.bigNumberAsString&&r!=null&&(n.isBigIntegerSchema()||n.isBigDecimalSchema())){let s=r instanceof _e?r.string:String(r);this.writeAsciiQuoted(
s);return}if(i){if(n.isStructSchema()){this.writeStruct(n,r);return}if(Array.isArray(r)&&(n.isListSchema()||n.isDocumentSchema())){this.writeList(n,r,n.isDocumentSchema());
return}if(n.isMapSchema()){this.writeMap(n,r,!1);return}if(r instanceof Uint8Array&&(n.isBlobSchema()||n.isDocumentSchema())){this.writeBase64(r);return}if(r instanceof
Date&&(n.isTimestampSchema()||n.isDocumentSchema())){this.writeTimestamp(n,r);return}if(r instanceof _e){this.writeAscii(r.string);return}if(n.isDocumentSchema()){
Array.isArray(r)?this.writeList(n,r,!0):this.writeMap(n,r,!0);return}let s=JSON.stringify(r);this.writeAscii(s);return}if(typeof r=="string"){if(n.isBlobSchema()){
let s=(this.serdeContext?.base64Encoder??he)(r);this.writeAsciiQuoted(s);return}this.writeJsonString(r);return}if(typeof r=="number"){if(Math.abs(r)===1/0||Number.
isNaN(r)){this.writeAsciiQuoted(String(r));return}let s=String(r);this.writeAscii(s);return}if(typeof r=="boolean"){this.ensure(5);let{i:s,json:a}=this;r?(a.set(
Y$,s),s+=4):(a.set(X$,s),s+=5),this.i=s;return}if(typeof r=="bigint"){this.writeAscii(r.toString());return}this.writeAscii(String(r))}writeStruct(e,r){this.ensure(
2),this.json[this.i++]=m_;let o=!1,n=typeof r.__type=="string",i;n&&(i=new Set);for(let[s,a]of e.structIterator()){let c=r[s];if(c==null&&!a.isIdempotencyToken())
continue;o&&(this.ensure(1),this.json[this.i++]=nc),o=!0;let l=this.settings.jsonName?a.getMergedTraits().jsonName??s:s;i&&(i.add(s),i.add(l)),this.writeAsciiQuoted(
l),this.json[this.i++]=oc,this.writeValue(a,c,e)}if(!o&&e.isUnionSchema()){let{$unknown:s}=r;if(Array.isArray(s)){let[a,c]=s;this.writeAsciiQuoted(a),this.ensure(
1),this.json[this.i++]=oc,this.writeValue(15,c,e)}}else if(n)for(let s in r){if(i.has(s))continue;i.add(s);let a=r[s];o&&(this.ensure(1),this.json[this.i++]=nc),
o=!0,this.writeAsciiQuoted(s),this.ensure(1),this.json[this.i++]=oc,this.writeValue(15,a,void 0)}this.ensure(1),this.json[this.i++]=f_}writeList(e,r,o){let n=!!e.
getMergedTraits().sparse,i=e.getValueSchema();if(!o&&(i.isStringSchema()||i.isNumericSchema()||i.isBooleanSchema())){let a=!1;for(let l=0;l<r.length;++l){let u=r[l];
if(Number.isNaN(u)||u===1/0||u===-1/0||u==null&&!n){a=!0;break}}let c;if(!a)c=JSON.stringify(r);else{let l=[];for(let u=0;u<r.length;++u){let d=r[u];d==null&&!n||
(Number.isNaN(d)||d===1/0||d===-1/0?l.push(String(d)):l.push(d))}c=JSON.stringify(l)}this.ensure(c.length*3),this.i+=rc.encodeInto(c,this.json.subarray(this.i)).
written;return}this.ensure(2),this.json[this.i++]=K$;let s=!1;for(let a=0;a<r.length;++a){let c=r[a];(o?c===void 0:c==null&&!n)||(s&&(this.ensure(1),this.json[this.
i++]=nc),this.writeValue(i,c,void 0),s=!0)}this.ensure(1),this.json[this.i++]=J$}writeMap(e,r,o){let n=!!e.getMergedTraits().sparse,i=e.getValueSchema();if(!o&&
(i.isStringSchema()||i.isNumericSchema()||i.isBooleanSchema())){let a;for(let l in r){if(!b(r,l))continue;let u=r[l];Number.isNaN(u)||u===1/0||u===-1/0?((a??={})[l]=
u,r[l]=String(u)):u===null&&!n&&((a??={})[l]=null,r[l]=void 0)}let c=JSON.stringify(r);a&&Object.assign(r,a),this.ensure(c.length*3),this.i+=rc.encodeInto(c,this.
json.subarray(this.i)).written;return}this.ensure(2),this.json[this.i++]=m_;let s=!0;for(let a in r){if(!b(r,a))continue;let c=r[a];(o?c===void 0:c==null&&!n)||
(s||(this.ensure(1),this.json[this.i++]=nc),s=!1,this.writeJsonString(a),this.ensure(1),this.json[this.i++]=oc,this.writeValue(i,c,void 0))}this.ensure(1),this.
json[this.i++]=f_}writeTimestamp(e,r){switch(Wo(e,this.settings)){case 5:{let n=r.toISOString().replace(".000Z","Z");this.writeAsciiQuoted(n);return}case 6:{this.
writeAsciiQuoted(Uo(r));return}case 7:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}default:{let n=String(r.getTime()/1e3);this.writeAscii(n);return}}}}});var Ko,E_=p(()=>{Ka();l_();y_();Ko=class extends ao{settings;constructor(e){super(),this.settings=e}createSerializer(){let e=new ic(this.settings);return e.setSerdeContext(
this.serdeContext),e}createDeserializer(){let e=new ec(this.settings);return e.setSerdeContext(this.serdeContext),e}}});var U=p(()=>{kn();$m();KR();JR();Fm();YR();QR();Wa();Y();Y();ZR();o_();Um();n_();Y();Jm();E_()});var S_,x_,zt,R_=p(()=>{U();S_=t=>e=>async r=>{if(!z.isInstance(r.request))return e(r);let{request:o}=r,{handlerProtocol:n=""}=t.requestHandler.metadata||{};if(n.
indexOf("h2")>=0&&!o.headers[":authority"])delete o.headers.host,o.headers[":authority"]=o.hostname+(o.port?":"+o.port:"");else if(!o.headers.host){let i=o.hostname;
o.port!=null&&(i+=`:${o.port}`),o.headers.host=i}return e(r)},x_={name:"hostHeaderMiddleware",step:"build",priority:"low",tags:["HOST"],override:!0},zt=t=>({applyToStack:e=>{
e.add(S_(t),x_)}})});var __,w_,jt,I_=p(()=>{T();__=()=>(t,e)=>async r=>{try{let o=await t(r),{logger:n}=e,i=n instanceof we;if(n&&!i){let{clientName:s,commandName:a,dynamoDbDocumentClientOptions:c={}}=e,
{overrideInputFilterSensitiveLog:l,overrideOutputFilterSensitiveLog:u}=c,d=l??e.inputFilterSensitiveLog,m=u??e.outputFilterSensitiveLog,{$metadata:f,...g}=o.output;
n.info?.({clientName:s,commandName:a,input:d(r.input),output:m(g),metadata:f})}return o}catch(o){let{clientName:n,commandName:i,logger:s,dynamoDbDocumentClientOptions:a={}}=e,
{overrideInputFilterSensitiveLog:c}=a,l=c??e.inputFilterSensitiveLog;throw s?.error?.({clientName:n,commandName:i,input:l(r.input),error:o,metadata:o.$metadata}),
o}},w_={name:"loggerMiddleware",tags:["LOGGER"],step:"initialize",override:!0},jt=t=>({applyToStack:e=>{e.add(__(),w_)}})});var T_,v_=p(()=>{T_={step:"build",tags:["RECURSION_DETECTION","TRACE_CONTEXT_PROPAGATION"],name:"recursionDetectionMiddleware",override:!0,priority:"low"}});var Xm,C_=p(()=>{Xm={getInstanceAsync:async()=>{}}});function tL(t){for(let e of Object.keys(t)){let r=e.toLowerCase();e!==r&&(r===Zm||r===P_||r===A_)&&(t[r]=t[e],delete t[e])}}var Z$,eL,Qm,Zm,P_,A_,b_,O_=p(()=>{C_();
U();Z$="AWS_LAMBDA_FUNCTION_NAME",eL="_X_AMZN_TRACE_ID",Qm="X-Amzn-Trace-Id",Zm="traceparent",P_="tracestate",A_="baggage",b_=()=>t=>async e=>{let{request:r}=e;
if(!z.isInstance(r))return t(e);let o;{let n=Object.keys(r.headers??{}).find(i=>i.toLowerCase()===Qm.toLowerCase())??Qm;if(!r.headers.hasOwnProperty(n)){let i=process.
env[Z$],s=process.env[eL];o??=await Xm.getInstanceAsync();let c=o?.getXRayTraceId()??s,l=u=>typeof u=="string"&&u.length>0;l(i)&&l(c)&&(r.headers[Qm]=c)}}if(tL(
r.headers),!r.headers[Zm]){let i=(o??=await Xm.getInstanceAsync())?.getTraceparent?.();if(i){r.headers[Zm]=i;let s=o?.getTracestate?.();s&&(r.headers[P_]=s);let a=o?.
getBaggage?.();a&&(r.headers[A_]=a)}}return t(e)}});var Vt,N_=p(()=>{v_();O_();Vt=t=>({applyToStack:e=>{e.add(b_(),T_)}})});var D_,k_=p(()=>{D_=(t,e)=>{if(!e||e.length===0)return t;let r=[];for(let o of e)for(let n of t)n.schemeId.split("#")[1]===o&&r.push(n);for(let o of t)r.find(({
schemeId:n})=>n===o.schemeId)||r.push(o);return r}});function rL(t){let e=new Map;for(let r of t)e.set(r.schemeId,r);return e}var ef,$_=p(()=>{Y();k_();ef=(t,e)=>(r,o)=>async n=>{let i=t.httpAuthSchemeProvider(await e.
httpAuthSchemeParametersProvider(t,o,n.input)),s=t.authSchemePreference?await t.authSchemePreference():[],a=D_(i,s),c=rL(t.httpAuthSchemes),l=te(o),u=[];for(let d of a){
let m=c.get(d.schemeId);if(!m){u.push(`HttpAuthScheme \`${d.schemeId}\` was not enabled for this service.`);continue}let f=m.identityProvider(await e.identityProviderConfigProvider(
t));if(!f){u.push(`HttpAuthScheme \`${d.schemeId}\` did not have an IdentityProvider configured.`);continue}let{identityProperties:g={},signingProperties:y={}}=d.
propertiesExtractor?.(t,o)||{};d.identityProperties=Object.assign(d.identityProperties||{},g),d.signingProperties=Object.assign(d.signingProperties||{},y),l.selectedHttpAuthScheme=
{httpAuthOption:d,identity:await f(d.identityProperties),signer:m.signer};break}if(!l.selectedHttpAuthScheme)throw new Error(u.join(`
`));return r(n)}});var tf,pt,L_=p(()=>{$_();tf={step:"serialize",tags:["HTTP_AUTH_SCHEME"],name:"httpAuthSchemeMiddleware",override:!0,relation:"before",toMiddleware:"endpointV2Mi\
ddleware"},pt=(t,{httpAuthSchemeParametersProvider:e,identityProviderConfigProvider:r})=>({applyToStack:o=>{o.addRelativeTo(ef(t,{httpAuthSchemeParametersProvider:e,
identityProviderConfigProvider:r}),tf)}})});var F_=p(()=>{L_()});var oL,nL,rf,U_=p(()=>{U();Y();oL=t=>e=>{throw e},nL=(t,e)=>{},rf=t=>(e,r)=>async o=>{if(!z.isInstance(o.request))return e(o);let i=te(r).selectedHttpAuthScheme;
if(!i)throw new Error("No HttpAuthScheme was selected: unable to sign request");let{httpAuthOption:{signingProperties:s={}},identity:a,signer:c}=i,l=await e({...o,
request:await c.sign(o.request,a,s)}).catch((c.errorHandler||oL)(s));return(c.successHandler||nL)(l.response,s),l}});var of,lt,M_=p(()=>{U_();of={step:"finalizeRequest",tags:["HTTP_SIGNING"],name:"httpSigningMiddleware",aliases:["apiKeyMiddleware","tokenMiddleware","awsAuthMid\
dleware"],override:!0,relation:"after",toMiddleware:"retryMiddleware"},lt=t=>({applyToStack:e=>{e.addRelativeTo(rf(t),of)}})});var H_=p(()=>{M_()});var Rr,B_=p(()=>{Rr=t=>{if(typeof t=="function")return t;let e=Promise.resolve(t);return()=>e}});var je,G_=p(()=>{Y();je=class{authSchemes=new Map;constructor(e){for(let r in e){if(!b(e,r))continue;let o=e[r];o!==void 0&&this.authSchemes.set(r,o)}}getIdentityProvider(e){
return this.authSchemes.get(e)}}});var rt,z_=p(()=>{rt=class{async sign(e,r,o){return e}}});var j_=p(()=>{z_()});var nf,sc,Wi,ac,V_=p(()=>{nf=t=>function(r){return Wi(r)&&r.expiration.getTime()-Date.now()<t},sc=nf(3e5),Wi=t=>t.expiration!==void 0,ac=(t,e,r)=>{if(t===void 0)
return;let o=typeof t!="function"?async()=>Promise.resolve(t):t,n,i,s,a=!1,c=async l=>{i||(i=o(l));try{n=await i,s=!0,a=!1}finally{i=void 0}return n};return e===
void 0?async l=>((!s||l?.forceRefresh)&&(n=await c(l)),n):async l=>((!s||l?.forceRefresh)&&(n=await c(l)),a?n:r(n)?(e(n)&&await c(l),n):(a=!0,n))}});var q_=p(()=>{G_();j_();V_()});var ot=p(()=>{F_();H_();B_();q_()});function cL(t){return t===void 0?!0:typeof t=="string"&&t.length<=50}function qt(t){let e=Rr(t.userAgentAppId??cc),{customUserAgent:r}=t;return Object.assign(t,
{customUserAgent:typeof r=="string"?[[r]]:r,userAgentAppId:async()=>{let o=await e();if(!cL(o)){let n=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?console:
t.logger;typeof o!="string"?n?.warn("userAgentAppId must be a string or undefined."):o.length>50&&n?.warn("The provided userAgentAppId exceeds the maximum lengt\
h of 50 characters.")}return o}})}var cc,sf=p(()=>{ot();cc=void 0});var W_,K_=p(()=>{W_={partitions:[{id:"aws",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aws",implicitGlobalRegion:"us-east-1",name:"aws",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^(us|eu|ap|sa|ca|me|af|il|mx)\\-\\w+\\-\\d+$",regions:{"af-south-1":{description:"Africa (Cape Town)"},"ap-east-1":{description:"A\
sia Pacific (Hong Kong)"},"ap-east-2":{description:"Asia Pacific (Taipei)"},"ap-northeast-1":{description:"Asia Pacific (Tokyo)"},"ap-northeast-2":{description:"\
Asia Pacific (Seoul)"},"ap-northeast-3":{description:"Asia Pacific (Osaka)"},"ap-south-1":{description:"Asia Pacific (Mumbai)"},"ap-south-2":{description:"Asia \
Pacific (Hyderabad)"},"ap-southeast-1":{description:"Asia Pacific (Singapore)"},"ap-southeast-2":{description:"Asia Pacific (Sydney)"},"ap-southeast-3":{description:"\
Asia Pacific (Jakarta)"},"ap-southeast-4":{description:"Asia Pacific (Melbourne)"},"ap-southeast-5":{description:"Asia Pacific (Malaysia)"},"ap-southeast-6":{description:"\
Asia Pacific (New Zealand)"},"ap-southeast-7":{description:"Asia Pacific (Thailand)"},"aws-global":{description:"aws global region"},"ca-central-1":{description:"\
Canada (Central)"},"ca-west-1":{description:"Canada West (Calgary)"},"eu-central-1":{description:"Europe (Frankfurt)"},"eu-central-2":{description:"Europe (Zuri\
ch)"},"eu-north-1":{description:"Europe (Stockholm)"},"eu-south-1":{description:"Europe (Milan)"},"eu-south-2":{description:"Europe (Spain)"},"eu-west-1":{description:"\
Europe (Ireland)"},"eu-west-2":{description:"Europe (London)"},"eu-west-3":{description:"Europe (Paris)"},"il-central-1":{description:"Israel (Tel Aviv)"},"me-c\
entral-1":{description:"Middle East (UAE)"},"me-south-1":{description:"Middle East (Bahrain)"},"me-west-1":{description:"Middle East (Saudi Arabia)"},"mx-centra\
l-1":{description:"Mexico (Central)"},"sa-east-1":{description:"South America (Sao Paulo)"},"sa-west-1":{description:"South America (Chile)"},"us-east-1":{description:"\
US East (N. Virginia)"},"us-east-2":{description:"US East (Ohio)"},"us-west-1":{description:"US West (N. California)"},"us-west-2":{description:"US West (Oregon\
)"}}},{id:"aws-cn",outputs:{dnsSuffix:"amazonaws.com.cn",dualStackDnsSuffix:"api.amazonwebservices.com.cn",implicitGlobalRegion:"cn-northwest-1",name:"aws-cn",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^cn\\-\\w+\\-\\d+$",regions:{"aws-cn-global":{description:"aws-cn global region"},"cn-north-1":{description:"China (Beijing)"},"cn\
-northwest-1":{description:"China (Ningxia)"}}},{id:"aws-eusc",outputs:{dnsSuffix:"amazonaws.eu",dualStackDnsSuffix:"api.amazonwebservices.eu",implicitGlobalRegion:"\
eusc-de-east-1",name:"aws-eusc",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^eusc\\-(de)\\-\\w+\\-\\d+$",regions:{"eusc-de-east-1":{description:"AWS Euro\
pean Sovereign Cloud (Germany)"}}},{id:"aws-iso",outputs:{dnsSuffix:"c2s.ic.gov",dualStackDnsSuffix:"api.aws.ic.gov",implicitGlobalRegion:"us-iso-east-1",name:"\
aws-iso",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-iso\\-\\w+\\-\\d+$",regions:{"aws-iso-global":{description:"aws-iso global region"},"us-iso-ea\
st-1":{description:"US ISO East"},"us-iso-west-1":{description:"US ISO WEST"}}},{id:"aws-iso-b",outputs:{dnsSuffix:"sc2s.sgov.gov",dualStackDnsSuffix:"api.aws.s\
cloud",implicitGlobalRegion:"us-isob-east-1",name:"aws-iso-b",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isob\\-\\w+\\-\\d+$",regions:{"aws-iso-b-\
global":{description:"aws-iso-b global region"},"us-isob-east-1":{description:"US ISOB East (Ohio)"},"us-isob-west-1":{description:"US ISOB West"}}},{id:"aws-is\
o-e",outputs:{dnsSuffix:"cloud.adc-e.uk",dualStackDnsSuffix:"api.cloud-aws.adc-e.uk",implicitGlobalRegion:"eu-isoe-west-1",name:"aws-iso-e",supportsDualStack:!0,
supportsFIPS:!0},regionRegex:"^eu\\-isoe\\-\\w+\\-\\d+$",regions:{"aws-iso-e-global":{description:"aws-iso-e global region"},"eu-isoe-west-1":{description:"EU I\
SOE West"}}},{id:"aws-iso-f",outputs:{dnsSuffix:"csp.hci.ic.gov",dualStackDnsSuffix:"api.aws.hci.ic.gov",implicitGlobalRegion:"us-isof-south-1",name:"aws-iso-f",
supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-isof\\-\\w+\\-\\d+$",regions:{"aws-iso-f-global":{description:"aws-iso-f global region"},"us-isof-east-\
1":{description:"US ISOF EAST"},"us-isof-south-1":{description:"US ISOF SOUTH"}}},{id:"aws-us-gov",outputs:{dnsSuffix:"amazonaws.com",dualStackDnsSuffix:"api.aw\
s",implicitGlobalRegion:"us-gov-west-1",name:"aws-us-gov",supportsDualStack:!0,supportsFIPS:!0},regionRegex:"^us\\-gov\\-\\w+\\-\\d+$",regions:{"aws-us-gov-glob\
al":{description:"aws-us-gov global region"},"us-gov-east-1":{description:"AWS GovCloud (US-East)"},"us-gov-west-1":{description:"AWS GovCloud (US-West)"}}}],version:"\
1.1"}});var pL,lL,J_,Y_,af=p(()=>{K_();pL=W_,lL="",J_=t=>{let{partitions:e}=pL;for(let o of e){let{regions:n,outputs:i}=o;for(let[s,a]of Object.entries(n))if(s===t)return{
...i,...a}}for(let o of e){let{regionRegex:n,outputs:i}=o;if(new RegExp(n).test(t))return{...i}}let r=e.find(o=>o.id==="aws");if(!r)throw new Error("Provided re\
gion was not found in the partition array or regex, and default partition with id 'aws' doesn't exist.");return{...r.outputs}},Y_=()=>lL});var X_,cf,Q_=p(()=>{X_=require("node:stream"),cf=t=>t?.body instanceof X_.Readable||typeof ReadableStream<"u"&&t?.body instanceof ReadableStream});var Z_,ew,tw,rw,ow,nw=p(()=>{Z_=["BandwidthLimitExceeded","EC2ThrottledException","LimitExceededException","PriorRequestNotComplete","ProvisionedThroughputExcee\
dedException","RequestLimitExceeded","RequestThrottled","RequestThrottledException","SlowDown","ThrottledException","Throttling","ThrottlingException","TooManyR\
equestsException","TransactionInProgressException"],ew=["TimeoutError","RequestTimeout","RequestTimeoutException"],tw=[500,502,503,504],rw=["ECONNRESET","ECONNR\
EFUSED","EPIPE","ETIMEDOUT"],ow=["EHOSTUNREACH","ENETUNREACH","ENOTFOUND","EAI_AGAIN"]});function fL(t){return t.code==="ERR_HTTP2_STREAM_ERROR"&&t.message.includes("NGHTTP2_REFUSED_STREAM")}var uL,dL,mL,pc,lc,iw,pf=p(()=>{nw();uL=t=>t?.$retryable!==
void 0,dL=t=>t.$metadata?.clockSkewCorrected,mL=t=>{let e=new Set(["Failed to fetch","NetworkError when attempting to fetch resource","The Internet connection a\
ppears to be offline","Load failed","Network request failed"]);return t&&t instanceof TypeError?e.has(t.message):!1},pc=t=>t.$metadata?.httpStatusCode===429||Z_.
includes(t.name)||t.$retryable?.throttling==!0,lc=(t,e=0)=>t?.name!=="AbortError"&&(uL(t)||dL(t)||t.name==="InvalidSignatureException"&&t.message?.includes("Sig\
nature expired")||ew.includes(t.name)||rw.includes(t?.code||"")||ow.includes(t?.code||"")||tw.includes(t.$metadata?.httpStatusCode||0)||mL(t)||fL(t)||t.cause!==
void 0&&e<=10&&lc(t.cause,e+1)),iw=t=>{if(t.$metadata?.httpStatusCode!==void 0){let e=t.$metadata.httpStatusCode;return 500<=e&&e<=599&&!lc(t)}return!1}});var uc,gL,sw,aw=p(()=>{uc=(t,e)=>{if(!e)return t;let r=()=>{},o=new Promise((n,i)=>{let s=()=>i(gL(e));e.aborted?s():typeof e.addEventListener=="function"?(e.addEventListener(
"abort",s,{once:!0}),r=()=>e.removeEventListener("abort",s)):e.onabort=s});return Promise.race([t,o]).finally(r)},gL=t=>{let e=t.reason;return e instanceof Error?
Object.assign(new Error("Request aborted"),{name:"AbortError",cause:e}):Object.assign(new Error(e?String(e):"Request aborted"),{name:"AbortError"})},sw=t=>typeof t==
"object"&&t!==null&&"name"in t&&t.name==="AbortError"});var cw,pw,lw=p(()=>{cw="amz-sdk-invocation-id",pw="amz-sdk-request"});function uw(t,e){if(Ke.isInstance(t))for(let r in t.headers){if(!b(t.headers,r))continue;let o=r.toLowerCase();if(o==="retry-after"){let n=t.headers[r],i=NaN;if(n.
endsWith("GMT"))try{i=(Ii(n).getTime()-Date.now())/1e3}catch(s){e?.trace?.("Failed to parse retry-after header"),e?.trace?.(s)}else n.match(/ GMT, ((\d+)|(\d+\.\d+))$/)?
i=Number(n.match(/ GMT, ([\d.]+)$/)?.[1]):n.match(/^((\d+)|(\d+\.\d+))$/)?i=Number(n):Date.parse(n)>=Date.now()&&(i=(Date.parse(n)-Date.now())/1e3);return isNaN(
i)?void 0:new Date(Date.now()+i*1e3)}else if(o==="x-amz-retry-after"){let n=t.headers[r],i=Number(n);if(isNaN(i)){e?.trace?.(`Failed to parse x-amz-retry-after=${n}`);
return}return new Date(Date.now()+i)}}}var dw=p(()=>{Y();U();$()});var mw,fw=p(()=>{mw=t=>t instanceof Error?t:t instanceof Object?Object.assign(new Error,t):typeof t=="string"?new Error(t):new Error(`AWS SDK error wrapper for ${t}`)});function lf(t){return e=>(r,o)=>async n=>{let i=await e.retryStrategy(),s=await e.maxAttempts(),a=o[Er]?.abortSignal;if(hL(i)){i=i;let c=(o.partition_id??"")+(o.
__retryLongPoll?":longpoll":""),l=await uc(i.acquireInitialRetryToken(c),a),u=new Error,d=0,m=0,{request:f}=n,g=z.isInstance(f);for(g&&(f.headers[cw]=km());;)try{
g&&(f.headers[pw]=`attempt=${d+1}; max=${s}`);let{response:y,output:h}=await r(n);return i.recordSuccess(l),h.$metadata.attempts=d+1,h.$metadata.totalRetryDelay=
m,{response:y,output:h}}catch(y){let h=yL(y,e.logger);if(u=mw(y),g&&t(f))throw(o.logger instanceof we?console:o.logger)?.warn("An error was encountered in a non\
-retryable streaming request."),u;try{if(a?.aborted)throw u;l=await uc(i.refreshRetryTokenForRetry(l,h),a)}catch(S){throw S!==u&&a?.aborted&&sw(S)?S:(u.$metadata||
(u.$metadata={}),u.$metadata.attempts=d+1,u.$metadata.totalRetryDelay=m,u)}d=l.getRetryCount();let x=l.getRetryDelay();m+=(l?.$retryLog?.acquisitionDelay??0)+x,
x>0&&await uc(new Promise(S=>setTimeout(S,x)),a)}}else return i=i,i?.mode&&(o.userAgent=[...o.userAgent||[],["cfg/retry-mode",i.mode]]),i.retry(r,n)}}function gw(t){
let e=lf(t);return r=>({applyToStack:o=>{o.add(e(r),SL)}})}var hL,yL,EL,SL,hw=p(()=>{T();U();$();Pr();pf();aw();lw();dw();fw();hL=t=>typeof t.acquireInitialRetryToken<
"u"&&typeof t.refreshRetryTokenForRetry<"u"&&typeof t.recordSuccess<"u",yL=(t,e)=>{let r={error:t,errorType:EL(t)},o=uw(t.$response,e);return o&&(r.retryAfterHint=
o),r},EL=t=>pc(t)?"THROTTLING":lc(t)?"TRANSIENT":iw(t)?"SERVER_ERROR":"CLIENT_ERROR",SL={name:"retryMiddleware",tags:["RETRY"],step:"finalizeRequest",priority:"\
high",override:!0}});var dc,yw=p(()=>{pf();dc=class t{static setTimeoutFn=(e,r)=>setTimeout(e,r);beta;minCapacity;minFillRate;scaleConstant;smooth;enabled=!1;availableTokens=0;lastMaxRate=0;measuredTxRate=0;requestCount=0;fillRate;lastThrottleTime;lastTimestamp=0;lastTxRateBucket;maxCapacity;timeWindow=0;constructor(e){
this.beta=e?.beta??.7,this.minCapacity=e?.minCapacity??1,this.minFillRate=e?.minFillRate??.5,this.scaleConstant=e?.scaleConstant??.4,this.smooth=e?.smooth??.8,this.
lastThrottleTime=this.getCurrentTimeInSeconds(),this.lastTxRateBucket=Math.floor(this.getCurrentTimeInSeconds()),this.fillRate=this.minFillRate,this.maxCapacity=
this.minCapacity}async getSendToken(){return this.acquireTokenBucket(1)}updateClientSendingRate(e){let r;this.updateMeasuredRate();let o=e;if(o?.errorType==="TH\
ROTTLING"||pc(o?.error??e)){let s=this.enabled?Math.min(this.measuredTxRate,this.fillRate):this.measuredTxRate;this.lastMaxRate=s,this.calculateTimeWindow(),this.
lastThrottleTime=this.getCurrentTimeInSeconds(),r=this.cubicThrottle(s),this.enableTokenBucket()}else this.calculateTimeWindow(),r=this.cubicSuccess(this.getCurrentTimeInSeconds());
let i=Math.min(r,2*this.measuredTxRate);this.updateTokenBucketRate(i)}getCurrentTimeInSeconds(){return Date.now()/1e3}async acquireTokenBucket(e){if(this.enabled){
for(this.refillTokenBucket();e>this.availableTokens;){let r=(e-this.availableTokens)/this.fillRate*1e3;await new Promise(o=>t.setTimeoutFn(o,r)),this.refillTokenBucket()}
this.availableTokens=this.availableTokens-e}}refillTokenBucket(){let e=this.getCurrentTimeInSeconds();if(!this.lastTimestamp){this.lastTimestamp=e;return}let r=(e-
this.lastTimestamp)*this.fillRate;this.availableTokens=Math.min(this.maxCapacity,this.availableTokens+r),this.lastTimestamp=e}calculateTimeWindow(){this.timeWindow=
this.getPrecise(Math.pow(this.lastMaxRate*(1-this.beta)/this.scaleConstant,1/3))}cubicThrottle(e){return this.getPrecise(e*this.beta)}cubicSuccess(e){return this.
getPrecise(this.scaleConstant*Math.pow(e-this.lastThrottleTime-this.timeWindow,3)+this.lastMaxRate)}enableTokenBucket(){this.enabled=!0}updateTokenBucketRate(e){
this.refillTokenBucket(),this.fillRate=Math.max(e,this.minFillRate),this.maxCapacity=Math.max(e,this.minCapacity),this.availableTokens=Math.min(this.availableTokens,
this.maxCapacity)}updateMeasuredRate(){let e=this.getCurrentTimeInSeconds(),r=Math.floor(e*2)/2;if(this.requestCount++,r>this.lastTxRateBucket){let o=this.requestCount/
(r-this.lastTxRateBucket);this.measuredTxRate=this.getPrecise(o*this.smooth+this.measuredTxRate*(1-this.smooth)),this.requestCount=0,this.lastTxRateBucket=r}}getPrecise(e){
return parseFloat(e.toFixed(8))}}});var Wt,mc=p(()=>{Wt=class{static v2026=!0;static delay(){return 50}static throttlingDelay(){return 1e3}static cost(){return 14}static throttlingCost(){return 5}static modifiedCostType(){
return"THROTTLING"}}});var fc,Ew=p(()=>{mc();fc=class{x=Wt.delay();computeNextBackoffDelay(e){let n=Math.random()*Math.min(this.x*2**e,2e4);return Math.floor(n)}setDelayBase(e){this.x=
e}}});var Ki,Sw=p(()=>{Ki=class{delay;count;cost;longPoll;$retryLog={acquisitionDelay:0};constructor(e,r,o,n){this.delay=e,this.count=r,this.cost=o,this.longPoll=n}getRetryCount(){
return this.count}getRetryDelay(){return Math.min(2e4,this.delay)}getRetryCost(){return this.cost}isLongPoll(){return this.longPoll}}});var Kt,co,nt,Ji=p(()=>{(function(t){t.STANDARD="standard",t.ADAPTIVE="adaptive"})(Kt||(Kt={}));co=3,nt=Kt.STANDARD});var gc,Jo,uf=p(()=>{Ew();Sw();Ji();mc();gc={incompatible:1,attempts:2,capacity:3},Jo=class{mode=Kt.STANDARD;retryBackoffStrategy;capacity=500;maxAttemptsProvider;baseDelay;constructor(e){
typeof e=="number"?this.maxAttemptsProvider=async()=>e:typeof e=="function"?this.maxAttemptsProvider=e:e&&typeof e=="object"&&(this.maxAttemptsProvider=async()=>e.
maxAttempts,this.baseDelay=e.baseDelay,this.retryBackoffStrategy=e.backoff),this.maxAttemptsProvider??=async()=>co,this.baseDelay??=Wt.delay(),this.retryBackoffStrategy??=
new fc}async acquireInitialRetryToken(e){return new Ki(Wt.delay(),0,void 0,e.includes(":longpoll"))}async refreshRetryTokenForRetry(e,r){let o=await this.getMaxAttempts(),
n=this.retryCode(e,r,o),i=n===0,s=e.isLongPoll?.();if(i||s){let a=r.errorType;this.retryBackoffStrategy.setDelayBase(a==="THROTTLING"?Wt.throttlingDelay():this.
baseDelay);let c=this.retryBackoffStrategy.computeNextBackoffDelay(e.getRetryCount()),l=c;if(r.retryAfterHint instanceof Date&&(l=Math.max(c,Math.min(r.retryAfterHint.
getTime()-Date.now(),c+5e3))),i){let u=this.getCapacityCost(a);this.capacity-=u;let d=new Ki(0,e.getRetryCount()+1,u,e.isLongPoll?.()??!1);return await new Promise(
m=>setTimeout(m,l)),d.$retryLog.acquisitionDelay=l,d}else{let u=n===gc.capacity&&s?l:0;u>0&&await new Promise(d=>setTimeout(d,u))}}throw new Error("No retry tok\
en available")}recordSuccess(e){this.capacity=Math.min(500,this.capacity+(e.getRetryCost()??1))}getCapacity(){return this.capacity}async maxAttempts(){return this.
maxAttemptsProvider()}async getMaxAttempts(){try{return await this.maxAttemptsProvider()}catch{return console.warn(`Max attempts provider could not resolve. Usi\
ng default of ${co}`),co}}retryCode(e,r,o){let n=e.getRetryCount()+1,i=this.isRetryableError(r.errorType)?0:gc.incompatible,s=n<o?0:gc.attempts,a=this.capacity>=
this.getCapacityCost(r.errorType)?0:gc.capacity;return i||s||a}getCapacityCost(e){return e===Wt.modifiedCostType()?Wt.throttlingCost():Wt.cost()}isRetryableError(e){
return e==="THROTTLING"||e==="TRANSIENT"}}});var hc,xw=p(()=>{yw();uf();Ji();hc=class{mode=Kt.ADAPTIVE;rateLimiter;standardRetryStrategy;constructor(e,r){let{rateLimiter:o}=r??{};this.rateLimiter=o??new dc,
this.standardRetryStrategy=r?new Jo({maxAttempts:typeof e=="number"?e:3,...r}):new Jo(e)}async acquireInitialRetryToken(e){let r=await this.standardRetryStrategy.
acquireInitialRetryToken(e);return await this.rateLimiter.getSendToken(),r}async refreshRetryTokenForRetry(e,r){this.rateLimiter.updateClientSendingRate(r);let o=await this.
standardRetryStrategy.refreshRetryTokenForRetry(e,r);return await this.rateLimiter.getSendToken(),o}recordSuccess(e){this.rateLimiter.updateClientSendingRate({}),
this.standardRetryStrategy.recordSuccess(e)}async maxAttemptsProvider(){return this.standardRetryStrategy.maxAttempts()}}});var df,mf,Jt,Yt,Rw,_w,Xt,ww=p(()=>{T();xw();uf();Ji();mc();df="AWS_MAX_ATTEMPTS",mf="max_attempts",Jt={environmentVariableSelector:t=>{let e=t[df];if(!e)return;
let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Environment variable ${df} mast be a number, got "${e}"`);return r},configFileSelector:t=>{let e=t[mf];if(!e)
return;let r=parseInt(e);if(Number.isNaN(r))throw new Error(`Shared config file entry ${mf} mast be a number, got "${e}"`);return r},default:co},Yt=(t,e)=>{let{
retryStrategy:r,retryMode:o}=t,{defaultMaxAttempts:n=co,defaultBaseDelay:i=Wt.delay()}=e??{},s=W(t.maxAttempts??n),a=r?Promise.resolve(r):void 0,c=async()=>{let l=await s();
return await W(o)()===Kt.ADAPTIVE?new hc(s,{maxAttempts:l,baseDelay:i}):new Jo({maxAttempts:l,baseDelay:i})};return Object.assign(t,{maxAttempts:s,retryStrategy:()=>a??=
c()})},Rw="AWS_RETRY_MODE",_w="retry_mode",Xt={environmentVariableSelector:t=>t[Rw],configFileSelector:t=>t[_w],default:nt}});var Dee,pr,ut=p(()=>{Q_();hw();Ji();ww();Dee=lf(cf),pr=gw(cf)});async function Iw(t,e,r){if(r.request?.headers?.["smithy-protocol"]==="rpc-v2-cbor"&&vr(t,"PROTOCOL_RPC_V2_CBOR","M"),typeof e.retryStrategy=="function"){let i=await e.
retryStrategy();if(typeof i.mode=="string")switch(i.mode){case Kt.ADAPTIVE:vr(t,"RETRY_MODE_ADAPTIVE","F");break;case Kt.STANDARD:vr(t,"RETRY_MODE_STANDARD","E");
break}}if(typeof e.accountIdEndpointMode=="function"){let i=t.endpointV2;switch(String(i?.url?.hostname).match(_L)&&vr(t,"ACCOUNT_ID_ENDPOINT","O"),await e.accountIdEndpointMode?.()){case"\
disabled":vr(t,"ACCOUNT_ID_MODE_DISABLED","Q");break;case"preferred":vr(t,"ACCOUNT_ID_MODE_PREFERRED","P");break;case"required":vr(t,"ACCOUNT_ID_MODE_REQUIRED",
"R");break}}let n=t.__smithy_context?.selectedHttpAuthScheme?.identity;if(n?.$source){let i=n;i.accountId&&vr(t,"RESOLVED_ACCOUNT_ID","T");for(let[s,a]of Object.
entries(i.$source??{}))vr(t,s,a)}}var _L,Tw=p(()=>{ut();aE();_L=/\d{12}\.ddb/});var ff,yc,vw,Cw,Pw=p(()=>{ff="user-agent",yc="x-amz-user-agent",vw=/[^!$%&'*+\-.^_`|~\w]/g,Cw=/[^!$%&'*+\-.^_`|~\w#]/g});function Aw(t){let e="";for(let r in t){let o=t[r];if(e.length+o.length+1<=1024){e.length?e+=","+o:e+=o;continue}break}return e}var bw=p(()=>{});var Dw,Ec,kw,Qt,$w=p(()=>{U();af();Tw();Pw();bw();Dw=t=>(e,r)=>async o=>{let{request:n}=o;if(!z.isInstance(n))return e(o);let{headers:i}=n,s=r?.userAgent?.map(Ec)||
[],a=(await t.defaultUserAgentProvider()).map(Ec);await Iw(r,t,o);let c=r;a.push(`m/${Aw(Object.assign({},r.__smithy_context?.features,c.__aws_sdk_context?.features))}`);
let l=t?.customUserAgent?.map(Ec)||[],u=await t.userAgentAppId();u&&a.push(Ec(["app",`${u}`]));let d=Y_(),m=(d?[d]:[]).concat([...a,...s,...l]).join(" "),f=[...a.
filter(g=>g.startsWith("aws-sdk-")),...l].join(" ");return t.runtime!=="browser"?(f&&(i[yc]=i[yc]?`${i[ff]} ${f}`:f),i[ff]=m):i[yc]=m,e({...o,request:n})},Ec=t=>{
let e=t[0].split("/").map(s=>s.replace(vw,"-")).join("/"),r=t[1]?.replace(Cw,"-"),o=e.indexOf("/"),n=e.substring(0,o),i=e.substring(o+1);return n==="api"&&(i=i.
toLowerCase()),[n,i,r].filter(s=>s&&s.length>0).reduce((s,a,c)=>{switch(c){case 0:return a;case 1:return`${s}/${a}`;default:return`${s}#${a}`}},"")},kw={name:"g\
etUserAgentMiddleware",step:"build",priority:"low",tags:["SET_USER_AGENT","USER_AGENT"],override:!0},Qt=t=>({applyToStack:e=>{e.add(Dw(t),kw)}})});var Sc,Lw,Fw=p(()=>{Sc=require("node:process"),Lw=()=>{let t=["deno","bun","llrt"];for(let e of t)if(Sc.versions[e])return[`md/${e}`,Sc.versions[e]];return["md/\
nodejs",Sc.versions.node]}});var hf,Uw=p(()=>{hf={isCrtAvailable:!1}});var Mw,Hw=p(()=>{Uw();Mw=()=>hf.isCrtAvailable?["md/crt-avail"]:null});var xc,yf,Zt,Bw=p(()=>{xc=require("node:os"),yf=require("node:process");Fw();Hw();Zt=({serviceId:t,clientVersion:e})=>{let r=Lw();return async o=>{let n=[["aws-\
sdk-js",e],["ua","2.1"],[`os/${(0,xc.platform)()}`,(0,xc.release)()],["lang/js"],r],i=Mw();i&&n.push(i),t&&n.push([`api/${t}`,e]),yf.env.AWS_EXECUTION_ENV&&n.push(
[`exec-env/${yf.env.AWS_EXECUTION_ENV}`]);let s=await o?.userAgentAppId?.();return s?[...n,[`app/${s}`]]:[...n]}}});var Gw,zw,wL,er,jw=p(()=>{sf();Gw="AWS_SDK_UA_APP_ID",zw="sdk_ua_app_id",wL="sdk-ua-app-id",er={environmentVariableSelector:t=>t[Gw],configFileSelector:t=>t[zw]??
t[wL],default:cc}});var Vw=p(()=>{K()});var Ef,qw=p(()=>{K();Vw();Ef=(t,e=!1)=>{if(e){for(let r of t.split("."))if(!Ef(r))return!1;return!0}return!(!Ar(t)||t.length<3||t.length>63||t!==t.toLowerCase()||
On(t))}});var Ww,Kw=p(()=>{Ww=t=>{let e=t.split(":");if(e.length<6)return null;let[r,o,n,i,s,...a]=e;if(r!=="arn"||o===""||n===""||a.join(":")==="")return null;let c=a.map(
l=>l.split("/")).flat();return{partition:o,service:n,region:i,accountId:s,resourceId:c}}});var dt,Jw=p(()=>{K();qw();Kw();af();dt={isVirtualHostableS3Bucket:Ef,parseArn:Ww,partition:J_};Ne.aws=dt});function Sf(t={}){return w({...Oe,async default(){return Yw.silence||console.warn("@aws-sdk - WARN - default STS region of us-east-1 used. See @aws-sdk/credenti\
al-providers README and set a region explicitly."),"us-east-1"}},{...Ze,...t})}var Yw,Xw=p(()=>{k();Yw={silence:!1}});var tr,rr,Qw=p(()=>{tr=t=>({setRegion(e){t.region=e},region(){return t.region}}),rr=t=>({region:t.region()})});var M=p(()=>{iE();sE();cE();R_();I_();N_();sf();$w();Bw();jw();Jw();Xw();Qw()});var Rc,_c,Zw=p(()=>{U();Rc=t=>Ke.isInstance(t)?t.headers?.date??t.headers?.Date:void 0,_c=t=>Ke.isInstance(t)?t.headers?.age??t.headers?.Age:void 0});var Yi,eI=p(()=>{Yi=t=>new Date(Date.now()+t)});var wc,tI=p(()=>{wc=(t,e,r,o)=>{if(o!==void 0)return e;let n=Date.parse(t);if(Number.isNaN(n))return e;let i=Date.now();return r!==void 0&&i-r>9e5?e:n-i}});var xf=p(()=>{Zw();eI();tI()});var Xi,IL,Qi,Ee,Rf=p(()=>{U();Pr();xf();Xi=(t,e)=>{if(!e)throw new Error(`Property \`${t}\` is not resolved for AWS SDK SigV4Auth`);return e},IL=t=>t.context?.[Er]?.
eventStream?.output===!0,Qi=async t=>{let e=Xi("context",t.context),r=Xi("config",t.config),o=e.endpointV2?.properties?.authSchemes?.[0],i=await Xi("signer",r.signer)(
o),s=t?.signingRegion,a=t?.signingRegionSet,c=t?.signingName;return{config:r,signer:i,signingRegion:s,signingRegionSet:a,signingName:c}},Ee=class{async sign(e,r,o){
if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and cannot be signed");let n=await Qi(o),{config:i,signer:s}=n,{signingRegion:a,
signingName:c}=n,l=o.context;if(l?.authSchemes?.length??!1){let[f,g]=l.authSchemes;f?.name==="sigv4a"&&g?.name==="sigv4"&&(a=g?.signingRegion??a,c=g?.signingName??
c)}let u=await i.disableClockSkewCorrection?.()===!0;o._disableClockSkewCorrection=u;let d=u||IL(o);return o._skipClockSkewSampling=d,d||(o._preRequestSystemClockOffset=
i.systemClockOffset,o._requestSentAt=Date.now()),await s.sign(e,{signingDate:u?new Date:Yi(i.systemClockOffset),signingRegion:a,signingService:c})}errorHandler(e){
return r=>{let o=r;if(!e._skipClockSkewSampling&&!e._disableClockSkewCorrection){let n=o.ServerTime??Rc(o.$response);if(n){let i=Xi("config",e.config),s=e._preRequestSystemClockOffset,
a=e._requestSentAt,c=_c(o.$response),l=wc(n,i.systemClockOffset,a,c);i.systemClockOffset=l,Math.abs(l)>=24e4&&(l!==s||s!==void 0&&s!==l)&&o.$metadata&&(o.$metadata.
clockSkewCorrected=!0)}}throw r}}successHandler(e,r){if(r._skipClockSkewSampling||r._disableClockSkewCorrection)return;let o=Rc(e);if(o){let n=Xi("config",r.config),
i=r._requestSentAt,s=_c(e);n.systemClockOffset=wc(o,n.systemClockOffset,i,s)}}}});var po,rI=p(()=>{U();xf();Rf();po=class extends Ee{async sign(e,r,o){if(!z.isInstance(e))throw new Error("The request is not an instance of `HttpRequest` and ca\
nnot be signed");let{config:n,signer:i,signingRegion:s,signingRegionSet:a,signingName:c}=await Qi(o),u=(await n.sigv4aSigningRegionSet?.()??a??[s]).join(","),d=await n.
disableClockSkewCorrection?.()===!0;return o._disableClockSkewCorrection=d,d||(o._preRequestSystemClockOffset=n.systemClockOffset,o._requestSentAt=Date.now()),await i.
sign(e,{signingDate:d?new Date:Yi(n.systemClockOffset),signingRegion:u,signingService:c})}}});var _f,oI=p(()=>{_f=t=>typeof t=="string"&&t.length>0?t.split(",").map(e=>e.trim()):[]});var nI,iI=p(()=>{nI=t=>`AWS_BEARER_TOKEN_${t.replace(/[\s-]/g,"_").toUpperCase()}`});var sI,aI,mt,cI=p(()=>{oI();iI();sI="AWS_AUTH_SCHEME_PREFERENCE",aI="auth_scheme_preference",mt={environmentVariableSelector:(t,e)=>{if(e?.signingName&&nI(e.signingName)in
t)return["httpBearerAuth"];if(sI in t)return _f(t[sI])},configFileSelector:t=>{if(aI in t)return _f(t[aI])},default:[]}});var Ic,Tc,pI=p(()=>{ot();k();Ic=t=>(t.sigv4aSigningRegionSet=Rr(t.sigv4aSigningRegionSet),t),Tc={environmentVariableSelector(t){if(t.AWS_SIGV4A_SIGNING_REGION_SET)
return t.AWS_SIGV4A_SIGNING_REGION_SET.split(",").map(e=>e.trim());throw new Be("AWS_SIGV4A_SIGNING_REGION_SET not set in env.",{tryNextLink:!0})},configFileSelector(t){
if(t.sigv4a_signing_region_set)return(t.sigv4a_signing_region_set??"").split(",").map(e=>e.trim());throw new Be("sigv4a_signing_region_set not set in profile.",
{tryNextLink:!0})},default:void 0}});function uI(t){for(let e=0;e<8;e++)t[e]^=255;for(let e=7;e>-1&&(t[e]++,t[e]===0);e--);}var vc,lI,TL,wf,dI=p(()=>{$();$();vc=class{format(e){let r=[];for(let i in e){
if(!b(e,i))continue;let s=ae(i);r.push(Uint8Array.from([s.byteLength]),s,this.formatHeaderValue(e[i]))}let o=new Uint8Array(r.reduce((i,s)=>i+s.byteLength,0)),n=0;
for(let i of r)o.set(i,n),n+=i.byteLength;return o}formatHeaderValue(e){switch(e.type){case"boolean":return Uint8Array.from([e.value?0:1]);case"byte":return Uint8Array.
from([2,e.value]);case"short":let r=new DataView(new ArrayBuffer(3));return r.setUint8(0,3),r.setInt16(1,e.value,!1),new Uint8Array(r.buffer);case"integer":let o=new DataView(
new ArrayBuffer(5));return o.setUint8(0,4),o.setInt32(1,e.value,!1),new Uint8Array(o.buffer);case"long":let n=new Uint8Array(9);return n[0]=5,n.set(e.value.bytes,
1),n;case"binary":let i=new DataView(new ArrayBuffer(3+e.value.byteLength));i.setUint8(0,6),i.setUint16(1,e.value.byteLength,!1);let s=new Uint8Array(i.buffer);
return s.set(e.value,3),s;case"string":let a=ae(e.value),c=new DataView(new ArrayBuffer(3+a.byteLength));c.setUint8(0,7),c.setUint16(1,a.byteLength,!1);let l=new Uint8Array(
c.buffer);return l.set(a,3),l;case"timestamp":let u=new Uint8Array(9);return u[0]=8,u.set(wf.fromNumber(e.value.valueOf()).bytes,1),u;case"uuid":if(!TL.test(e.value))
throw new Error(`Invalid UUID received: ${e.value}`);let d=new Uint8Array(17);return d[0]=9,d.set(kd(e.value.replace(/-/g,"")),1),d}}};(function(t){t[t.boolTrue=
0]="boolTrue",t[t.boolFalse=1]="boolFalse",t[t.byte=2]="byte",t[t.short=3]="short",t[t.integer=4]="integer",t[t.long=5]="long",t[t.byteArray=6]="byteArray",t[t.
string=7]="string",t[t.timestamp=8]="timestamp",t[t.uuid=9]="uuid"})(lI||(lI={}));TL=/^[a-f0-9]{8}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{4}-[a-f0-9]{12}$/,wf=class t{bytes;constructor(e){
if(this.bytes=e,e.byteLength!==8)throw new Error("Int64 buffers must be exactly 8 bytes")}static fromNumber(e){if(e>9223372036854776e3||e<-9223372036854776e3)throw new Error(
`${e} is too large (or, if negative, too small) to represent as an Int64`);let r=new Uint8Array(8);for(let o=7,n=Math.abs(Math.round(e));o>-1&&n>0;o--,n/=256)r[o]=
n;return e<0&&uI(r),new t(r)}valueOf(){let e=this.bytes.slice(0),r=e[0]&128;return r&&uI(e),parseInt(Tt(e),16)*(r?-1:1)}toString(){return String(this.valueOf())}}});var mI,fI,If,gI,hI,Tf,vf,Cf,Pf,vL,yI,EI,Zi,SI,xI,RI,_I,Cc,wI,II,TI,Af,vI,Yo=p(()=>{mI="X-Amz-Algorithm",fI="X-Amz-Credential",If="X-Amz-Date",gI="X-Amz-SignedHe\
aders",hI="X-Amz-Expires",Tf="X-Amz-Signature",vf="X-Amz-Security-Token",Cf="authorization",Pf=If.toLowerCase(),vL="date",yI=[Cf,Pf,vL],EI=Tf.toLowerCase(),Zi="\
x-amz-content-sha256",SI=vf.toLowerCase(),xI={authorization:!0,"cache-control":!0,connection:!0,expect:!0,from:!0,"keep-alive":!0,"max-forwards":!0,pragma:!0,referer:!0,
te:!0,trailer:!0,"transfer-encoding":!0,upgrade:!0,"user-agent":!0,"x-amzn-trace-id":!0},RI=/^proxy-/,_I=/^sec-/,Cc="AWS4-HMAC-SHA256",wI="AWS4-HMAC-SHA256-PAYL\
OAD",II="UNSIGNED-PAYLOAD",TI=50,Af="aws4_request",vI=3600*24*7});var CI,PI=p(()=>{$();U();Yo();CI=({query:t={}})=>{let e=[],r={};for(let o in t){if(!b(t,o)||o.toLowerCase()===EI)continue;let n=xr(o);e.push(n);let i=t[o];typeof i==
"string"?r[n]=`${n}=${xr(i)}`:Array.isArray(i)&&(r[n]=i.slice(0).reduce((s,a)=>s.concat([`${n}=${xr(a)}`]),[]).sort().join("&"))}return e.sort().map(o=>r[o]).filter(
o=>o).join("&")}});var AI,CL,bI=p(()=>{AI=t=>CL(t).toISOString().replace(/\.\d{3}Z$/,"Z"),CL=t=>typeof t=="number"?new Date(t*1e3):typeof t=="string"?Number(t)?new Date(Number(t)*
1e3):new Date(t):t});var Pc,OI=p(()=>{T();U();$();PI();bI();Pc=class{service;regionProvider;credentialProvider;sha256;uriEscapePath;applyChecksum;constructor({applyChecksum:e,credentials:r,
region:o,service:n,sha256:i,uriEscapePath:s=!0}){this.service=n,this.sha256=i,this.uriEscapePath=s,this.applyChecksum=typeof e=="boolean"?e:!0,this.regionProvider=
W(o),this.credentialProvider=W(r)}createCanonicalRequest(e,r,o){let n=Object.keys(r).sort();return`${e.method}
${this.getCanonicalPath(e)}
${CI(e)}
${n.map(i=>`${i}:${r[i]}`).join(`
`)}

${n.join(";")}
${o}`}async createStringToSign(e,r,o,n){let i=new this.sha256;i.update(Or(o));let s=await i.digest();return`${n}
${e}
${r}
${Tt(s)}`}getCanonicalPath({path:e}){if(this.uriEscapePath){let r=[];for(let i of e.split("/"))i?.length!==0&&i!=="."&&(i===".."?r.pop():r.push(i));let o=`${e?.
startsWith("/")?"/":""}${r.join("/")}${r.length>0&&e?.endsWith("/")?"/":""}`;return xr(o).replace(/%2F/g,"/")}return e}validateResolvedCredentials(e){if(typeof e!=
"object"||typeof e.accessKeyId!="string"||typeof e.secretAccessKey!="string")throw new Error("Resolved credential object is not valid")}formatDate(e){let r=AI(e).
replace(/[-:]/g,"");return{longDate:r,shortDate:r.slice(0,8)}}getCanonicalHeaderList(e){return Object.keys(e).sort().join(";")}}});var Ac,bf,bc,DI,NI,kI=p(()=>{$();Yo();Ac={},bf=[],bc=(t,e,r)=>`${t}/${e}/${r}/${Af}`,DI=async(t,e,r,o,n)=>{let i=await NI(t,e.secretAccessKey,e.accessKeyId),s=`${r}\
:${o}:${n}:${Tt(i)}:${e.sessionToken}`;if(s in Ac)return Ac[s];for(bf.push(s);bf.length>TI;)delete Ac[bf.shift()];let a=`AWS4${e.secretAccessKey}`;for(let c of[
r,o,n,Af])a=await NI(t,a,c);return Ac[s]=a},NI=(t,e,r)=>{let o=new t(e);return o.update(Or(r)),o.digest()}});var Of,$I=p(()=>{$();Yo();Of=({headers:t},e,r)=>{let o={};for(let n of Object.keys(t).sort()){if(t[n]==null)continue;let i=n.toLowerCase();(b(xI,i)||e?.has(i)||
RI.test(i)||_I.test(i))&&(!r||r&&!r.has(i))||(i==="__proto__"&&jr(o),o[i]=t[n].replace(/[\r\n]/g," ").replace(/[ \t]+/g," ").replace(/^ | $/g,""))}return o}});var Oc,LI=p(()=>{$();$();Yo();Oc=async({headers:t,body:e},r)=>{for(let o in t)if(b(t,o)&&o.toLowerCase()===Zi)return t[o];if(e==null)return"e3b0c44298fc1c149afb\
f4c8996fb92427ae41e4649b934ca495991b7852b855";if(typeof e=="string"||ArrayBuffer.isView(e)||_i(e)){let o=new r;return o.update(Or(e)),Tt(await o.digest())}return II}});var FI,UI=p(()=>{$();FI=(t,e)=>{t=t.toLowerCase();for(let r in e)if(b(e,r)&&t===r.toLowerCase())return!0;return!1}});var MI,HI=p(()=>{$();U();MI=(t,e={})=>{let{headers:r,query:o={}}=z.clone(t);for(let n in r){if(!b(r,n))continue;let i=n.toLowerCase();(i.slice(0,6)==="x-amz-"&&
!e.unhoistableHeaders?.has(i)||e.hoistableHeaders?.has(i))&&(o[n]=r[n],delete r[n])}return{...t,headers:r,query:o}}});var Nf,BI=p(()=>{$();U();Yo();Nf=t=>{t=z.clone(t);for(let e in t.headers)b(t.headers,e)&&yI.indexOf(e.toLowerCase())>-1&&delete t.headers[e];return t}});var lo,GI=p(()=>{$();dI();OI();Yo();kI();$I();LI();UI();HI();BI();lo=class extends Pc{headerFormatter=new vc;constructor({applyChecksum:e,credentials:r,region:o,
service:n,sha256:i,uriEscapePath:s=!0}){super({applyChecksum:e,credentials:r,region:o,service:n,sha256:i,uriEscapePath:s})}async presign(e,r={}){let{signingDate:o=new Date,
expiresIn:n=3600,unsignableHeaders:i,unhoistableHeaders:s,signableHeaders:a,hoistableHeaders:c,signingRegion:l,signingService:u}=r,d=await this.credentialProvider();
this.validateResolvedCredentials(d);let m=l??await this.regionProvider(),{longDate:f,shortDate:g}=this.formatDate(o);if(n>vI)return Promise.reject("Signature ve\
rsion 4 presigned URLs must have an expiration date less than one week in the future");let y=bc(g,m,u??this.service),h=MI(Nf(e),{unhoistableHeaders:s,hoistableHeaders:c});
d.sessionToken&&(h.query[vf]=d.sessionToken),h.query[mI]=Cc,h.query[fI]=`${d.accessKeyId}/${y}`,h.query[If]=f,h.query[hI]=n.toString(10);let x=Of(h,i,a);return h.
query[gI]=this.getCanonicalHeaderList(x),h.query[Tf]=await this.getSignature(f,y,this.getSigningKey(d,m,g,u),this.createCanonicalRequest(h,x,await Oc(e,this.sha256))),
h}async sign(e,r){return typeof e=="string"?this.signString(e,r):e.headers&&e.payload?this.signEvent(e,r):e.message?this.signMessage(e,r):this.signRequest(e,r)}async signEvent({
headers:e,payload:r},{signingDate:o=new Date,priorSignature:n,signingRegion:i,signingService:s,eventStreamCredentials:a}){let c=i??await this.regionProvider(),{
shortDate:l,longDate:u}=this.formatDate(o),d=bc(l,c,s??this.service),m=await Oc({headers:{},body:r},this.sha256),f=new this.sha256;f.update(e);let g=Tt(await f.
digest()),y=[wI,u,d,n,g,m].join(`
`);return this.signString(y,{signingDate:o,signingRegion:c,signingService:s,eventStreamCredentials:a})}async signMessage(e,{signingDate:r=new Date,signingRegion:o,
signingService:n,eventStreamCredentials:i}){return this.signEvent({headers:this.headerFormatter.format(e.message.headers),payload:e.message.body},{signingDate:r,
signingRegion:o,signingService:n,priorSignature:e.priorSignature,eventStreamCredentials:i}).then(a=>({message:e.message,signature:a}))}async signString(e,{signingDate:r=new Date,
signingRegion:o,signingService:n,eventStreamCredentials:i}={}){let s=i??await this.credentialProvider();this.validateResolvedCredentials(s);let a=o??await this.
regionProvider(),{shortDate:c}=this.formatDate(r),l=new this.sha256(await this.getSigningKey(s,a,c,n));return l.update(Or(e)),Tt(await l.digest())}async signRequest(e,{
signingDate:r=new Date,signableHeaders:o,unsignableHeaders:n,signingRegion:i,signingService:s}={}){let a=await this.credentialProvider();this.validateResolvedCredentials(
a);let c=i??await this.regionProvider(),l=Nf(e),{longDate:u,shortDate:d}=this.formatDate(r),m=bc(d,c,s??this.service);l.headers[Pf]=u,a.sessionToken&&(l.headers[SI]=
a.sessionToken);let f=await Oc(l,this.sha256);!FI(Zi,l.headers)&&this.applyChecksum&&(l.headers[Zi]=f);let g=Of(l,n,o),y=await this.getSignature(u,m,this.getSigningKey(
a,c,d,s),this.createCanonicalRequest(l,g,f));return l.headers[Cf]=`${Cc} Credential=${a.accessKeyId}/${m}, SignedHeaders=${this.getCanonicalHeaderList(g)}, Sign\
ature=${y}`,l}async getSignature(e,r,o,n){let i=await this.createStringToSign(e,r,n,Cc),s=new this.sha256(await o);return s.update(Or(i)),Tt(await s.digest())}getSigningKey(e,r,o,n){
return DI(this.sha256,e,o,r,n||this.service)}}});var Nc,zI=p(()=>{Nc={SignatureV4a:null}});var Dc=p(()=>{GI();zI()});function PL(t,{credentials:e,credentialDefaultProvider:r}){let o;return e?e?.memoized?o=e:o=ac(e,sc,Wi):r?o=Rr(r(Object.assign({},t,{parentClientConfig:t}))):o=
async()=>{throw new Error("@aws-sdk/core::resolveAwsSdkSigV4Config - `credentials` not provided and no credentialDefaultProvider was configured.")},o.memoized=!0,
o}function AL(t,e){if(e.configBound)return e;let r=async o=>e({...o,callerClientConfig:t});return r.memoized=e.memoized,r.configBound=!0,r}var Df,jI=p(()=>{M();
ot();Dc();Df=t=>e=>{let r=e.credentials,o=!!e.credentials,n;Object.defineProperty(e,"credentials",{set(u){u&&u!==r&&u!==n&&(o=!0),r=u;let d=PL(e,{credentials:r,
credentialDefaultProvider:e.credentialDefaultProvider}),m=AL(e,d);if(o&&!m.attributed){let f=typeof r=="object"&&r!==null;n=async g=>{let h=await m(g);return f&&
(!h.$source||Object.keys(h.$source).length===0)?H(h,"CREDENTIALS_CODE","e"):h},n.memoized=m.memoized,n.configBound=m.configBound,n.attributed=!0}else n=m},get(){
return n},enumerable:!0,configurable:!0}),e.credentials=r;let{signingEscapePath:i=!0,systemClockOffset:s=e.systemClockOffset||0,sha256:a}=e,c;return e.signer?c=
Rr(e.signer):e.regionInfoProvider?c=()=>Rr(e.region)().then(async u=>[await e.regionInfoProvider(u,{useFipsEndpoint:await e.useFipsEndpoint(),useDualstackEndpoint:await e.
useDualstackEndpoint()})||{},u]).then(([u,d])=>{let{signingRegion:m,signingService:f}=u;e.signingRegion=e.signingRegion||m||d,e.signingName=e.signingName||f||e.
serviceId;let g={...e,credentials:e.credentials,region:e.signingRegion,service:e.signingName,sha256:a,uriEscapePath:i},y=e.signerConstructor||lo;return new y(g)}):
c=async u=>{u=Object.assign({},{name:"sigv4",signingName:e.signingName||e.defaultSigningName,signingRegion:await Rr(e.region)(),properties:{}},u);let d=u.signingRegion,
m=u.signingName;e.signingRegion=e.signingRegion||d,e.signingName=e.signingName||m||e.serviceId;let f={...e,credentials:e.credentials,region:e.signingRegion,service:e.
signingName,sha256:a,uriEscapePath:i},g=e.signerConstructor||lo;return new g(f)},Object.assign(e,{systemClockOffset:s,signingEscapePath:i,signer:c,disableClockSkewCorrection:Rr(
e.disableClockSkewCorrection??t)})}});var kf=p(()=>{Rf();rI();cI();pI();jI()});var OL,NL,VI,qI=p(()=>{k();OL="AWS_DISABLE_CLOCK_SKEW_CORRECTION",NL="disable_clock_skew_correction",VI={environmentVariableSelector:t=>Pt(t,OL,Ye.ENV),configFileSelector:t=>Pt(
t,NL,Ye.CONFIG),default:!1}});var WI,KI=p(()=>{k();qI();WI=w(VI)});var lr,Ie=p(()=>{kf();kf();KI();lr=Df(WI)});var es,ts,$f,Lf,Ff,Uf,kc,tT=p(()=>{M();k();es="AWS_ACCESS_KEY_ID",ts="AWS_SECRET_ACCESS_KEY",$f="AWS_SESSION_TOKEN",Lf="AWS_CREDENTIAL_EXPIRATION",Ff="AWS_CREDE\
NTIAL_SCOPE",Uf="AWS_ACCOUNT_ID",kc=t=>async()=>{t?.logger?.debug("@aws-sdk/credential-provider-env - fromEnv");let e=process.env[es],r=process.env[ts],o=process.
env[$f],n=process.env[Lf],i=process.env[Ff],s=process.env[Uf];if(e&&r){let a={accessKeyId:e,secretAccessKey:r,...o&&{sessionToken:o},...n&&{expiration:new Date(
n)},...i&&{credentialScope:i},...s&&{accountId:s}};return H(a,"CREDENTIALS_ENV_VARS","g"),a}throw new R("Unable to find environment variable credentials.",{logger:t?.
logger})}});var rT={};nr(rT,{ENV_ACCOUNT_ID:()=>Uf,ENV_CREDENTIAL_SCOPE:()=>Ff,ENV_EXPIRATION:()=>Lf,ENV_KEY:()=>es,ENV_SECRET:()=>ts,ENV_SESSION:()=>$f,fromEnv:()=>kc});var Mf=p(
()=>{tT()});var $c,Lc,Hf=p(()=>{$c=t=>!!t&&typeof t=="object"&&typeof t.AccessKeyId=="string"&&typeof t.SecretAccessKey=="string"&&typeof t.Token=="string"&&typeof t.Expiration==
"string",Lc=t=>({accessKeyId:t.AccessKeyId,secretAccessKey:t.SecretAccessKey,sessionToken:t.Token,expiration:new Date(t.Expiration),...t.AccountId&&{accountId:t.
AccountId}})});var oT,nT,Un,Fc=p(()=>{oT=1e3,nT=0,Un=({maxRetries:t=0,timeout:e=1e3})=>({maxRetries:t,timeout:e})});var Bf,iT=p(()=>{Bf=Yr(require("node:http"))});function uo(t){return new Promise((e,r)=>{let o=Bf.default.request({method:"GET",...t,hostname:t.hostname?.replace(/^\[(.+)\]$/,"$1")});o.on("error",n=>{r(Object.
assign(new Be("Unable to connect to instance metadata service"),n)),o.destroy()}),o.on("timeout",()=>{r(new Be("TimeoutError from instance metadata service")),o.
destroy()}),o.on("response",n=>{let{statusCode:i=400}=n;(i<200||300<=i)&&(r(Object.assign(new Be("Error response received from instance metadata service"),{statusCode:i})),
o.destroy());let s=[];n.on("data",a=>{s.push(a)}),n.on("end",()=>{e(Buffer.concat(s)),o.destroy()})}),o.end()})}var Uc=p(()=>{k();iT()});var rs,Gf=p(()=>{rs=(t,e)=>{let r=t();for(let o=0;o<e;o++)r=r.catch(t);return r}});var Mn,os,Mc,sT,$L,LL,FL,UL,ML,aT=p(()=>{k();Hf();Fc();Uc();Gf();Mn="AWS_CONTAINER_CREDENTIALS_FULL_URI",os="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",Mc="AWS_CON\
TAINER_AUTHORIZATION_TOKEN",sT=(t={})=>{let{timeout:e,maxRetries:r}=Un(t);return()=>rs(async()=>{let o=await ML({logger:t.logger}),n=JSON.parse(await $L(e,o));if(!$c(
n))throw new R("Invalid response received from instance metadata service.",{logger:t.logger});return Lc(n)},r)},$L=async(t,e)=>(process.env[Mc]&&(e.headers={...e.
headers,Authorization:process.env[Mc]}),(await uo({...e,timeout:t})).toString()),LL="169.254.170.2",FL=new Set(["localhost","127.0.0.1"]),UL=new Set(["http:","h\
ttps:"]),ML=async({logger:t})=>{if(process.env[os])return{hostname:LL,path:process.env[os]};if(process.env[Mn]){let e;try{e=new URL(process.env[Mn])}catch{throw new R(
`${process.env[Mn]} is not a valid container metadata service URL`,{tryNextLink:!1,logger:t})}if(!e.hostname||!FL.has(e.hostname))throw new R(`${e.hostname} is \
not a valid container metadata service hostname`,{tryNextLink:!1,logger:t});if(!e.protocol||!UL.has(e.protocol))throw new R(`${e.protocol} is not a valid contai\
ner metadata service protocol`,{tryNextLink:!1,logger:t});return{protocol:e.protocol,hostname:e.hostname,path:e.pathname+e.search,port:e.port?parseInt(e.port,10):
void 0}}throw new R(`The container metadata credential provider cannot be used unless the ${os} or ${Mn} environment variable is set`,{tryNextLink:!1,logger:t})}});var Hc,cT=p(()=>{k();Hc=class t extends R{tryNextLink;name="InstanceMetadataV1FallbackError";constructor(e,r=!0){super(e,r),this.tryNextLink=r,Object.setPrototypeOf(
this,t.prototype)}}});var Xo,zf=p(()=>{(function(t){t.IPv4="http://169.254.169.254",t.IPv6="http://[fd00:ec2::254]"})(Xo||(Xo={}))});var HL,BL,pT,lT=p(()=>{HL="AWS_EC2_METADATA_SERVICE_ENDPOINT",BL="ec2_metadata_service_endpoint",pT={environmentVariableSelector:t=>t[HL],configFileSelector:t=>t[BL],
default:void 0}});var mo,jf=p(()=>{(function(t){t.IPv4="IPv4",t.IPv6="IPv6"})(mo||(mo={}))});var GL,zL,uT,dT=p(()=>{jf();GL="AWS_EC2_METADATA_SERVICE_ENDPOINT_MODE",zL="ec2_metadata_service_endpoint_mode",uT={environmentVariableSelector:t=>t[GL],configFileSelector:t=>t[zL],
default:mo.IPv4}});var Bc,jL,VL,Vf=p(()=>{k();U();zf();lT();jf();dT();Bc=async()=>ye(await jL()||await VL()),jL=async()=>w(pT)(),VL=async()=>{let t=await w(uT)();switch(t){case mo.
IPv4:return Xo.IPv4;case mo.IPv6:return Xo.IPv6;default:throw new Error(`Unsupported endpoint mode: ${t}. Select from ${Object.values(mo)}`)}}});var qL,qf,mT=p(()=>{qL="https://docs.aws.amazon.com/sdkref/latest/guide/feature-static-credentials.html",qf=(t,e)=>{let r=300+Math.floor(Math.random()*300),o=new Date(
Date.now()+r*1e3);e.warn(`Attempting credential expiration extension due to a credential service availability issue. A refresh of these credentials will be atte\
mpted after ${new Date(o)}.
For more information, please visit: `+qL);let n=t.originalExpiration??t.expiration;return{...t,...n?{originalExpiration:n}:{},expiration:o}}});var fT,gT=p(()=>{mT();fT=(t,e={})=>{let r=e?.logger||console,o;return async()=>{let n;try{n=await t(),n.expiration&&n.expiration.getTime()<Date.now()&&(n=qf(n,r))}catch(i){
if(o)r.warn("Credential renew failed: ",i),n=qf(o,r);else throw i}return o=n,n}}});var ET,WL,Wf,hT,yT,ST,KL,JL,YL,XL,xT=p(()=>{k();cT();Hf();Fc();Uc();Gf();Vf();gT();ET="/latest/meta-data/iam/security-credentials/",WL="/latest/api/token",Wf="A\
WS_EC2_METADATA_V1_DISABLED",hT="ec2_metadata_v1_disabled",yT="x-aws-ec2-metadata-token",ST=(t={})=>fT(KL(t),{logger:t.logger}),KL=(t={})=>{let e=!1,{logger:r,profile:o}=t,
{timeout:n,maxRetries:i}=Un(t),s=async(a,c)=>{if(e||c.headers?.[yT]==null){let d=!1,m=!1,f=await w({environmentVariableSelector:g=>{let y=g[Wf];if(m=!!y&&y!=="f\
alse",y===void 0)throw new R(`${Wf} not set in env, checking config file next.`,{logger:t.logger});return m},configFileSelector:g=>{let y=g[hT];return d=!!y&&y!==
"false",d},default:!1},{profile:o})();if(t.ec2MetadataV1Disabled||f){let g=[];throw t.ec2MetadataV1Disabled&&g.push("credential provider initialization (runtime\
 option ec2MetadataV1Disabled)"),d&&g.push(`config file profile (${hT})`),m&&g.push(`process environment variable (${Wf})`),new Hc(`AWS EC2 Metadata v1 fallback\
 has been blocked by AWS SDK configuration in the following: [${g.join(", ")}].`)}}let u=(await rs(async()=>{let d;try{d=await YL(c)}catch(m){throw m.statusCode===
401&&(e=!1),m}return d},a)).trim();return rs(async()=>{let d;try{d=await XL(u,c,t)}catch(m){throw m.statusCode===401&&(e=!1),m}return d},a)};return async()=>{let a=await Bc();
if(e)return r?.debug("AWS SDK Instance Metadata","using v1 fallback (no token fetch)"),s(i,{...a,timeout:n});{let c;try{c=(await JL({...a,timeout:n})).toString()}catch(l){
if(l?.statusCode===400)throw Object.assign(l,{message:"EC2 Metadata token request returned error"});return(l.message==="TimeoutError"||[403,404,405].includes(l.
statusCode))&&(e=!0),r?.debug("AWS SDK Instance Metadata","using v1 fallback (initial)"),s(i,{...a,timeout:n})}return s(i,{...a,headers:{[yT]:c},timeout:n})}}},
JL=async t=>uo({...t,path:WL,method:"PUT",headers:{"x-aws-ec2-metadata-token-ttl-seconds":"21600"}}),YL=async t=>(await uo({...t,path:ET})).toString(),XL=async(t,e,r)=>{
let o=JSON.parse((await uo({...e,path:ET+t})).toString());if(!$c(o))throw new R("Invalid response received from instance metadata service.",{logger:r.logger});return Lc(
o)}});var Gc={};nr(Gc,{DEFAULT_MAX_RETRIES:()=>nT,DEFAULT_TIMEOUT:()=>oT,ENV_CMDS_AUTH_TOKEN:()=>Mc,ENV_CMDS_FULL_URI:()=>Mn,ENV_CMDS_RELATIVE_URI:()=>os,Endpoint:()=>Xo,
fromContainerMetadata:()=>sT,fromInstanceMetadata:()=>ST,getInstanceMetadataEndpoint:()=>Bc,httpRequest:()=>uo,providerConfigFromInit:()=>Un});var zc=p(()=>{aT();
xT();Fc();Uc();Vf();zf()});function Kf(t){let e=t&&typeof t=="object"&&"reason"in t?t.reason:void 0;if(e){if(e instanceof Error){let n=new Error("Request aborted");return n.name="AbortErr\
or",n.cause=e,n}let o=new Error(String(e));return o.name="AbortError",o}let r=new Error("Request aborted");return r.name="AbortError",r}var RT=p(()=>{});var _T,wT=p(()=>{_T=["ECONNRESET","EPIPE","ETIMEDOUT"]});var IT,TT=p(()=>{$();IT=t=>{let e={};for(let r in t){if(!b(t,r))continue;let o=t[r];e[r]=Array.isArray(o)?o.join(","):o}return e}});var Hn,vT=p(()=>{Hn=Yr(require("node:https"))});var ce,Qo=p(()=>{ce={setTimeout:(t,e)=>setTimeout(t,e),clearTimeout:t=>clearTimeout(t)}});var CT,PT,AT=p(()=>{Qo();CT=1e3,PT=(t,e,r=0)=>{if(!r)return-1;let o=n=>{let i=ce.setTimeout(()=>{t.destroy(),e(Object.assign(new Error(`@smithy/node-http-handle\
r - the request socket did not establish a connection with the server within the configured timeout of ${r} ms.`),{name:"TimeoutError"}))},r-n),s=a=>{a?.connecting?
a.on("connect",()=>{ce.clearTimeout(i)}):ce.clearTimeout(i)};t.socket?s(t.socket):t.on("socket",s)};return r<2e3?(o(0),0):ce.setTimeout(o.bind(null,CT),CT)}});var bT,OT=p(()=>{Qo();bT=(t,e,r=0,o,n)=>r?ce.setTimeout(()=>{let i=`@smithy/node-http-handler - [${o?"ERROR":"WARN"}] a request has exceeded the configured ${r}\
 ms requestTimeout.`;if(o){let s=Object.assign(new Error(i),{name:"TimeoutError",code:"ETIMEDOUT"});t.destroy(s),e(s)}else i+=" Init client requestHandler with \
throwOnRequestTimeout=true to turn this into an error.",n?.warn?.(i)},r):-1});var QL,NT,DT=p(()=>{Qo();QL=3e3,NT=(t,{keepAlive:e,keepAliveMsecs:r},o=QL)=>{if(e!==!0)return-1;let n=()=>{t.socket?t.socket.setKeepAlive(e,r||0):t.on("socket",
i=>{i.setKeepAlive(e,r||0)})};return o===0?(n(),0):ce.setTimeout(n,o)}});var jc,kT=p(()=>{jc=t=>{let e=t?.defaultSocketTimeout;return typeof e=="number"&&Number.isFinite(e)&&e>0?e:void 0}});var ZL,Jf,$T=p(()=>{Qo();ZL=3e3,Jf=(t,e,r=0,o=!1)=>{if(!Number.isFinite(r)||r<=0)return;let n;t.once("response",c=>n=c);let i=()=>{if(n?.complete){t.socket?.destroy();
return}let c=Object.assign(new Error(`@smithy/node-http-handler - the request socket timed out after ${r} ms of inactivity (${o?"service default socket timeout":
"configured by client requestHandler"}).`),{name:"TimeoutError"});n?.destroy(c),t.destroy(),e(c)},s=()=>{let{socket:c}=t;c?c.connecting?c.once("connect",s):(c.setTimeout(
r,i),t.on("close",()=>c.removeListener("timeout",i))):t.once("socket",s)};if(r<6e3){s();return}let a=ce.setTimeout(s,ZL);t.once("close",()=>ce.clearTimeout(a))}});async function UT(t,e,r=LT,o=!1){let n=e.headers,i=n?n.Expect||n.expect:void 0,s=-1,a=!0;!o&&i==="100-continue"&&(a=await Promise.race([new Promise(c=>{s=Number(
ce.setTimeout(()=>c(!0),Math.max(LT,r)))}),new Promise(c=>{t.on("continue",()=>{ce.clearTimeout(s),c(!0)}),t.on("response",()=>{ce.clearTimeout(s),c(!1)}),t.on(
"error",()=>{ce.clearTimeout(s),c(!1)})})])),a&&e1(t,e.body)}function e1(t,e){if(e instanceof FT.Readable){e.pipe(t);return}if(e){let r=Buffer.isBuffer(e);if(r||
typeof e=="string"){r&&e.byteLength===0?t.end():t.end(e);return}let n=e;if(typeof n=="object"&&n.buffer&&typeof n.byteOffset=="number"&&typeof n.byteLength=="nu\
mber"){t.end(Buffer.from(n.buffer,n.byteOffset,n.byteLength));return}t.end(Buffer.from(e));return}t.end()}var FT,LT,MT=p(()=>{FT=require("node:stream");Qo();LT=
6e3});var Vc,HT,ke,BT=p(()=>{$();U();RT();wT();TT();vT();AT();OT();DT();kT();$T();Qo();MT();ke=class t{config;configProvider;socketWarningTimestamp=0;externalAgent=!1;metadata={
handlerProtocol:"http/1.1"};static create(e){return typeof e?.handle=="function"?e:new t(e)}static checkSocketUsage(e,r,o=console){let{sockets:n,requests:i,maxSockets:s}=e;
if(typeof s!="number"||s===1/0||Date.now()-15e3<r)return r;if(n&&i)for(let c in n){if(!b(n,c))continue;let l=n[c]?.length??0,u=i[c]?.length??0;if(l>=s&&u>=2*s)return o?.
warn?.(`@smithy/node-http-handler:WARN - socket usage at capacity=${l} and ${u} additional requests are enqueued.
See https://docs.aws.amazon.com/sdk-for-javascript/v3/developer-guide/node-configuring-maxsockets.html
or increase socketAcquisitionWarningTimeout=(millis) in the NodeHttpHandler config.`),Date.now()}return r}constructor(e){this.configProvider=new Promise((r,o)=>{
typeof e=="function"?e().then(n=>{r(this.resolveDefaultConfig(n))}).catch(o):r(this.resolveDefaultConfig(e))})}destroy(){this.config?.httpAgent?.destroy(),this.
config?.httpsAgent?.destroy()}async handle(e,{abortSignal:r,requestTimeout:o}={}){this.config||(this.config=await this.configProvider);let n=this.config,i=n.logger,
s=e.protocol==="https:";return!s&&!this.config.httpAgent&&(this.config.httpAgent=await this.config.httpAgentProvider()),new Promise((a,c)=>{let l,u=-1,d=-1,m=-1,
f=-1,g=()=>{ce.clearTimeout(u),ce.clearTimeout(d),ce.clearTimeout(m),ce.clearTimeout(f)},y=async V=>{await l,g(),a(V)},h=async V=>{await l,g(),c(V)};if(r?.aborted){
let V=Kf(r);h(V);return}let x=e.headers,S=x?(x.Expect??x.expect)==="100-continue":!1,C=s?n.httpsAgent:n.httpAgent;S&&!this.externalAgent&&(C=new(s?Hn.default.Agent:
Vc)({keepAlive:!1,maxSockets:1/0})),u=ce.setTimeout(()=>{this.socketWarningTimestamp=t.checkSocketUsage(C,this.socketWarningTimestamp,i)},n.socketAcquisitionWarningTimeout??
(n.requestTimeout??2e3)+(n.connectionTimeout??1e3));let A=e.query?Mm(e.query):"",L;if(e.username!=null||e.password!=null){let V=e.username??"",fr=e.password??"";
L=`${V}:${fr}`}let X=e.path;A&&(X+=`?${A}`),e.fragment&&(X+=`#${e.fragment}`);let Ae=e.hostname??"";Ae[0]==="["&&Ae.endsWith("]")?Ae=e.hostname.slice(1,-1):Ae=e.
hostname;let or={headers:e.headers,host:Ae,method:e.method,path:X,port:e.port,agent:C,auth:L},le=(s?Hn.default.request:HT)(or,V=>{let fr=new Ke({statusCode:V.statusCode||
-1,reason:V.statusMessage,headers:IT(V.headers),body:V});y({response:fr})});if(le.on("error",V=>{_T.includes(V.code)?h(Object.assign(V,{name:"TimeoutError"})):h(
V)}),r){let V=()=>{le.destroy();let fr=Kf(r);h(fr)};if(typeof r.addEventListener=="function"){let fr=r;fr.addEventListener("abort",V,{once:!0}),le.once("close",
()=>fr.removeEventListener("abort",V))}else r.onabort=V}let be=o??n.requestTimeout;d=PT(le,h,n.connectionTimeout),m=bT(le,h,be,n.throwOnRequestTimeout,i??console);
let st=n.socketTimeout===void 0?jc(n):void 0;st?Jf(le,h,st,!0):Jf(le,h,n.socketTimeout);let We=or.agent;typeof We=="object"&&"keepAlive"in We&&(f=NT(le,{keepAlive:We.
keepAlive,keepAliveMsecs:We.keepAliveMsecs})),l=UT(le,e,be,this.externalAgent).catch(V=>(g(),c(V)))})}updateHttpClientConfig(e,r){this.config=void 0,this.configProvider=
this.configProvider.then(o=>{switch(e){case Symbol.for("logger"):e="logger",r=o.logger??r;break;case Symbol.for("@smithy/defaultSocketTimeout"):e="defaultSocket\
Timeout",r=jc(o)??r;break}return{...o,[e]:r}})}httpHandlerConfigs(){return this.config??{}}resolveDefaultConfig(e){let{requestTimeout:r,connectionTimeout:o,socketTimeout:n,
socketAcquisitionWarningTimeout:i,httpAgent:s,httpsAgent:a,throwOnRequestTimeout:c,logger:l}=e||{},u=!0,d=50,m;return{connectionTimeout:o,requestTimeout:r,socketTimeout:n,
defaultSocketTimeout:jc(e),socketAcquisitionWarningTimeout:i,throwOnRequestTimeout:c,httpAgentProvider:()=>m??=(async()=>{let f=await Promise.resolve().then(()=>Yr(am())),
{Agent:g,request:y}=f.default??f;return HT=y,Vc=g,s instanceof Vc||typeof s?.destroy=="function"?(this.externalAgent=!0,s):new Vc({keepAlive:u,maxSockets:d,...s})})(),
httpsAgent:a instanceof Hn.default.Agent||typeof a?.destroy=="function"?(this.externalAgent=!0,a):new Hn.default.Agent({keepAlive:u,maxSockets:d,...a}),logger:l}}}});var fo=p(()=>{BT();$()});var t1,r1,o1,GT,zT=p(()=>{k();t1="169.254.170.2",r1="169.254.170.23",o1="[fd00:ec2::23]",GT=(t,e)=>{if(t.protocol!=="https:"&&!(t.hostname===t1||t.hostname===r1||
t.hostname===o1)){if(t.hostname.includes("[")){if(t.hostname==="[::1]"||t.hostname==="[0000:0000:0000:0000:0000:0000:0000:0001]")return}else{if(t.hostname==="lo\
calhost")return;let r=t.hostname.split("."),o=n=>{let i=parseInt(n,10);return 0<=i&&i<=255};if(r[0]==="127"&&o(r[1])&&o(r[2])&&o(r[3])&&r.length===4)return}throw new R(
`URL not accepted. It must either be HTTPS or match one of the following:
  - loopback CIDR 127.0.0.0/8 or [::1/128]
  - ECS container host 169.254.170.2
  - EKS container host 169.254.170.23 or [fd00:ec2::23]`,{logger:e})}}});function jT(t){return new z({protocol:t.protocol,hostname:t.hostname,port:Number(t.port),path:t.pathname,query:Array.from(t.searchParams.entries()).reduce((e,[r,
o])=>(e[r]=o,e),{}),fragment:t.hash})}async function VT(t,e){let o=await Bi(t.body).transformToString();if(t.statusCode===200){let n=JSON.parse(o);if(typeof n.AccessKeyId!=
"string"||typeof n.SecretAccessKey!="string"||typeof n.Token!="string"||typeof n.Expiration!="string")throw new R("HTTP credential provider response not of the \
required format, an object matching: { AccessKeyId: string, SecretAccessKey: string, Token: string, Expiration: string(rfc3339) }",{logger:e});return{accessKeyId:n.
AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.Token,expiration:_d(n.Expiration)}}if(t.statusCode>=400&&t.statusCode<500){let n={};try{n=JSON.parse(
o)}catch{}throw Object.assign(new R(`Server responded with status: ${t.statusCode}`,{logger:e}),{Code:n.Code,Message:n.Message})}throw new R(`Server responded w\
ith status: ${t.statusCode}`,{logger:e})}var qT=p(()=>{k();U();$();$()});var WT,KT=p(()=>{WT=(t,e,r)=>async()=>{for(let o=0;o<e;++o)try{return await t()}catch{await new Promise(i=>setTimeout(i,r))}return await t()}});var YT,n1,i1,s1,a1,c1,XT,JT,QT=p(()=>{M();k();fo();YT=Yr(require("node:fs/promises"));zT();qT();KT();n1="AWS_CONTAINER_CREDENTIALS_RELATIVE_URI",i1="http://169.\
254.170.2",s1="AWS_CONTAINER_CREDENTIALS_FULL_URI",a1="AWS_CONTAINER_AUTHORIZATION_TOKEN_FILE",c1="AWS_CONTAINER_AUTHORIZATION_TOKEN",XT=(t={})=>{t.logger?.debug(
"@aws-sdk/credential-provider-http - fromHttp");let e,r=t.awsContainerCredentialsRelativeUri??process.env[n1],o=t.awsContainerCredentialsFullUri??process.env[s1],
n=t.awsContainerAuthorizationToken??process.env[c1],i=t.awsContainerAuthorizationTokenFile??process.env[a1],s=t.logger?.constructor?.name==="NoOpLogger"||!t.logger?.
warn?console.warn:t.logger.warn.bind(t.logger);if(r&&o&&(s("@aws-sdk/credential-provider-http: you have set both awsContainerCredentialsRelativeUri and awsConta\
inerCredentialsFullUri."),s("awsContainerCredentialsRelativeUri will take precedence.")),n&&i&&(s("@aws-sdk/credential-provider-http: you have set both awsConta\
inerAuthorizationToken and awsContainerAuthorizationTokenFile."),s("awsContainerAuthorizationTokenFile will take precedence.")),r)e=`${i1}${r}`;else if(o)e=o;else
throw new R(`No HTTP credential provider host provided.
Set AWS_CONTAINER_CREDENTIALS_FULL_URI or AWS_CONTAINER_CREDENTIALS_RELATIVE_URI.`,{logger:t.logger});let a=new URL(e);GT(a,t.logger);let c=ke.create({connectionTimeout:t.
timeout??1e3}),l=t.timeout??1e3,u=WT(async()=>{let d=jT(a);i?d.headers.Authorization=JT((await YT.default.readFile(i)).toString()):n&&(d.headers.Authorization=JT(
n));try{let m=await c.handle(d,{requestTimeout:l});return VT(m.response).then(f=>H(f,"CREDENTIALS_HTTP","z"))}catch(m){throw new R(String(m),{logger:t.logger})}},
t.maxRetries??3,t.timeout??1e3);return async()=>{try{return await u()}finally{c.destroy?.()}}},JT=t=>{if(t.includes(`\r
`))throw new R("Authorization token contains invalid \\r\\n sequence.");return t}});var Yf={};nr(Yf,{fromHttp:()=>XT});var Xf=p(()=>{QT()});var qc,Qf=p(()=>{qc=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var Bn,Wc=p(()=>{Bn="To refresh this SSO session run 'aws sso login' with the corresponding profile."});function l1(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sso-oauth",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function u1(t){return{schemeId:"smithy.api#noAuth"}}var r0,o0,n0,Zf=p(()=>{Ie();T();r0=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});o0=t=>{let e=[];return t.operation==="CreateToken"?e.push(u1(t)):e.push(l1(t)),
e},n0=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var i0,s0,eg=p(()=>{i0=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"sso-oauth"}),
s0={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var go,ns=p(()=>{go={name:"@aws-sdk/nested-clients",version:"3.998.5"}});var ho,Kc=p(()=>{T();Q();ho=class{queryCompat;errorRegistry;constructor(e=!1){this.queryCompat=e}resolveRestContentType(e,r){let o=r.getMemberSchemas(),n=Object.
values(o).find(i=>!!i.getMergedTraits().httpPayload);if(n){let i=n.getMergedTraits().mediaType;return i||(n.isStringSchema()?"text/plain":n.isBlobSchema()?"appl\
ication/octet-stream":e)}else if(!r.isUnitSchema()&&Object.values(o).find(s=>{let{httpQuery:a,httpQueryParams:c,httpHeader:l,httpLabel:u,httpPrefixHeaders:d}=s.
getMergedTraits();return!a&&!c&&!l&&!u&&d===void 0}))return e}async getErrorSchemaOrThrowBaseException(e,r,o,n,i,s){let a=e;e.includes("#")&&([,a]=e.split("#"));
let c={$metadata:i,$fault:o.statusCode<500?"client":"server"};if(!this.errorRegistry)throw new Error("@aws-sdk/core/protocols - error handler not initialized.");
try{return{errorSchema:s?.(this.errorRegistry,a)??this.errorRegistry.getSchema(e),errorMetadata:c}}catch{n.message=n.message??n.Message??"UnknownError";let u=this.
errorRegistry,d=u.getBaseException();if(d){let g=u.getErrorCtor(d)??Error;throw this.decorateServiceException(Object.assign(new g({name:a}),c),n)}let m=n,f=m?.message??
m?.Message??m?.Error?.Message??m?.Error?.message;throw this.decorateServiceException(Object.assign(new Error(f),{name:a},c),n)}}compose(e,r,o){let n=o;r.includes(
"#")&&([n]=r.split("#"));let i=Z.for(n),s=Z.for("smithy.ts.sdk.synthetic."+o);e.copyFrom(i),e.copyFrom(s),this.errorRegistry=e}decorateServiceException(e,r={}){
if(this.queryCompat){let o=e.Message??r.Message,n=ka(e,r);o&&(n.message=o);let i=n.Error??{};i.Type=n.Error?.Type,i.Code=n.Error?.Code,i.Message=n.Error?.message??
n.Error?.Message??o,n.Error=i;let s=n.$metadata.requestId;return s&&(n.RequestId=s),n}return ka(e,r)}setQueryCompatError(e,r){let o=r.headers?.["x-amzn-query-er\
ror"];if(e!==void 0&&o!=null){let[n,i]=o.split(";"),s=Object.keys(e),a={Code:n,Type:i};e.Code=n,e.Type=i;for(let c=0;c<s.length;c++){let l=s[c];a[l==="message"?
"Message":l]=e[l]}delete a.__type,e.Error=a}}queryCompatOutput(e,r){e.Error&&(r.Error=e.Error),e.Type&&(r.Type=e.Type),e.Code&&(r.Code=e.Code)}findQueryCompatibleError(e,r){
try{return e.getSchema(r)}catch{return e.find(n=>F.of(n).getMergedTraits().awsQueryError?.[0]===r)}}}});var Jc,a0=p(()=>{U();Q();Kc();Jc=class extends Vo{serializer;deserializer;serviceTarget;codec;mixin;awsQueryCompatible;constructor({defaultNamespace:e,errorTypeRegistries:r,
serviceTarget:o,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,errorTypeRegistries:r}),this.serviceTarget=o,this.codec=i??new Ko({timestampFormat:{
useTrait:!0,default:7},jsonName:!1}),this.serializer=this.codec.createSerializer(),this.deserializer=this.codec.createDeserializer(),this.awsQueryCompatible=!!n,
this.mixin=new ho(this.awsQueryCompatible)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,o);return n.path.endsWith("/")||(n.path+="/"),n.
headers["content-type"]=`application/x-amz-json-${this.getJsonRpcVersion()}`,n.headers["x-amz-target"]=`${this.serviceTarget}.${e.name}`,this.awsQueryCompatible&&
(n.headers["x-amzn-query-mode"]="true"),(Br(e.input)==="unit"||!n.body)&&(n.body="{}"),n}getPayloadCodec(){return this.codec}async handleError(e,r,o,n,i){let{awsQueryCompatible:s}=this;
s&&this.mixin.setQueryCompatError(n,o);let a=Km(o,n,s)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,a,this.options.defaultNamespace);let{errorSchema:c,
errorMetadata:l}=await this.mixin.getErrorSchemaOrThrowBaseException(a,this.options.defaultNamespace,o,n,i,s?this.mixin.findQueryCompatibleError:void 0),u=F.of(
c),d=n.message??n.Message??"UnknownError",m=this.compositeErrorRegistry.getErrorCtor(c)??Error,f=new m({}),g={},y=this.codec.createDeserializer();for(let[h,x]of u.
structIterator())n[h]!=null&&(g[h]=y.readObject(x,n[h]));throw s&&this.mixin.queryCompatOutput(n,g),this.mixin.decorateServiceException(Object.assign(f,l,{$fault:u.
getMergedTraits().error,message:d},g),n)}}});var Zo,c0=p(()=>{a0();Zo=class extends Jc{constructor({defaultNamespace:e,errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:i}){super({defaultNamespace:e,
errorTypeRegistries:r,serviceTarget:o,awsQueryCompatible:n,jsonCodec:i})}getShapeId(){return"aws.protocols#awsJson1_1"}getJsonRpcVersion(){return"1.1"}getDefaultContentType(){
return"application/x-amz-json-1.1"}}});var Vr,p0=p(()=>{U();Q();Kc();Vr=class extends zi{serializer;deserializer;codec;mixin=new ho;constructor({defaultNamespace:e,errorTypeRegistries:r,jsonCodec:o}){
super({defaultNamespace:e,errorTypeRegistries:r});let n={timestampFormat:{useTrait:!0,default:7},httpBindings:!0,jsonName:!0};this.codec=o??new Ko(n),this.serializer=
new Vi(this.codec.createSerializer(),n),this.deserializer=new ji(this.codec.createDeserializer(),n)}getShapeId(){return"aws.protocols#restJson1"}getPayloadCodec(){
return this.codec}setSerdeContext(e){this.codec.setSerdeContext(e),super.setSerdeContext(e)}async serializeRequest(e,r,o){let n=await super.serializeRequest(e,r,
o),i=F.of(e.input);if(!n.headers["content-type"]){let s=this.mixin.resolveRestContentType(this.getDefaultContentType(),i);s&&(n.headers["content-type"]=s)}return n.
body==null&&n.headers["content-type"]===this.getDefaultContentType()&&(n.body="{}"),n}async deserializeResponse(e,r,o){let n=await super.deserializeResponse(e,r,
o),i=F.of(e.output);for(let[s,a]of i.structIterator())a.getMemberTraits().httpPayload&&!(s in n)&&(n[s]=null);return n}async handleError(e,r,o,n,i){let s=Wm(o,n)??
"Unknown";this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace);let{errorSchema:a,errorMetadata:c}=await this.mixin.getErrorSchemaOrThrowBaseException(
s,this.options.defaultNamespace,o,n,i),l=F.of(a),u=n.message??n.Message??"UnknownError",d=this.compositeErrorRegistry.getErrorCtor(a)??Error,m=new d({});await this.
deserializeHttpMessage(a,r,o,n);let f={},g=this.codec.createDeserializer();for(let[y,h]of l.structIterator()){let x=h.getMergedTraits().jsonName??y;f[y]=g.readObject(
h,n[x])}throw this.mixin.decorateServiceException(Object.assign(m,c,{$fault:l.getMergedTraits().error,message:u},f),n)}getDefaultContentType(){return"applicatio\
n/json"}}});function tg(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}function og(t){return new rg(t).parse()}var rg,l0=p(
()=>{rg=class t{x;i=0;z;constructor(e){this.x=e,this.x=e.replace(/\r\n?/g,`
`),this.z=this.x.length}parse(){let e=this,{z:r}=e;for(;e.i<r&&(e.trim(),!(e.i>=r));)if(e.isNext("<?"))e.readTo("?>"),e.trim();else if(e.isNext("<!--"))e.readTo(
"-->"),e.trim();else if(e.isNext("<!DOCTYPE",!1))e.skipDoctype(),e.trim();else if(e.x[e.i]==="<"){let o=e.parseTag();return{[o.tag]:o.value}}else throw new Error(
"@aws-sdk XML parse error: unexpected content.");throw new Error("@aws-sdk XML parse error: no root element.")}isNext(e,r=!0){let o=this;return r?o.x.startsWith(
e,o.i):o.x.toLowerCase().startsWith(e.toLowerCase(),o.i)}readTo(e){let r=this,o=r.x.indexOf(e,r.i);if(o===-1)throw new Error(`@aws-sdk XML parse error: expected\
 "${e}" not found.`);let n=r.x.slice(r.i,o);return r.i=o+e.length,n}trim(){let e=this;for(;e.i<e.z&&` 	\r
`.includes(e.x[e.i]);)++e.i}readAttrValue(){let e=this,r=e.x[e.i];++e.i;let o="";for(;e.i<e.z&&e.x[e.i]!==r;)o+=e.x[e.i++];return++e.i,e.decodeEntities(o)}parseTag(){
let e=this;++e.i;let r="";for(;e.i<e.z&&!` 	\r
>/`.includes(e.x[e.i]);)r+=e.x[e.i++];let o=!1,n={};for(;e.i<e.z&&(e.trim(),!">/".includes(e.x[e.i]));){let u="";for(;e.i<e.z&&!`= 	\r
>/?`.includes(e.x[e.i]);)u+=e.x[e.i++];if(e.trim(),e.x[e.i]!=="=")break;++e.i,e.trim(),u==="__proto__"&&tg(n),n[u]=e.readAttrValue(),o=!0}if(e.i>=e.z)throw new Error(
"@aws-sdk XML parse error: unexpected end of input.");if(e.x[e.i]==="/"){if(++e.i,e.i>=e.z||e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected >\
 at the end of self-closing tag.");return++e.i,{tag:r,value:o?n:""}}if(e.x[e.i]!==">")throw new Error("@aws-sdk XML parse error: expected > at the end of openin\
g tag.");++e.i;let i=[],s=[],a=!1;for(;e.i<e.z&&!e.isNext("</");)if(e.x[e.i]==="<")e.isNext("<!--")?e.readTo("-->"):e.isNext("<![CDATA[")?(e.i+=9,i.push(e.readTo(
"]]>"))):e.isNext("<?")?e.readTo("?>"):(a=!0,s.push(e.parseTag()));else{let u="";for(;e.i<e.z&&e.x[e.i]!=="<";)u+=e.x[e.i++];i.push(e.decodeEntities(u))}if(!e.isNext(
"</"))throw new Error(`@aws-sdk XML parse error: missing closing tag </${r}>.`);e.i+=2;let c=e.readTo(">").trim();if(c!==r)throw new Error(`@aws-sdk XML parse e\
rror: mismatched tags <${r}> and </${c}>.`);if(!o&&i.length===0&&!a)return{tag:r,value:""};if(!o&&!a){let u=i.length===1?i[0]:i.join("");return u.trim()===""&&u.
includes(`
`)?{tag:r,value:""}:{tag:r,value:u}}let l={};for(let u of i)u.trim()===""&&u.includes(`
`)||(l["#text"]="#text"in l?l["#text"]+u:u);for(let u of s)u.tag==="__proto__"&&tg(l),u.tag in l?Array.isArray(l[u.tag])?l[u.tag].push(u.value):l[u.tag]=[l[u.tag],
u.value]:l[u.tag]=u.value;for(let[u,d]of Object.entries(n))u==="__proto__"&&tg(l),l[u]=d;return{tag:r,value:l}}static ENTITIES={amp:"&",lt:"<",gt:">",quot:'"',apos:"\
'"};skipDoctype(){let e=this;e.i+=9;let r=0;for(;e.i<e.z;){let o=e.x[e.i];if(o==="[")++r;else if(o==="]")--r;else if(o===">"&&r===0){++e.i;return}++e.i}throw new Error(
"@aws-sdk XML parse error: unclosed DOCTYPE.")}decodeEntities(e){return e.replace(/&(?:#x([0-9a-fA-F]{1,6})|#(\d{1,7})|([a-zA-Z][a-zA-Z0-9]{0,30}));/g,(r,o,n,i)=>o?
String.fromCharCode(parseInt(o,16)):n?String.fromCharCode(parseInt(n,10)):t.ENTITIES[i]??"")}}});var u0=p(()=>{l0()});var Gn,ng=p(()=>{Gn=class{serdeContext;setSerdeContext(e){this.serdeContext=e}}});var Yc,d0=p(()=>{Yc=class{from;to;keys;constructor(e,r){this.from=e,this.to=r;let o=Object.keys(this.from),n=new Set(o);n.delete("__type"),this.keys=n}mark(e){this.
keys.delete(e)}hasUnknown(){return this.keys.size===1&&Object.keys(this.to).length===0}writeUnknown(){if(this.hasUnknown()){let e=this.keys.values().next().value,
r=this.from[e];this.to.$unknown=[e,r]}}}});function m0(t){Object.defineProperty(t,"__proto__",{value:void 0,writable:!0,enumerable:!0,configurable:!0})}var f0=p(()=>{});var Xc,g0=p(()=>{u0();T();U();Q();$();ng();d0();f0();Xc=class extends Gn{settings;stringDeserializer;constructor(e){super(),this.settings=e,this.stringDeserializer=
new qo(e)}setSerdeContext(e){this.serdeContext=e,this.stringDeserializer.setSerdeContext(e)}read(e,r,o){let n=F.of(e),i=n.getMemberSchemas();if(n.isStructSchema()&&
n.isMemberSchema()&&!!Object.values(i).find(l=>!!l.getMemberTraits().eventPayload)){let l={},u=Object.keys(i)[0];return i[u].isBlobSchema()?l[u]=r:l[u]=this.read(
i[u],r),l}let a=(this.serdeContext?.utf8Encoder??ee)(r),c=this.parseXml(a);return this.readSchema(e,o?c[o]:c)}readSchema(e,r){let o=F.of(e);if(o.isUnitSchema())
return;let n=o.getMergedTraits();if(o.isListSchema()&&!Array.isArray(r))return this.readSchema(o,[r]);if(r==null)return r;if(typeof r=="object"){let i=!!n.xmlFlattened;
if(o.isListSchema()){let a=o.getValueSchema(),c=[],l=a.getMergedTraits().xmlName??"member",u=i?r:(r[0]??r)[l];if(u==null)return c;let d=Array.isArray(u)?u:[u];for(let m of d)
c.push(this.readSchema(a,m));return c}let s={};if(o.isMapSchema()){let a=o.getKeySchema(),c=o.getValueSchema(),l;i?l=Array.isArray(r)?r:[r]:l=Array.isArray(r.entry)?
r.entry:[r.entry];let u=a.getMergedTraits().xmlName??"key",d=c.getMergedTraits().xmlName??"value";for(let m of l){let f=m[u],g=m[d];f==="__proto__"&&m0(s),s[f]=
this.readSchema(c,g)}return s}if(o.isStructSchema()){let a=o.isUnionSchema(),c;a&&(c=new Yc(r,s));for(let[l,u]of o.structIterator()){let d=u.getMergedTraits(),m=d.
httpPayload?d.xmlName??u.getName():u.getMemberTraits().xmlName??l;a&&c.mark(m),r[m]!=null&&(s[l]=this.readSchema(u,r[m]))}return a&&c.writeUnknown(),s}if(o.isDocumentSchema())
return r;throw new Error(`@aws-sdk/core/protocols - xml deserializer unhandled schema type for ${o.getName(!0)}`)}return o.isListSchema()?[]:o.isMapSchema()||o.
isStructSchema()?{}:this.stringDeserializer.read(o,r)}parseXml(e){if(e.length){let r;try{r=og(e)}catch(s){throw s&&typeof s=="object"&&Object.defineProperty(s,"\
$responseBodyText",{value:e}),s}let o="#text",n=Object.keys(r)[0],i=r[n];return i[o]&&(i[n]=i[o],delete i[o]),$a(i)}return{}}}});var Qc,h0=p(()=>{U();Q();$();$();ng();Qc=class extends Gn{settings;buffer;constructor(e){super(),this.settings=e}write(e,r,o=""){this.buffer===void 0&&(this.buffer=
"");let n=F.of(e);if(o&&!o.endsWith(".")&&(o+="."),n.isBlobSchema())(typeof r=="string"||r instanceof Uint8Array)&&(this.writeKey(o),this.writeValue((this.serdeContext?.
base64Encoder??he)(r)));else if(n.isBooleanSchema()||n.isNumericSchema()||n.isStringSchema())r!=null?(this.writeKey(o),this.writeValue(String(r))):n.isIdempotencyToken()&&
(this.writeKey(o),this.writeValue(Dn()));else if(n.isBigIntegerSchema())r!=null&&(this.writeKey(o),this.writeValue(String(r)));else if(n.isBigDecimalSchema())r!=
null&&(this.writeKey(o),this.writeValue(r instanceof _e?r.string:String(r)));else if(n.isTimestampSchema()){if(r instanceof Date)switch(this.writeKey(o),Wo(n,this.
settings)){case 5:this.writeValue(r.toISOString().replace(".000Z","Z"));break;case 6:this.writeValue(Uo(r));break;case 7:this.writeValue(String(r.getTime()/1e3));
break}}else if(n.isDocumentSchema())Array.isArray(r)?this.write(79,r,o):r instanceof Date?this.write(4,r,o):r instanceof Uint8Array?this.write(21,r,o):r&&typeof r==
"object"?this.write(143,r,o):(this.writeKey(o),this.writeValue(String(r)));else if(n.isListSchema()){if(Array.isArray(r))if(r.length===0)this.settings.serializeEmptyLists&&
(this.writeKey(o),this.writeValue(""));else{let i=n.getValueSchema(),s=this.settings.flattenLists||n.getMergedTraits().xmlFlattened,a=1;for(let c of r){if(c==null)
continue;let l=i.getMergedTraits(),u=this.getKey("member",l.xmlName,l.ec2QueryName),d=s?`${o}${a}`:`${o}${u}.${a}`;this.write(i,c,d),++a}}}else if(n.isMapSchema()){
if(r&&typeof r=="object"){let i=n.getKeySchema(),s=n.getValueSchema(),a=n.getMergedTraits().xmlFlattened,c=1;for(let l in r){let u=r[l];if(u==null)continue;let d=i.
getMergedTraits(),m=this.getKey("key",d.xmlName,d.ec2QueryName),f=a?`${o}${c}.${m}`:`${o}entry.${c}.${m}`,g=s.getMergedTraits(),y=this.getKey("value",g.xmlName,
g.ec2QueryName),h=a?`${o}${c}.${y}`:`${o}entry.${c}.${y}`;this.write(i,l,f),this.write(s,u,h),++c}}}else if(n.isStructSchema()){if(r&&typeof r=="object"){let i=!1;
for(let[s,a]of n.structIterator()){if(r[s]==null&&!a.isIdempotencyToken())continue;let c=a.getMergedTraits(),l=this.getKey(s,c.xmlName,c.ec2QueryName,"struct"),
u=`${o}${l}`;this.write(a,r[s],u),i=!0}if(!i&&n.isUnionSchema()){let{$unknown:s}=r;if(Array.isArray(s)){let[a,c]=s,l=`${o}${a}`;this.write(15,c,l)}}}}else if(!n.
isUnitSchema())throw new Error(`@aws-sdk/core/protocols - QuerySerializer unrecognized schema type ${n.getName(!0)}`)}flush(){if(this.buffer===void 0)throw new Error(
"@aws-sdk/core/protocols - QuerySerializer cannot flush with nothing written to buffer.");let e=this.buffer;return delete this.buffer,e}getKey(e,r,o,n){let{ec2:i,
capitalizeKeys:s}=this.settings;if(i&&o)return o;let a=r??e;return s&&n==="struct"?a[0].toUpperCase()+a.slice(1):a}writeKey(e){e.endsWith(".")&&(e=e.slice(0,e.length-
1)),this.buffer+=`&${zo(e)}=`}writeValue(e){this.buffer+=zo(e)}}});var is,y0=p(()=>{U();Q();Kc();g0();h0();is=class extends Vo{options;serializer;deserializer;mixin=new ho;constructor(e){super({defaultNamespace:e.defaultNamespace,
errorTypeRegistries:e.errorTypeRegistries}),this.options=e;let r={timestampFormat:{useTrait:!0,default:5},httpBindings:!1,xmlNamespace:e.xmlNamespace,serviceNamespace:e.
defaultNamespace,serializeEmptyLists:!0};this.serializer=new Qc(r),this.deserializer=new Xc(r)}getShapeId(){return"aws.protocols#awsQuery"}setSerdeContext(e){this.
serializer.setSerdeContext(e),this.deserializer.setSerdeContext(e)}getPayloadCodec(){throw new Error("AWSQuery protocol has no payload codec.")}async serializeRequest(e,r,o){
let n=await super.serializeRequest(e,r,o);n.path.endsWith("/")||(n.path+="/"),n.headers["content-type"]="application/x-www-form-urlencoded",(Br(e.input)==="unit"||
!n.body)&&(n.body="");let i=e.name.split("#")[1]??e.name;return n.body=`Action=${i}&Version=${this.options.version}`+n.body,n.body.endsWith("&")&&(n.body=n.body.
slice(-1)),n}async deserializeResponse(e,r,o){let n=this.deserializer,i=F.of(e.output),s={};if(o.statusCode>=300){let u=await ze(o.body,r);u.byteLength>0&&Object.
assign(s,await n.read(15,u)),await this.handleError(e,r,o,s,this.deserializeMetadata(o))}for(let u in o.headers){let d=o.headers[u];delete o.headers[u],o.headers[u.
toLowerCase()]=d}let a=e.name.split("#")[1]??e.name,c=i.isStructSchema()&&this.useNestedResult()?a+"Result":void 0,l=await ze(o.body,r);return l.byteLength>0&&Object.
assign(s,await n.read(i,l,c)),s.$metadata=this.deserializeMetadata(o),s}useNestedResult(){return!0}async handleError(e,r,o,n,i){let s=this.loadQueryErrorCode(o,
n)??"Unknown";this.mixin.compose(this.compositeErrorRegistry,s,this.options.defaultNamespace);let a=this.loadQueryError(n)??{},c=this.loadQueryErrorMessage(n);a.
message=c,a.Error={Type:a.Type,Code:a.Code,Message:c};let{errorSchema:l,errorMetadata:u}=await this.mixin.getErrorSchemaOrThrowBaseException(s,this.options.defaultNamespace,
o,a,i,this.mixin.findQueryCompatibleError),d=F.of(l),m=this.compositeErrorRegistry.getErrorCtor(l)??Error,f=new m({}),g={Type:a.Error.Type,Code:a.Error.Code,Error:a.
Error};for(let[y,h]of d.structIterator()){let x=h.getMergedTraits().xmlName??y,S=a[x]??n[x];g[y]=this.deserializer.readSchema(h,S)}throw this.mixin.decorateServiceException(
Object.assign(f,u,{$fault:d.getMergedTraits().error,message:c},g),n)}loadQueryErrorCode(e,r){let o=(r.Errors?.[0]?.Error??r.Errors?.Error??r.Error)?.Code;if(o!==
void 0)return o;if(e.statusCode==404)return"NotFound"}loadQueryError(e){return e.Errors?.[0]?.Error??e.Errors?.Error??e.Error}loadQueryErrorMessage(e){let r=this.
loadQueryError(e);return r?.message??r?.Message??e.message??e.Message??"Unknown"}getDefaultContentType(){return"application/x-www-form-urlencoded"}}});var en=p(()=>{c0();p0();y0()});var Zc,E0=p(()=>{Zc=class{constructor(){throw new Error("not bundled: a JavaScript SHA-256, for a Node without crypto; Node's computes it here")}}});function f1(){return class{digestLength=32;secret;hash;isHmac;finished=!1;constructor(e){this.secret=e,this.isHmac=!!e,this.hash=this.createHash()}update(e){if(this.
finished)throw new Error("Attempted to update an already finished hash.");this.hash.update(e)}async digest(){let e;return this.isHmac?(this.finished=!0,e=this.hash.
digest()):e=this.hash.copy().digest(),new Uint8Array(e.buffer,e.byteOffset,e.byteLength)}reset(){this.hash=this.createHash(),this.finished=!1}createHash(){return this.
secret?(0,ss.createHmac)("sha256",g1(this.secret)):(0,ss.createHash)("sha256")}}}function g1(t){return typeof t=="string"?t:ArrayBuffer.isView(t)?Buffer.from(t.
buffer,t.byteOffset,t.byteLength):Buffer.from(t)}var ss,m1,ft,S0=p(()=>{ss=require("node:crypto");E0();m1=(()=>{try{return(0,ss.createHash)("sha256"),!0}catch{return!1}})(),
ft=m1?f1():Zc});var tn=p(()=>{S0()});var as,rn,ep,x0,I0,tp,ig,R0,sg,zn,_0,w0,h1,gt,y1,T0,v0=p(()=>{K();as="ref",rn=-1,ep=!0,x0="isSet",I0="PartitionResult",tp="booleanEquals",ig="getAttr",R0={[as]:"\
Endpoint"},sg={[as]:I0},zn={},_0=[{[as]:"Region"}],w0={conditions:[[x0,[R0]],[x0,_0],["aws.partition",_0,I0],[tp,[{[as]:"UseFIPS"},ep]],[tp,[{[as]:"UseDualStack"},
ep]],[tp,[{fn:ig,argv:[sg,"supportsDualStack"]},ep]],[tp,[{fn:ig,argv:[sg,"supportsFIPS"]},ep]],["stringEquals",[{fn:ig,argv:[sg,"name"]},"aws-us-gov"]]],results:[
[rn],[rn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[rn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[R0,
zn],["https://oidc-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[rn,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://oidc.{Region}.amazonaws.com",zn],["https://oidc-fips.{Region}.{PartitionResult#dnsSuffix}",zn],[rn,"FIPS is enabled but this partition does not suppor\
t FIPS"],["https://oidc.{Region}.{PartitionResult#dualStackDnsSuffix}",zn],[rn,"DualStack is enabled but this partition does not support DualStack"],["https://o\
idc.{Region}.{PartitionResult#dnsSuffix}",zn],[rn,"Invalid Configuration: Missing Region"]]},h1=2,gt=1e8,y1=new Int32Array([-1,1,-1,0,13,3,1,4,gt+12,2,5,gt+12,3,
8,6,4,7,gt+11,5,gt+9,gt+10,4,11,9,6,10,gt+8,7,gt+6,gt+7,5,12,gt+5,6,gt+4,gt+5,3,gt+1,14,4,gt+2,gt+3]),T0=et.from(y1,h1,w0.conditions,w0.results)});var E1,C0,P0=p(()=>{M();K();v0();E1=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),C0=(t,e={})=>E1.get(t,()=>Mt(T0,{endpointParams:t,logger:e.
logger}));Ne.aws=dt});var ve,rp=p(()=>{T();ve=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ssooidc#SSOOIDCServiceException";constructor(e){super(e),Object.
setPrototypeOf(this,t.prototype)}}});var cs,ps,ls,us,ds,ms,fs,gs,hs,ys,Es,ag=p(()=>{rp();cs=class t extends ve{static shapeId="com.amazonaws.ssooidc#AccessDeniedException";name="AccessDeniedExcepti\
on";$fault="client";error;reason;error_description;constructor(e){super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},ps=class t extends ve{static shapeId="com.amazonaws.ssooidc#AuthorizationPe\
ndingException";name="AuthorizationPendingException";$fault="client";error;error_description;constructor(e){super({name:"AuthorizationPendingException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ls=class t extends ve{static shapeId="com\
.amazonaws.ssooidc#ExpiredTokenException";name="ExpiredTokenException";$fault="client";error;error_description;constructor(e){super({name:"ExpiredTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},us=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InternalServerException";name="InternalServerException";$fault="server";error;error_description;constructor(e){super({name:"InternalServer\
Exception",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ds=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InvalidClientException";name="InvalidClientException";$fault="client";error;error_description;constructor(e){super({name:"InvalidClientExc\
eption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ms=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InvalidGrantException";name="InvalidGrantException";$fault="client";error;error_description;constructor(e){super({name:"InvalidGrantExcept\
ion",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},fs=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#InvalidRequestException";name="InvalidRequestException";$fault="client";error;reason;error_description;constructor(e){super({name:"Invalid\
RequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.reason=e.reason,this.error_description=e.error_description}},
gs=class t extends ve{static shapeId="com.amazonaws.ssooidc#InvalidScopeException";name="InvalidScopeException";$fault="client";error;error_description;constructor(e){
super({name:"InvalidScopeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},
hs=class t extends ve{static shapeId="com.amazonaws.ssooidc#SlowDownException";name="SlowDownException";$fault="client";error;error_description;constructor(e){super(
{name:"SlowDownException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},ys=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#UnauthorizedClientException";name="UnauthorizedClientException";$fault="client";error;error_description;constructor(e){super({name:"Unauth\
orizedClientException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}},Es=class t extends ve{static shapeId="\
com.amazonaws.ssooidc#UnsupportedGrantTypeException";name="UnsupportedGrantTypeException";$fault="client";error;error_description;constructor(e){super({name:"Un\
supportedGrantTypeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error,this.error_description=e.error_description}}});var S1,x1,R1,_1,w1,I1,T1,v1,C1,P1,A1,b1,O1,N1,D1,k1,$1,L1,F1,U1,kr,M1,H1,B1,G1,z1,de,j1,_r,V1,q1,wr,W1,A0,b0,K1,O0,J1,Y1,X1,Se,N0,D0,ur,k0,$0,L0,F0,U0,M0,H0,B0,
G0,z0,j0,cg,Q1,Z1,eF,tF,V0,q0,W0,pg,op=p(()=>{Q();ag();rp();S1="AccessDeniedException",x1="AuthorizationPendingException",R1="AccessToken",_1="ClientSecret",w1=
"CreateToken",I1="CreateTokenRequest",T1="CreateTokenResponse",v1="CodeVerifier",C1="ExpiredTokenException",P1="InvalidClientException",A1="InvalidGrantExceptio\
n",b1="InvalidRequestException",O1="InternalServerException",N1="InvalidScopeException",D1="IdToken",k1="RefreshToken",$1="SlowDownException",L1="UnauthorizedCl\
ientException",F1="UnsupportedGrantTypeException",U1="accessToken",kr="client",M1="clientId",H1="clientSecret",B1="codeVerifier",G1="code",z1="deviceCode",de="e\
rror",j1="expiresIn",_r="error_description",V1="grantType",q1="http",wr="httpError",W1="idToken",A0="reason",b0="refreshToken",K1="redirectUri",O0="smithy.ts.sd\
k.synthetic.com.amazonaws.ssooidc",J1="scope",Y1="server",X1="tokenType",Se="com.amazonaws.ssooidc",N0=new Z(O0),D0=[-3,O0,"SSOOIDCServiceException",0,[],[]];N0.
registerError(D0,ve);ur=new Z(Se),k0=[-3,Se,S1,{[de]:kr,[wr]:400},[de,A0,_r],[0,0,0]];ur.registerError(k0,cs);$0=[-3,Se,x1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.
registerError($0,ps);L0=[-3,Se,C1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(L0,ls);F0=[-3,Se,O1,{[de]:Y1,[wr]:500},[de,_r],[0,0]];ur.registerError(F0,us);
U0=[-3,Se,P1,{[de]:kr,[wr]:401},[de,_r],[0,0]];ur.registerError(U0,ds);M0=[-3,Se,A1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(M0,ms);H0=[-3,Se,b1,{[de]:kr,
[wr]:400},[de,A0,_r],[0,0,0]];ur.registerError(H0,fs);B0=[-3,Se,N1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(B0,gs);G0=[-3,Se,$1,{[de]:kr,[wr]:400},[de,
_r],[0,0]];ur.registerError(G0,hs);z0=[-3,Se,L1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(z0,ys);j0=[-3,Se,F1,{[de]:kr,[wr]:400},[de,_r],[0,0]];ur.registerError(
j0,Es);cg=[N0,ur],Q1=[0,Se,R1,8,0],Z1=[0,Se,_1,8,0],eF=[0,Se,v1,8,0],tF=[0,Se,D1,8,0],V0=[0,Se,k1,8,0],q0=[3,Se,I1,0,[M1,H1,V1,z1,G1,b0,J1,K1,B1],[0,[()=>Z1,0],
0,0,0,[()=>V0,0],64,0,[()=>eF,0]],3],W0=[3,Se,T1,0,[U1,X1,j1,b0,W1],[[()=>Q1,0],0,1,[()=>V0,0],[()=>tF,0]]],pg=[9,Se,w1,{[q1]:["POST","/token",200]},()=>q0,()=>W0]});var K0,J0=p(()=>{Ie();en();ot();tn();T();U();$();Zf();P0();op();K0=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??C0,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
o0,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??Vr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.ssooidc",errorTypeRegistries:cg,version:"2019-06-10",serviceTarget:"AWSSSOOIDCService"},serviceId:t?.serviceId??
"SSO OIDC",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??ee})});var Y0,X0=p(()=>{ns();M();Ie();T();k();ut();$();fo();J0();Y0=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=K0(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...Ze,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var Q0,Z0,ev=p(()=>{Q0=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Z0=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var tv,rv=p(()=>{M();T();U();ev();tv=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),Q0(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
Z0(r))}});var Ss,lg=p(()=>{M();ot();T();k();K();U();ut();Q();Zf();eg();X0();rv();Ss=class extends Te{config;constructor(...[e]){let r=Y0(e||{});super(r),this.initConfig=r;
let o=i0(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),l=n0(c),u=tv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:r0,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var ov,nv,iv,sv=p(()=>{T();K();eg();ov=Lt(s0,"AWSSSOOIDCService","SSOOIDCClient",cr),nv={},iv=(t,e,r,o)=>[]});var xs,ug=p(()=>{sv();op();xs=class extends ov(nv,iv,"CreateToken",pg){}});var rF,np,av=p(()=>{T();ug();lg();rF={CreateTokenCommand:xs},np=class extends Ss{};Gr(rF,np)});var cv=p(()=>{ug()});var oF,nF,pv=p(()=>{oF={KMS_ACCESS_DENIED:"KMS_AccessDeniedException"},nF={KMS_DISABLED_KEY:"KMS_DisabledException",KMS_INVALID_KEY_USAGE:"KMS_InvalidKeyUsageEx\
ception",KMS_INVALID_STATE:"KMS_InvalidStateException",KMS_KEY_NOT_FOUND:"KMS_NotFoundException"}});var lv=p(()=>{});var dg={};nr(dg,{$Command:()=>sr,AccessDeniedException:()=>cs,AccessDeniedException$:()=>k0,AccessDeniedExceptionReason:()=>oF,AuthorizationPendingException:()=>ps,
AuthorizationPendingException$:()=>$0,CreateToken$:()=>pg,CreateTokenCommand:()=>xs,CreateTokenRequest$:()=>q0,CreateTokenResponse$:()=>W0,ExpiredTokenException:()=>ls,
ExpiredTokenException$:()=>L0,InternalServerException:()=>us,InternalServerException$:()=>F0,InvalidClientException:()=>ds,InvalidClientException$:()=>U0,InvalidGrantException:()=>ms,
InvalidGrantException$:()=>M0,InvalidRequestException:()=>fs,InvalidRequestException$:()=>H0,InvalidRequestExceptionReason:()=>nF,InvalidScopeException:()=>gs,InvalidScopeException$:()=>B0,
SSOOIDC:()=>np,SSOOIDCClient:()=>Ss,SSOOIDCServiceException:()=>ve,SSOOIDCServiceException$:()=>D0,SlowDownException:()=>hs,SlowDownException$:()=>G0,UnauthorizedClientException:()=>ys,
UnauthorizedClientException$:()=>z0,UnsupportedGrantTypeException:()=>Es,UnsupportedGrantTypeException$:()=>j0,__Client:()=>Te,errorTypeRegistries:()=>cg});var mg=p(
()=>{lg();av();cv();T();op();pv();ag();lv();rp()});var uv,dv=p(()=>{uv=async(t,e={},r)=>{let{SSOOIDCClient:o}=await Promise.resolve().then(()=>(mg(),dg)),n=s=>e.clientConfig?.[s]??e.parentClientConfig?.[s]??r?.[s];
return new o(Object.assign({},e.clientConfig??{},{region:t??e.clientConfig?.region,logger:n("logger"),userAgentAppId:n("userAgentAppId")}))}});var mv,fv=p(()=>{dv();mv=async(t,e,r={},o)=>{let{CreateTokenCommand:n}=await Promise.resolve().then(()=>(mg(),dg));return(await uv(e,r,o)).send(new n({clientId:t.
clientId,clientSecret:t.clientSecret,refreshToken:t.refreshToken,grantType:"refresh_token"}))}});var fg,gv=p(()=>{k();Wc();fg=t=>{if(t.expiration&&t.expiration.getTime()<Date.now())throw new Ct(`Token is expired. ${Bn}`,!1)}});var yo,hv=p(()=>{k();Wc();yo=(t,e,r=!1)=>{if(typeof e>"u")throw new Ct(`Value not present for '${t}' in SSO Token${r?". Cannot refresh":""}. ${Bn}`,!1)}});var yv,iF,Ev,Sv=p(()=>{k();yv=require("node:fs"),{writeFile:iF}=yv.promises,Ev=(t,e)=>{let r=Pi(t),o=JSON.stringify(e,null,2);return iF(r,o)}});var xv,ip,gg,Rv=p(()=>{k();Wc();fv();gv();hv();Sv();xv=new Map,ip=new Map,gg=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/token-provider\
s - fromSso");let r=await Sr(t),o=Xe({profile:t.profile??e?.profile}),n=r[o];if(n){if(!n.sso_session)throw new Ct(`Profile '${o}' is missing required property '\
sso_session'.`)}else throw new Ct(`Profile '${o}' could not be found in shared credentials file.`,!1);let i=n.sso_session,s=ip.get(i);if(s)return await s;let c=(await ki(
t))[i];if(!c)throw new Ct(`Sso session '${i}' could not be found in shared credentials file.`,!1);for(let S of["sso_start_url","sso_region"])if(!c[S])throw new Ct(
`Sso session '${i}' is missing required property '${S}'.`,!1);let l=c.sso_start_url,u=c.sso_region,d;try{d=await bi(i)}catch{throw new Ct(`The SSO session token\
 associated with profile=${o} was not found or is invalid. ${Bn}`,!1)}yo("accessToken",d.accessToken),yo("expiresAt",d.expiresAt);let{accessToken:m,expiresAt:f}=d,
g={token:m,expiration:new Date(f)};if(g.expiration.getTime()-Date.now()>3e5)return g;let y=ip.get(i);if(y)return await y;let h=xv.get(i)??0;if(Date.now()-h<30*1e3)
return fg(g),g;yo("clientId",d.clientId,!0),yo("clientSecret",d.clientSecret,!0),yo("refreshToken",d.refreshToken,!0);let x=(async()=>{try{xv.set(i,Date.now());
let S=await mv(d,u,t,e);yo("accessToken",S.accessToken),yo("expiresIn",S.expiresIn);let C=new Date(Date.now()+S.expiresIn*1e3);try{await Ev(i,{...d,accessToken:S.
accessToken,expiresAt:C.toISOString(),refreshToken:S.refreshToken})}catch{}return{token:S.accessToken,expiration:C}}catch{return fg(g),g}})();ip.set(i,x);try{return await x}finally{
ip.delete(i)}}});var _v=p(()=>{Rv()});function aF(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"awsssoportal",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}function cF(t){return{schemeId:"smithy.api#noAuth"}}var wv,Iv,Tv,hg=p(()=>{Ie();T();wv=async(t,e,r)=>({operation:te(e).operation,region:await W(t.
region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});Iv=t=>{let e=[];return t.operation==="GetRoleCredentials"?e.push(
cF(t)):e.push(aF(t)),e},Tv=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var vv,Cv,yg=p(()=>{vv=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"awsssoporta\
l"}),Cv={UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var Rs,on,sp,Pv,Nv,ap,Eg,Av,Sg,jn,bv,Ov,pF,ht,lF,Dv,kv=p(()=>{K();Rs="ref",on=-1,sp=!0,Pv="isSet",Nv="PartitionResult",ap="booleanEquals",Eg="getAttr",Av={[Rs]:"\
Endpoint"},Sg={[Rs]:Nv},jn={},bv=[{[Rs]:"Region"}],Ov={conditions:[[Pv,[Av]],[Pv,bv],["aws.partition",bv,Nv],[ap,[{[Rs]:"UseFIPS"},sp]],[ap,[{[Rs]:"UseDualStack"},
sp]],[ap,[{fn:Eg,argv:[Sg,"supportsDualStack"]},sp]],[ap,[{fn:Eg,argv:[Sg,"supportsFIPS"]},sp]],["stringEquals",[{fn:Eg,argv:[Sg,"name"]},"aws-us-gov"]]],results:[
[on],[on,"Invalid Configuration: FIPS and custom endpoint are not supported"],[on,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Av,
jn],["https://portal.sso-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[on,"FIPS and DualStack are enabled, but this partition does not support one or\
 both"],["https://portal.sso.{Region}.amazonaws.com",jn],["https://portal.sso-fips.{Region}.{PartitionResult#dnsSuffix}",jn],[on,"FIPS is enabled but this parti\
tion does not support FIPS"],["https://portal.sso.{Region}.{PartitionResult#dualStackDnsSuffix}",jn],[on,"DualStack is enabled but this partition does not suppo\
rt DualStack"],["https://portal.sso.{Region}.{PartitionResult#dnsSuffix}",jn],[on,"Invalid Configuration: Missing Region"]]},pF=2,ht=1e8,lF=new Int32Array([-1,1,
-1,0,13,3,1,4,ht+12,2,5,ht+12,3,8,6,4,7,ht+11,5,ht+9,ht+10,4,11,9,6,10,ht+8,7,ht+6,ht+7,5,12,ht+5,6,ht+4,ht+5,3,ht+1,14,4,ht+2,ht+3]),Dv=et.from(lF,pF,Ov.conditions,
Ov.results)});var uF,$v,Lv=p(()=>{M();K();kv();uF=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),$v=(t,e={})=>uF.get(t,()=>Mt(Dv,{endpointParams:t,logger:e.
logger}));Ne.aws=dt});var qr,xg=p(()=>{T();qr=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sso#SSOServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var cp,pp,lp,up,Rg=p(()=>{xg();cp=class t extends qr{static shapeId="com.amazonaws.sso#InvalidRequestException";name="InvalidRequestException";$fault="client";constructor(e){
super({name:"InvalidRequestException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pp=class t extends qr{static shapeId="com.amazonaws.sso#R\
esourceNotFoundException";name="ResourceNotFoundException";$fault="client";constructor(e){super({name:"ResourceNotFoundException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},lp=class t extends qr{static shapeId="com.amazonaws.sso#TooManyRequestsException";name="TooManyRequestsException";$fault="cli\
ent";constructor(e){super({name:"TooManyRequestsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},up=class t extends qr{static shapeId="\
com.amazonaws.sso#UnauthorizedException";name="UnauthorizedException";$fault="client";constructor(e){super({name:"UnauthorizedException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}}});var dF,mF,fF,gF,hF,yF,EF,SF,xF,RF,_F,wF,IF,TF,vF,dp,mp,CF,PF,fp,AF,Fv,gp,bF,OF,NF,Uv,DF,kF,$F,dr,Mv,LF,_s,FF,UF,MF,HF,Hv,BF,GF,zF,jF,VF,qF,Bv,hp=p(()=>{Q();Rg();
xg();dF="AccessTokenType",mF="GetRoleCredentials",fF="GetRoleCredentialsRequest",gF="GetRoleCredentialsResponse",hF="InvalidRequestException",yF="RoleCredential\
s",EF="ResourceNotFoundException",SF="SecretAccessKeyType",xF="SessionTokenType",RF="TooManyRequestsException",_F="UnauthorizedException",wF="accountId",IF="acc\
essKeyId",TF="accessToken",vF="account_id",dp="client",mp="error",CF="expiration",PF="http",fp="httpError",AF="httpHeader",Fv="httpQuery",gp="message",bF="roleC\
redentials",OF="roleName",NF="role_name",Uv="smithy.ts.sdk.synthetic.com.amazonaws.sso",DF="secretAccessKey",kF="sessionToken",$F="x-amz-sso_bearer_token",dr="c\
om.amazonaws.sso",Mv=new Z(Uv),LF=[-3,Uv,"SSOServiceException",0,[],[]];Mv.registerError(LF,qr);_s=new Z(dr),FF=[-3,dr,hF,{[mp]:dp,[fp]:400},[gp],[0]];_s.registerError(
FF,cp);UF=[-3,dr,EF,{[mp]:dp,[fp]:404},[gp],[0]];_s.registerError(UF,pp);MF=[-3,dr,RF,{[mp]:dp,[fp]:429},[gp],[0]];_s.registerError(MF,lp);HF=[-3,dr,_F,{[mp]:dp,
[fp]:401},[gp],[0]];_s.registerError(HF,up);Hv=[Mv,_s],BF=[0,dr,dF,8,0],GF=[0,dr,SF,8,0],zF=[0,dr,xF,8,0],jF=[3,dr,fF,0,[OF,wF,TF],[[0,{[Fv]:NF}],[0,{[Fv]:vF}],
[()=>BF,{[AF]:$F}]],3],VF=[3,dr,gF,0,[bF],[[()=>qF,0]]],qF=[3,dr,yF,0,[IF,DF,kF,CF],[0,[()=>GF,0],[()=>zF,0],1]],Bv=[9,dr,mF,{[PF]:["GET","/federation/credentia\
ls",200]},()=>jF,()=>VF]});var Gv,zv=p(()=>{Ie();en();ot();tn();T();U();$();hg();Lv();hp();Gv=t=>({apiVersion:"2019-06-10",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??$v,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
Iv,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??Vr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.sso",errorTypeRegistries:Hv,version:"2019-06-10",serviceTarget:"SWBPortalService"},serviceId:t?.serviceId??"S\
SO",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??ee})});var jv,Vv=p(()=>{ns();M();Ie();T();k();ut();$();fo();zv();jv=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=Gv(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...Ze,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var qv,Wv,Kv=p(()=>{qv=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},Wv=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var Jv,Yv=p(()=>{M();T();U();Kv();Jv=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),qv(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
Wv(r))}});var Vn,_g=p(()=>{M();ot();T();k();K();U();ut();Q();hg();yg();Vv();Yv();Vn=class extends Te{config;constructor(...[e]){let r=jv(e||{});super(r),this.initConfig=r;
let o=vv(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),l=Tv(c),u=Jv(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:wv,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var Xv,Qv,Zv,eC=p(()=>{T();K();yg();Xv=Lt(Cv,"SWBPortalService","SSOClient",cr),Qv={},Zv=(t,e,r,o)=>[]});var qn,wg=p(()=>{eC();hp();qn=class extends Xv(Qv,Zv,"GetRoleCredentials",Bv){}});var WF,Ig,tC=p(()=>{T();wg();_g();WF={GetRoleCredentialsCommand:qn},Ig=class extends Vn{};Gr(WF,Ig)});var rC=p(()=>{wg()});var oC=p(()=>{});var nC=p(()=>{_g();tC();rC();hp();Rg();oC()});var iC={};nr(iC,{GetRoleCredentialsCommand:()=>qn,SSOClient:()=>Vn});var sC=p(()=>{nC()});var ws,Tg,aC=p(()=>{M();_v();k();ws=!1,Tg=async({ssoStartUrl:t,ssoSession:e,ssoAccountId:r,ssoRegion:o,ssoRoleName:n,ssoClient:i,clientConfig:s,parentClientConfig:a,
callerClientConfig:c,profile:l,filepath:u,configFilepath:d,ignoreCache:m,logger:f})=>{let g,y="To refresh this SSO session run aws sso login with the correspond\
ing profile.";if(e)try{let st=await gg({profile:l,filepath:u,configFilepath:d,ignoreCache:m,clientConfig:s,parentClientConfig:a,logger:f})({callerClientConfig:c});
g={accessToken:st.token,expiresAt:new Date(st.expiration).toISOString()}}catch(st){throw new R(st.message,{tryNextLink:ws,logger:f})}else try{g=await bi(t)}catch{
throw new R(`The SSO session associated with this profile is invalid. ${y}`,{tryNextLink:ws,logger:f})}if(new Date(g.expiresAt).getTime()-Date.now()<=0)throw new R(
`The SSO session associated with this profile has expired. ${y}`,{tryNextLink:ws,logger:f});let{accessToken:h}=g,{SSOClient:x,GetRoleCredentialsCommand:S}=await Promise.resolve().then(()=>(sC(),iC)),
C=i||new x(Object.assign({},s??{},{logger:s?.logger??c?.logger??a?.logger,region:s?.region??o,userAgentAppId:s?.userAgentAppId??c?.userAgentAppId??a?.userAgentAppId})),
A;try{A=await C.send(new S({accountId:r,roleName:n,accessToken:h}))}catch(st){throw new R(st,{tryNextLink:ws,logger:f})}let{roleCredentials:{accessKeyId:L,secretAccessKey:X,
sessionToken:Ae,expiration:or,credentialScope:Tr,accountId:le}={}}=A;if(!L||!X||!Ae||!or)throw new R("SSO returns an invalid temporary credential.",{tryNextLink:ws,
logger:f});let be={accessKeyId:L,secretAccessKey:X,sessionToken:Ae,expiration:new Date(or),...Tr&&{credentialScope:Tr},...le&&{accountId:le}};return e?H(be,"CRE\
DENTIALS_SSO","s"):H(be,"CREDENTIALS_SSO_LEGACY","u"),be}});var yp,vg=p(()=>{k();yp=(t,e)=>{let{sso_start_url:r,sso_account_id:o,sso_region:n,sso_role_name:i}=t;if(!r||!o||!n||!i)throw new R(`Profile is configured with i\
nvalid SSO credentials. Required parameters "sso_account_id", "sso_region", "sso_role_name", "sso_start_url". Got ${Object.keys(t).join(", ")}
Reference: https://docs.aws.amazon.com/cli/latest/userguide/cli-configure-sso.html`,{tryNextLink:!1,logger:e});return t}});var cC,pC=p(()=>{k();Qf();aC();vg();cC=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-sso - fromSSO");let{ssoStartUrl:r,
ssoAccountId:o,ssoRegion:n,ssoRoleName:i,ssoSession:s}=t,{ssoClient:a}=t,c=Xe({profile:t.profile??e?.profile});if(!r&&!o&&!n&&!i&&!s){let u=(await Sr(t))[c];if(!u)
throw new R(`Profile ${c} was not found.`,{logger:t.logger});if(!qc(u))throw new R(`Profile ${c} is not configured with SSO credentials.`,{logger:t.logger});if(u?.
sso_session){let x=(await ki(t))[u.sso_session],S=` configurations in profile ${c} and sso-session ${u.sso_session}`;if(n&&n!==x.sso_region)throw new R("Conflic\
ting SSO region"+S,{tryNextLink:!1,logger:t.logger});if(r&&r!==x.sso_start_url)throw new R("Conflicting SSO start_url"+S,{tryNextLink:!1,logger:t.logger});u.sso_region=
x.sso_region,u.sso_start_url=x.sso_start_url}let{sso_start_url:d,sso_account_id:m,sso_region:f,sso_role_name:g,sso_session:y}=yp(u,t.logger);return Tg({ssoStartUrl:d,
ssoSession:y,ssoAccountId:m,ssoRegion:f,ssoRoleName:g,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}else{if(!r||!o||!n||!i)throw new R('Incomplete configu\
ration. The fromSSO() argument hash must include "ssoStartUrl", "ssoAccountId", "ssoRegion", "ssoRoleName"',{tryNextLink:!1,logger:t.logger});return Tg({ssoStartUrl:r,
ssoSession:s,ssoAccountId:o,ssoRegion:n,ssoRoleName:i,ssoClient:a,clientConfig:t.clientConfig,parentClientConfig:t.parentClientConfig,callerClientConfig:t.callerClientConfig,
profile:c,filepath:t.filepath,configFilepath:t.configFilepath,ignoreCache:t.ignoreCache,logger:t.logger})}}});var Cg={};nr(Cg,{fromSSO:()=>cC,isSsoProfile:()=>qc,validateSsoProfile:()=>yp});var Pg=p(()=>{pC();Qf();vg()});var lC,Ag,uC=p(()=>{M();k();lC=(t,e,r)=>{let o={EcsContainer:async n=>{let{fromHttp:i}=await Promise.resolve().then(()=>(Xf(),Yf)),{fromContainerMetadata:s}=await Promise.resolve().then(()=>(zc(),Gc));
return r?.debug("@aws-sdk/credential-provider-ini - credential_source is EcsContainer"),async()=>Mo(i(n??{}),s(n))().then(Ag)},Ec2InstanceMetadata:async n=>{r?.
debug("@aws-sdk/credential-provider-ini - credential_source is Ec2InstanceMetadata");let{fromInstanceMetadata:i}=await Promise.resolve().then(()=>(zc(),Gc));return async()=>i(
n)().then(Ag)},Environment:async n=>{r?.debug("@aws-sdk/credential-provider-ini - credential_source is Environment");let{fromEnv:i}=await Promise.resolve().then(()=>(Mf(),rT));
return async()=>i(n)().then(Ag)}};if(t in o)return o[t];throw new R(`Unsupported credential source in profile ${e}. Got ${t}, expected EcsContainer or Ec2Instan\
ceMetadata or Environment.`,{logger:r})},Ag=t=>H(t,"CREDENTIALS_PROFILE_NAMED_PROVIDER","p")});var Is,dC=p(()=>{Is={CrtSignerV4:null}});function fC(t){return{accessKeyId:t.accessKeyId,secretAccessKey:t.secretAccessKey,expiration:t.expiration}}function gC(t,e){let r=t.credentialProvider;t.credentialProvider=
()=>(t.credentialProvider=r,Promise.resolve(e))}var bg,mC,Ep,hC=p(()=>{Dc();bg="X-Amz-S3session-Token",mC=bg.toLowerCase(),Ep=class extends lo{async signWithCredentials(e,r,o){
let n=fC(r);e.headers[mC]=r.sessionToken;let i=this;return gC(i,n),i.signRequest(e,o??{})}async presignWithCredentials(e,r,o){let n=fC(r);return delete e.headers[mC],
e.headers[bg]=r.sessionToken,e.query=e.query??{},e.query[bg]=r.sessionToken,gC(this,n),this.presign(e,o)}}});var nn,yC=p(()=>{Dc();dC();hC();nn=class{sigv4aSigner;sigv4Signer;signerOptions;static sigv4aDependency(){return typeof Is.CrtSignerV4=="function"?"crt":typeof Nc.
SignatureV4a=="function"?"js":"none"}constructor(e){this.sigv4Signer=new Ep(e),this.signerOptions=e}async sign(e,r={}){return r.signingRegion==="*"?this.getSigv4aSigner().
sign(e,r):this.sigv4Signer.sign(e,r)}async signWithCredentials(e,r,o={}){if(o.signingRegion==="*"){let n=this.getSigv4aSigner(),i=Is.CrtSignerV4;if(i&&n instanceof
i)return n.signWithCredentials(e,r,o);throw new Error(`signWithCredentials with signingRegion '*' is only supported when using the CRT dependency @aws-sdk/signa\
ture-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the package by calling [require(\
"@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to https://github.com/aws/aws-\
sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.signWithCredentials(e,r,o)}async presign(e,r={}){if(r.signingRegion==="*"){let o=this.
getSigv4aSigner(),n=Is.CrtSignerV4;if(n&&o instanceof n)return o.presign(e,r);throw new Error(`presign with signingRegion '*' is only supported when using the C\
RT dependency @aws-sdk/signature-v4-crt. Please check whether you have installed the "@aws-sdk/signature-v4-crt" package explicitly. You must also register the \
package by calling [require("@aws-sdk/signature-v4-crt");] or an ESM equivalent such as [import "@aws-sdk/signature-v4-crt";]. For more information please go to\
 https://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt`)}return this.sigv4Signer.presign(e,r)}async presignWithCredentials(e,r,o={}){
if(o.signingRegion==="*")throw new Error("Method presignWithCredentials is not supported for [signingRegion=*].");return this.sigv4Signer.presignWithCredentials(
e,r,o)}getSigv4aSigner(){if(!this.sigv4aSigner){let e=Is.CrtSignerV4,r=Nc.SignatureV4a;if(this.signerOptions.runtime==="node"){if(!e&&!r)throw new Error("Neithe\
r CRT nor JS SigV4a implementation is available. Please load either @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a. For more information please go to https\
://github.com/aws/aws-sdk-js-v3#functionality-requiring-aws-common-runtime-crt");if(e&&typeof e=="function")this.sigv4aSigner=new e({...this.signerOptions,signingAlgorithm:1});else if(r&&
typeof r=="function")this.sigv4aSigner=new r({...this.signerOptions});else throw new Error("Available SigV4a implementation is not a valid constructor. Please e\
nsure you've properly imported @aws-sdk/signature-v4-crt or @aws-sdk/signature-v4a.For more information please go to https://github.com/aws/aws-sdk-js-v3#functi\
onality-requiring-aws-common-runtime-crt")}else{if(!r||typeof r!="function")throw new Error("JS SigV4a implementation is not available or not a valid constructo\
r. Please check whether you have installed the @aws-sdk/signature-v4a package explicitly. The CRT implementation is not available for browsers. You must also re\
gister the package by calling [require('@aws-sdk/signature-v4a');] or an ESM equivalent such as [import '@aws-sdk/signature-v4a';]. For more information please \
go to https://github.com/aws/aws-sdk-js-v3#using-javascript-non-crt-implementation-of-sigv4a");this.sigv4aSigner=new r({...this.signerOptions})}}return this.sigv4aSigner}}});var Og=p(()=>{yC()});var Kn,sn,Ts,EC,vC,vs,$e,Ng,SC,xC,RC,_C,wC,Le,Dg,Wn,IC,TC,KF,q,JF,CC,PC=p(()=>{K();Kn="ref",sn=-1,Ts=!0,EC="isSet",vC="PartitionResult",vs="booleanEquals",$e="s\
tringEquals",Ng="getAttr",SC="us-east-1",xC="sigv4",RC="sts",_C="https://sts.{Region}.{PartitionResult#dnsSuffix}",wC={[Kn]:"Endpoint"},Le={[Kn]:"Region"},Dg={[Kn]:vC},
Wn={},IC=[Le],TC={conditions:[[EC,[wC]],[EC,IC],["aws.partition",IC,vC],[vs,[{[Kn]:"UseFIPS"},Ts]],[vs,[{[Kn]:"UseDualStack"},Ts]],[$e,[Le,"aws-global"]],[vs,[{
[Kn]:"UseGlobalEndpoint"},Ts]],[$e,[Le,"eu-central-1"]],[vs,[{fn:Ng,argv:[Dg,"supportsDualStack"]},Ts]],[vs,[{fn:Ng,argv:[Dg,"supportsFIPS"]},Ts]],[$e,[Le,"ap-s\
outh-1"]],[$e,[Le,"eu-north-1"]],[$e,[Le,"eu-west-1"]],[$e,[Le,"eu-west-2"]],[$e,[Le,"eu-west-3"]],[$e,[Le,"sa-east-1"]],[$e,[Le,SC]],[$e,[Le,"us-east-2"]],[$e,
[Le,"us-west-2"]],[$e,[Le,"us-west-1"]],[$e,[Le,"ca-central-1"]],[$e,[Le,"ap-southeast-1"]],[$e,[Le,"ap-northeast-1"]],[$e,[Le,"ap-southeast-2"]],[$e,[{fn:Ng,argv:[
Dg,"name"]},"aws-us-gov"]]],results:[[sn],["https://sts.amazonaws.com",{authSchemes:[{name:xC,signingName:RC,signingRegion:SC}]}],[_C,{authSchemes:[{name:xC,signingName:RC,
signingRegion:"{Region}"}]}],[sn,"Invalid Configuration: FIPS and custom endpoint are not supported"],[sn,"Invalid Configuration: Dualstack and custom endpoint \
are not supported"],[wC,Wn],["https://sts-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Wn],[sn,"FIPS and DualStack are enabled, but this partition does n\
ot support one or both"],["https://sts.{Region}.amazonaws.com",Wn],["https://sts-fips.{Region}.{PartitionResult#dnsSuffix}",Wn],[sn,"FIPS is enabled but this pa\
rtition does not support FIPS"],["https://sts.{Region}.{PartitionResult#dualStackDnsSuffix}",Wn],[sn,"DualStack is enabled but this partition does not support D\
ualStack"],[_C,Wn],[sn,"Invalid Configuration: Missing Region"]]},KF=2,q=1e8,JF=new Int32Array([-1,1,-1,0,30,3,1,4,q+14,2,5,q+14,3,25,6,4,24,7,5,q+1,8,6,9,q+13,
7,q+1,10,10,q+1,11,11,q+1,12,12,q+1,13,13,q+1,14,14,q+1,15,15,q+1,16,16,q+1,17,17,q+1,18,18,q+1,19,19,q+1,20,20,q+1,21,21,q+1,22,22,q+1,23,23,q+1,q+2,8,q+11,q+12,
4,28,26,9,27,q+10,24,q+8,q+9,8,29,q+7,9,q+6,q+7,3,q+3,31,4,q+4,q+5]),CC=et.from(JF,KF,TC.conditions,TC.results)});var YF,Sp,kg=p(()=>{M();K();PC();YF=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS","UseGlobalEndpoint"]}),Sp=(t,e={})=>YF.get(t,()=>Mt(CC,
{endpointParams:t,logger:e.logger}));Ne.aws=dt});function bC(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function $g(t){return{schemeId:"aws.auth#sigv4a",signingProperties:{name:"sts",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function OC(t){return{schemeId:"smithy.api#noAuth"}}var XF,QF,AC,ZF,eU,NC,DC,Lg=p(()=>{Ie();Og();T();K();kg();XF=t=>async(e,r,o)=>{if(!o)throw new Error("Could \
not find `input` for `defaultEndpointRuleSetHttpAuthSchemeParametersProvider`");let n=await t(e,r,o),i=te(r)?.commandInstance?.constructor?.getEndpointParameterInstructions;
if(!i)throw new Error(`getEndpointParameterInstructions() is not defined on '${r.commandName}'`);let s=await Ma(o,{getEndpointParameterInstructions:i},e);return Object.
assign(n,s)},QF=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()}),AC=XF(QF);ZF=(t,e,r)=>n=>{let s=t(n).properties?.authSchemes;if(!s)return e(n);let a=[];for(let c of s){let{name:l,properties:u={},...d}=c,m=l.toLowerCase();
l!==m&&console.warn(`HttpAuthScheme has been normalized with lowercasing: '${l}' to '${m}'`);let f;if(m==="sigv4a"){f="aws.auth#sigv4a";let h=s.find(x=>{let S=x.
name.toLowerCase();return S!=="sigv4a"&&S.startsWith("sigv4")});if(nn.sigv4aDependency()==="none"&&h)continue}else if(m.startsWith("sigv4"))f="aws.auth#sigv4";else
throw new Error(`Unknown HttpAuthScheme found in '@smithy.rules#endpointRuleSet': '${m}'`);let g=r[f];if(!g)throw new Error(`Could not find HttpAuthOption creat\
e function for '${f}'`);let y=g(n);y.schemeId=f,y.signingProperties={...y.signingProperties||{},...d,...u},a.push(y)}return a},eU=t=>{let e=[];return t.operation===
"AssumeRoleWithWebIdentity"?(e.push(OC(t)),e.push($g(t))):(e.push(bC(t)),e.push($g(t))),e},NC=ZF(Sp,eU,{"aws.auth#sigv4":bC,"aws.auth#sigv4a":$g,"smithy.api#noA\
uth":OC}),DC=t=>{let e=lr(t),r=Ic(e);return Object.assign(r,{authSchemePreference:W(t.authSchemePreference??[])})}});var kC,$C,Fg=p(()=>{kC=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,useGlobalEndpoint:t.useGlobalEndpoint??
!1,defaultSigningName:"sts"}),$C={UseGlobalEndpoint:{type:"builtInParams",name:"useGlobalEndpoint"},UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{
type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInParams",name:"useDualstackEndpoint"}}});var it,xp=p(()=>{T();it=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.sts#STSServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Cs,Ps,As,bs,Os,Ns,Ds,ks,Ug=p(()=>{xp();Cs=class t extends it{static shapeId="com.amazonaws.sts#ExpiredTokenException";name="ExpiredTokenException";$fault="c\
lient";constructor(e){super({name:"ExpiredTokenException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ps=class t extends it{static shapeId="\
com.amazonaws.sts#InvalidContextAssertionException";name="InvalidContextAssertionException";$fault="client";constructor(e){super({name:"InvalidContextAssertionE\
xception",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},As=class t extends it{static shapeId="com.amazonaws.sts#MalformedPolicyDocumentExcept\
ion";name="MalformedPolicyDocumentException";$fault="client";constructor(e){super({name:"MalformedPolicyDocumentException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},bs=class t extends it{static shapeId="com.amazonaws.sts#PackedPolicyTooLargeException";name="PackedPolicyTooLargeException";$fault="client";constructor(e){
super({name:"PackedPolicyTooLargeException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Os=class t extends it{static shapeId="com.amazonaws\
.sts#RegionDisabledException";name="RegionDisabledException";$fault="client";constructor(e){super({name:"RegionDisabledException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Ns=class t extends it{static shapeId="com.amazonaws.sts#IDPRejectedClaimException";name="IDPRejectedClaimException";$fault="c\
lient";constructor(e){super({name:"IDPRejectedClaimException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ds=class t extends it{static shapeId="\
com.amazonaws.sts#InvalidIdentityTokenException";name="InvalidIdentityTokenException";$fault="client";constructor(e){super({name:"InvalidIdentityTokenException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ks=class t extends it{static shapeId="com.amazonaws.sts#IDPCommunicationErrorException";name="I\
DPCommunicationErrorException";$fault="client";$retryable={};constructor(e){super({name:"IDPCommunicationErrorException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}}});var tU,rU,oU,nU,iU,sU,Mg,aU,cU,pU,lU,Hg,uU,LC,dU,mU,fU,gU,hU,yU,EU,SU,xU,RU,_U,wU,FC,UC,MC,HC,IU,TU,vU,CU,PU,AU,BC,bU,OU,GC,NU,zC,DU,kU,$U,Bg,LU,FU,jC,VC,UU,MU,
HU,qC,WC,BU,GU,zU,jU,VU,qU,Eo,So,WU,xo,Ro,_o,KU,JU,YU,XU,KC,QU,ZU,eM,j,JC,YC,Wr,XC,QC,ZC,eP,tP,rP,oP,nP,Gg,tM,rM,oM,nM,iM,sM,zg,iP,sP,aP,cP,jg,pP,lP,uP,dP,mP,fP,
gP,aM,cM,pM,Vg,qg,$s=p(()=>{Q();Ug();xp();tU="Arn",rU="AccessKeyId",oU="AssumeRole",nU="AssumedRoleId",iU="AssumeRoleRequest",sU="AssumeRoleResponse",Mg="Assume\
dRoleUser",aU="AssumeRoleWithWebIdentity",cU="AssumeRoleWithWebIdentityRequest",pU="AssumeRoleWithWebIdentityResponse",lU="Audience",Hg="Credentials",uU="Contex\
tAssertion",LC="DurationSeconds",dU="Expiration",mU="ExternalId",fU="ExpiredTokenException",gU="FederatedProviderArn",hU="Issuer",yU="InvalidContextAssertionExc\
eption",EU="IDPCommunicationErrorException",SU="IDPRejectedClaimException",xU="InvalidIdentityTokenException",RU="IdentityProvider",_U="Key",wU="MalformedPolicy\
DocumentException",FC="MinimumSessionTokenSize",UC="OriginIdentity",MC="Policy",HC="PolicyArns",IU="ProviderArn",TU="ProvidedContexts",vU="ProvidedContextsListT\
ype",CU="ProvidedContext",PU="PolicyDescriptorType",AU="ProviderId",BC="PackedPolicySize",bU="PackedPolicyTooLargeException",OU="Provider",GC="RoleArn",NU="Regi\
onDisabledException",zC="RoleSessionName",DU="Subject",kU="SecretAccessKey",$U="SubjectFromWebIdentityToken",Bg="SourceIdentity",LU="SerialNumber",FU="SessionTo\
ken",jC="SessionTokenSize",VC="SessionTokenUtilization",UU="SubjectType",MU="Tags",HU="TokenCode",qC="TransactionContext",WC="TrustedIdentityPropagationContext",
BU="TransitiveTagKeys",GU="Tag",zU="Value",jU="WebIdentityToken",VU="arn",qU="accessKeySecretType",Eo="awsQueryError",So="client",WU="clientTokenType",xo="error",
Ro="httpError",_o="message",KU="originIdentityIssuerType",JU="originIdentitySubjectType",YU="originIdentitySubjectTypeType",XU="policyDescriptorListType",KC="sm\
ithy.ts.sdk.synthetic.com.amazonaws.sts",QU="transactionContextIdentityProviderMapType",ZU="transactionContextValueType",eM="tagListType",j="com.amazonaws.sts",
JC=new Z(KC),YC=[-3,KC,"STSServiceException",0,[],[]];JC.registerError(YC,it);Wr=new Z(j),XC=[-3,j,fU,{[Eo]:["ExpiredTokenException",400],[xo]:So,[Ro]:400},[_o],
[0]];Wr.registerError(XC,Cs);QC=[-3,j,EU,{[Eo]:["IDPCommunicationError",400],[xo]:So,[Ro]:400},[_o],[0]];Wr.registerError(QC,ks);ZC=[-3,j,SU,{[Eo]:["IDPRejected\
Claim",403],[xo]:So,[Ro]:403},[_o],[0]];Wr.registerError(ZC,Ns);eP=[-3,j,yU,{[Eo]:["InvalidContextAssertion",400],[xo]:So,[Ro]:400},[_o],[0]];Wr.registerError(eP,
Ps);tP=[-3,j,xU,{[Eo]:["InvalidIdentityToken",400],[xo]:So,[Ro]:400},[_o],[0]];Wr.registerError(tP,Ds);rP=[-3,j,wU,{[Eo]:["MalformedPolicyDocument",400],[xo]:So,
[Ro]:400},[_o],[0]];Wr.registerError(rP,As);oP=[-3,j,bU,{[Eo]:["PackedPolicyTooLarge",400],[xo]:So,[Ro]:400},[_o],[0]];Wr.registerError(oP,bs);nP=[-3,j,NU,{[Eo]:[
"RegionDisabledException",403],[xo]:So,[Ro]:403},[_o],[0]];Wr.registerError(nP,Os);Gg=[JC,Wr],tM=[0,j,qU,8,0],rM=[0,j,WU,8,0],oM=[0,j,KU,8,0],nM=[0,j,JU,8,0],iM=
[0,j,YU,8,0],sM=[0,j,ZU,8,0],zg=[3,j,Mg,0,[nU,tU],[0,0],2],iP=[3,j,iU,0,[GC,zC,HC,MC,LC,MU,BU,mU,LU,HU,Bg,TU,FC],[0,0,()=>gP,0,1,()=>cM,64,0,0,0,0,()=>aM,1],2],
sP=[3,j,sU,0,[Hg,Mg,BC,Bg,VC,jC],[[()=>jg,0],()=>zg,1,0,1,1]],aP=[3,j,cU,0,[GC,zC,jU,AU,HC,MC,LC,FC],[0,0,[()=>rM,0],0,()=>gP,0,1,1],3],cP=[3,j,pU,0,[Hg,$U,Mg,BC,
OU,lU,Bg,VC,jC,WC],[[()=>jg,0],0,()=>zg,1,0,0,0,1,1,[()=>fP,0]]],jg=[3,j,Hg,0,[rU,kU,FU,dU],[0,[()=>tM,0],0,4],4],pP=[3,j,UC,0,[DU,UU,hU,gU],[[()=>nM,0],[()=>iM,
0],[()=>oM,0],0]],lP=[3,j,PU,0,[VU],[0]],uP=[3,j,CU,0,[IU,uU],[0,0]],dP=[3,j,GU,0,[_U,zU],[0,0],2],mP=[3,j,qC,0,[RU],[[()=>pM,0]]],fP=[3,j,WC,8,[UC,qC],[[()=>pP,
0],[()=>mP,0]]],gP=[1,j,XU,0,()=>lP],aM=[1,j,vU,0,()=>uP],cM=[1,j,eM,0,()=>dP],pM=[2,j,QU,0,[0,0],[()=>sM,0]],Vg=[9,j,oU,0,()=>iP,()=>sP],qg=[9,j,aU,0,()=>aP,()=>cP]});var hP,yP=p(()=>{Ie();en();Og();ot();tn();T();U();$();Lg();kg();$s();hP=t=>({apiVersion:"2011-06-15",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??Sp,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
NC,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"aws.aut\
h#sigv4a",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:e=>e.getIdentityProvider("s\
mithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??is,protocolSettings:t?.protocolSettings??{defaultNamespace:"c\
om.amazonaws.sts",errorTypeRegistries:Gg,xmlNamespace:"https://sts.amazonaws.com/doc/2011-06-15/",version:"2011-06-15",serviceTarget:"AWSSecurityTokenServiceV20\
110615"},serviceId:t?.serviceId??"STS",sha256:t?.sha256??ft,signerConstructor:t?.signerConstructor??nn,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,
utf8Encoder:t?.utf8Encoder??ee})});var EP,SP=p(()=>{ns();M();Ie();ot();T();k();ut();$();fo();yP();EP=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=hP(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),httpAuthSchemes:t?.
httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:i=>i.getIdentityProvider("aws.auth#sigv4")||(async s=>await t.credentialDefaultProvider(s?.__config||
{})()),signer:new Ee},{schemeId:"aws.auth#sigv4a",identityProvider:i=>i.getIdentityProvider("aws.auth#sigv4a"),signer:new po},{schemeId:"smithy.api#noAuth",identityProvider:i=>i.
getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],maxAttempts:t?.maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...Ze,...n}),requestHandler:ke.
create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).retryMode||nt},t),sigv4aSigningRegionSet:t?.sigv4aSigningRegionSet??w(
Tc,n),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var xP,RP,_P=p(()=>{xP=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},RP=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var wP,IP=p(()=>{M();T();U();_P();wP=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),xP(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
RP(r))}});var wo,Rp=p(()=>{M();ot();T();k();K();U();ut();Q();Lg();Fg();SP();IP();wo=class extends Te{config;constructor(...[e]){let r=EP(e||{});super(r),this.initConfig=r;
let o=kC(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),l=DC(c),u=wP(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:AC,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials,"aws.auth#sigv4a":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var _p,wp,Ip,Wg=p(()=>{T();K();Fg();_p=Lt($C,"AWSSecurityTokenServiceV20110615","STSClient",cr),wp={},Ip=(t,e,r,o)=>[]});var an,Tp=p(()=>{Wg();$s();an=class extends _p(wp,Ip,"AssumeRole",Vg){}});var cn,vp=p(()=>{Wg();$s();cn=class extends _p(wp,Ip,"AssumeRoleWithWebIdentity",qg){}});var lM,Cp,TP=p(()=>{T();Tp();vp();Rp();lM={AssumeRoleCommand:an,AssumeRoleWithWebIdentityCommand:cn},Cp=class extends wo{};Gr(lM,Cp)});var vP=p(()=>{Tp();vp()});var CP=p(()=>{});var PP,AP,bP,OP,NP,DP=p(()=>{M();Tp();vp();PP=t=>{if(typeof t?.Arn=="string"){let e=t.Arn.split(":");if(e.length>4&&e[4]!=="")return e[4]}},AP=async(t,e,r,o={})=>{
let n=typeof t=="function"?await t():t,i=typeof e=="function"?await e():e,s="",a=n??i??(s=await Sf(o)());return r?.debug?.("@aws-sdk/client-sts::resolveRegion",
"accepting first of:",`${n} (credential provider clientConfig)`,`${i} (contextual client)`,`${s} (STS default: AWS_REGION, profile region, or us-east-1)`),a},bP=
(t,e)=>{let r,o;return async(n,i)=>{if(o=n,!r){let{logger:u=t?.parentClientConfig?.logger,profile:d=t?.parentClientConfig?.profile,region:m,requestHandler:f=t?.
parentClientConfig?.requestHandler,credentialProviderLogger:g,userAgentAppId:y=t?.parentClientConfig?.userAgentAppId}=t,h=await AP(m,t?.parentClientConfig?.region,
g,{logger:u,profile:d}),x=!NP(f);r=new e({...t,userAgentAppId:y,profile:d,credentialDefaultProvider:()=>async()=>o,region:h,requestHandler:x?f:void 0,logger:u})}
let{Credentials:s,AssumedRoleUser:a}=await r.send(new an(i));if(!s||!s.AccessKeyId||!s.SecretAccessKey)throw new Error(`Invalid response from STS.assumeRole cal\
l with role ${i.RoleArn}`);let c=PP(a),l={accessKeyId:s.AccessKeyId,secretAccessKey:s.SecretAccessKey,sessionToken:s.SessionToken,expiration:s.Expiration,...s.CredentialScope&&
{credentialScope:s.CredentialScope},...c&&{accountId:c}};return H(l,"CREDENTIALS_STS_ASSUME_ROLE","i"),l}},OP=(t,e)=>{let r;return async o=>{if(!r){let{logger:c=t?.
parentClientConfig?.logger,profile:l=t?.parentClientConfig?.profile,region:u,requestHandler:d=t?.parentClientConfig?.requestHandler,credentialProviderLogger:m,userAgentAppId:f=t?.
parentClientConfig?.userAgentAppId}=t,g=await AP(u,t?.parentClientConfig?.region,m,{logger:c,profile:l}),y=!NP(d);r=new e({...t,userAgentAppId:f,profile:l,region:g,
requestHandler:y?d:void 0,logger:c})}let{Credentials:n,AssumedRoleUser:i}=await r.send(new cn(o));if(!n||!n.AccessKeyId||!n.SecretAccessKey)throw new Error(`Inv\
alid response from STS.assumeRoleWithWebIdentity call with role ${o.RoleArn}`);let s=PP(i),a={accessKeyId:n.AccessKeyId,secretAccessKey:n.SecretAccessKey,sessionToken:n.
SessionToken,expiration:n.Expiration,...n.CredentialScope&&{credentialScope:n.CredentialScope},...s&&{accountId:s}};return s&&H(a,"RESOLVED_ACCOUNT_ID","T"),H(a,
"CREDENTIALS_STS_ASSUME_ROLE_WEB_ID","k"),a}},NP=t=>t?.metadata?.handlerProtocol==="h2"});var kP,$P,LP,uM,FP=p(()=>{DP();Rp();kP=(t,e)=>e?class extends t{constructor(o){super(o);for(let n of e)this.middlewareStack.use(n)}}:t,$P=(t={},e)=>bP(t,kP(wo,e)),
LP=(t={},e)=>OP(t,kP(wo,e)),uM=t=>e=>t({roleAssumer:$P(e),roleAssumerWithWebIdentity:LP(e),...e})});var Kg={};nr(Kg,{$Command:()=>sr,AssumeRole$:()=>Vg,AssumeRoleCommand:()=>an,AssumeRoleRequest$:()=>iP,AssumeRoleResponse$:()=>sP,AssumeRoleWithWebIdentity$:()=>qg,
AssumeRoleWithWebIdentityCommand:()=>cn,AssumeRoleWithWebIdentityRequest$:()=>aP,AssumeRoleWithWebIdentityResponse$:()=>cP,AssumedRoleUser$:()=>zg,Credentials$:()=>jg,
ExpiredTokenException:()=>Cs,ExpiredTokenException$:()=>XC,IDPCommunicationErrorException:()=>ks,IDPCommunicationErrorException$:()=>QC,IDPRejectedClaimException:()=>Ns,
IDPRejectedClaimException$:()=>ZC,InvalidContextAssertionException:()=>Ps,InvalidContextAssertionException$:()=>eP,InvalidIdentityTokenException:()=>Ds,InvalidIdentityTokenException$:()=>tP,
MalformedPolicyDocumentException:()=>As,MalformedPolicyDocumentException$:()=>rP,OriginIdentity$:()=>pP,PackedPolicyTooLargeException:()=>bs,PackedPolicyTooLargeException$:()=>oP,
PolicyDescriptorType$:()=>lP,ProvidedContext$:()=>uP,RegionDisabledException:()=>Os,RegionDisabledException$:()=>nP,STS:()=>Cp,STSClient:()=>wo,STSServiceException:()=>it,
STSServiceException$:()=>YC,Tag$:()=>dP,TransactionContext$:()=>mP,TrustedIdentityPropagationContext$:()=>fP,__Client:()=>Te,decorateDefaultCredentialProvider:()=>uM,
errorTypeRegistries:()=>Gg,getDefaultRoleAssumer:()=>$P,getDefaultRoleAssumerWithWebIdentity:()=>LP});var Jg=p(()=>{Rp();TP();vP();T();$s();Ug();CP();FP();xp()});var MP,dM,mM,HP,UP,BP=p(()=>{M();k();uC();MP=(t,{profile:e="default",logger:r}={})=>!!t&&typeof t=="object"&&typeof t.role_arn=="string"&&["undefined","string"].
indexOf(typeof t.role_session_name)>-1&&["undefined","string"].indexOf(typeof t.external_id)>-1&&["undefined","string"].indexOf(typeof t.mfa_serial)>-1&&(dM(t,{
profile:e,logger:r})||mM(t,{profile:e,logger:r})),dM=(t,{profile:e,logger:r})=>{let o=typeof t.source_profile=="string"&&typeof t.credential_source>"u";return o&&
r?.debug?.(`    ${e} isAssumeRoleWithSourceProfile source_profile=${t.source_profile}`),o},mM=(t,{profile:e,logger:r})=>{let o=typeof t.credential_source=="stri\
ng"&&typeof t.source_profile>"u";return o&&r?.debug?.(`    ${e} isCredentialSourceProfile credential_source=${t.credential_source}`),o},HP=async(t,e,r,o,n={},i)=>{
r.logger?.debug("@aws-sdk/credential-provider-ini - resolveAssumeRoleCredentials (STS)");let s=e[t],{source_profile:a,region:c}=s;if(!r.roleAssumer){let{getDefaultRoleAssumer:u}=await Promise.resolve().then(()=>(Jg(),Kg));
r.roleAssumer=u({...r.clientConfig,credentialProviderLogger:r.logger,parentClientConfig:{...o,...r?.parentClientConfig,region:c??r?.parentClientConfig?.region??
o?.region}},r.clientPlugins)}if(a&&a in n)throw new R(`Detected a cycle attempting to resolve credentials for profile ${Xe(r)}. Profiles visited: `+Object.keys(
n).join(", "),{logger:r.logger});r.logger?.debug(`@aws-sdk/credential-provider-ini - finding credential resolver using ${a?`source_profile=[${a}]`:`profile=[${t}\
]`}`);let l=a?i(a,e,r,o,{...n,[a]:!0},UP(e[a]??{})):(await lC(s.credential_source,t,r.logger)(r))();if(UP(s))return l.then(u=>H(u,"CREDENTIALS_PROFILE_SOURCE_PR\
OFILE","o"));{let u={RoleArn:s.role_arn,RoleSessionName:s.role_session_name||`aws-sdk-js-${Date.now()}`,ExternalId:s.external_id,DurationSeconds:parseInt(s.duration_seconds||
"3600",10)},{mfa_serial:d}=s;if(d){if(!r.mfaCodeProvider)throw new R(`Profile ${t} requires multi-factor authentication, but no MFA code callback was provided.`,
{logger:r.logger,tryNextLink:!1});u.SerialNumber=d,u.TokenCode=await r.mfaCodeProvider(d)}let m=await l;return r.roleAssumer(m,u).then(f=>H(f,"CREDENTIALS_PROFI\
LE_SOURCE_PROFILE","o"))}},UP=t=>!t.role_arn&&!!t.credential_source});function fM(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"signin",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,context:r}})}}
function gM(t){return{schemeId:"smithy.api#noAuth"}}var GP,zP,jP,Yg=p(()=>{Ie();T();GP=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{
throw new Error("expected `region` to be configured for `aws.auth#sigv4`")})()});zP=t=>{let e=[];return t.operation==="CreateOAuth2Token"?e.push(gM(t)):e.push(fM(
t)),e},jP=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??[])})}});var VP,qP,Xg=p(()=>{VP=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"signin"}),qP=
{UseFIPS:{type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{
type:"builtInParams",name:"useDualstackEndpoint"}}});var vo,Io,WP,Jn,KP,Yn,JP,Zg,Kr,Qg,YP,XP,To,tA,QP,Pp,Ve,ZP,eA,hM,G,yM,rA,oA=p(()=>{K();vo="ref",Io=-1,WP=!1,Jn=!0,KP="isSet",Yn="booleanEquals",JP="coalesce",Zg=
"PartitionResult",Kr="stringEquals",Qg="getAttr",YP="https://signin.{Region}.{PartitionResult#dualStackDnsSuffix}",XP={[vo]:"Endpoint"},To={fn:Qg,argv:[{[vo]:Zg},
"name"]},tA={[vo]:"Region"},QP={[vo]:Zg},Pp={authSchemes:[{name:"sigv4",signingName:"signin",signingRegion:"{Region}"}]},Ve={},ZP=[tA],eA={conditions:[[KP,ZP],[
Yn,[{fn:JP,argv:[{[vo]:"IsControlPlane"},WP]},Jn]],[KP,[XP]],["aws.partition",ZP,Zg],[Yn,[{[vo]:"UseFIPS"},Jn]],[Kr,[To,"aws"]],[Yn,[{fn:JP,argv:[{[vo]:"IsOAuth\
Endpoint"},WP]},Jn]],[Yn,[{[vo]:"UseDualStack"},Jn]],[Kr,[To,"aws-cn"]],[Kr,[tA,"us-gov-west-1"]],[Kr,[To,"aws-us-gov"]],[Yn,[{fn:Qg,argv:[QP,"supportsFIPS"]},Jn]],
[Kr,[To,"aws-iso"]],[Kr,[To,"aws-iso-b"]],[Kr,[To,"aws-iso-f"]],[Kr,[To,"aws-iso-e"]],[Kr,[To,"aws-eusc"]],[Yn,[{fn:Qg,argv:[QP,"supportsDualStack"]},Jn]]],results:[
[Io],["https://signin.{Region}.api.aws",Pp],["https://signin.{Region}.api.amazonwebservices.com.cn",Pp],[YP,Pp],[Io,"FIPS endpoints are not supported for OAuth \
operations. Disable FIPS or use a non-OAuth operation."],["https://{Region}.oauth.signin.aws",Pp],["https://{Region}.signin.aws.amazon.com",Ve],["https://{Regio\
n}.signin.amazonaws.cn",Ve],["https://{Region}.signin.amazonaws-us-gov.com",Ve],["https://{Region}.signin.c2shome.ic.gov",Ve],["https://{Region}.signin.sc2shome\
.sgov.gov",Ve],["https://{Region}.signin.csphome.hci.ic.gov",Ve],["https://{Region}.signin.csphome.adc-e.uk",Ve],["https://{Region}.signin.amazonaws-eusc.eu",Ve],
["https://signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin-fips.amazonaws-us-gov.com",Ve],["https://{Region}.signin.{PartitionResult#dnsSuffix}",
Ve],[Io,"Invalid Configuration: FIPS and custom endpoint are not supported"],[Io,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[XP,Ve],
["https://signin-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",Ve],[Io,"FIPS and DualStack are enabled, but this partition does not support one or both"],
["https://signin-fips.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"FIPS is enabled but this partition does not support FIPS"],[YP,Ve],[Io,"DualStack is enable\
d but this partition does not support DualStack"],["https://signin.{Region}.{PartitionResult#dnsSuffix}",Ve],[Io,"Invalid Configuration: Missing Region"]]},hM=2,
G=1e8,yM=new Int32Array([-1,1,-1,0,6,3,2,36,4,4,5,G+27,6,G+4,G+27,1,29,7,2,36,8,3,9,31,4,22,10,5,19,11,7,21,12,8,G+7,13,10,G+8,14,12,G+9,15,13,G+10,16,14,G+11,17,
15,G+12,18,16,G+13,G+16,6,G+5,20,7,21,G+6,17,G+24,G+25,6,G+4,23,7,27,24,9,G+14,25,10,G+15,26,11,G+22,G+23,11,28,G+21,17,G+20,G+21,2,35,30,3,39,31,4,32,G+27,6,G+
4,33,7,G+27,34,9,G+14,G+27,3,39,36,4,38,37,7,G+18,G+19,6,G+4,G+17,5,G+1,40,8,G+2,G+3]),rA=et.from(yM,hM,eA.conditions,eA.results)});var EM,nA,iA=p(()=>{M();K();oA();EM=new tt({size:50,params:["Endpoint","IsControlPlane","IsOAuthEndpoint","Region","UseDualStack","UseFIPS"]}),nA=(t,e={})=>EM.get(
t,()=>Mt(rA,{endpointParams:t,logger:e.logger}));Ne.aws=dt});var Ir,Ap=p(()=>{T();Ir=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.signin#SigninServiceException";constructor(e){super(e),Object.setPrototypeOf(
this,t.prototype)}}});var Ls,Fs,Us,Ms,eh=p(()=>{Ap();Ls=class t extends Ir{static shapeId="com.amazonaws.signin#AccessDeniedException";name="AccessDeniedException";$fault="client";error;constructor(e){
super({name:"AccessDeniedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Fs=class t extends Ir{static shapeId="co\
m.amazonaws.signin#InternalServerException";name="InternalServerException";$fault="server";error;constructor(e){super({name:"InternalServerException",$fault:"se\
rver",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}},Us=class t extends Ir{static shapeId="com.amazonaws.signin#TooManyRequestsError";name="\
TooManyRequestsError";$fault="client";error;constructor(e){super({name:"TooManyRequestsError",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.
error=e.error}},Ms=class t extends Ir{static shapeId="com.amazonaws.signin#ValidationException";name="ValidationException";$fault="client";error;constructor(e){
super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.error=e.error}}});var SM,xM,RM,_M,wM,IM,TM,vM,CM,PM,AM,bM,OM,NM,DM,sA,th,kM,ih,aA,cA,$M,Co,rh,LM,oh,FM,mA,sh,pA,Fe,Op,UM,bp,lA,fA,uA,dA,MM,HM,BM,nh,GM,qe,gA,hA,Hs,yA,EA,SA,xA,ah,
zM,RA,_A,wA,IA,TA,vA,CA,PA,ch,ph,Bs=p(()=>{Q();eh();Ap();SM="AccessDeniedException",xM="AccessToken",RM="CreateOAuth2Token",_M="CreateOAuth2TokenRequest",wM="Cr\
eateOAuth2TokenRequestBody",IM="CreateOAuth2TokenResponseBody",TM="CreateOAuth2TokenResponse",vM="CreateOAuth2TokenWithIAM",CM="CreateOAuth2TokenWithIAMRequest",
PM="CreateOAuth2TokenWithIAMResponse",AM="InternalServerException",bM="OAuthAccessToken",OM="RefreshToken",NM="TooManyRequestsError",DM="ValidationException",sA=
"accessKeyId",th="accessToken",kM="access_token",ih="client",aA="clientId",cA="codeVerifier",$M="code",Co="error",rh="expiresIn",LM="expires_in",oh="grantType",
FM="grant_type",mA="http",sh="httpError",pA="idToken",Fe="jsonName",Op="message",UM="resource",bp="refreshToken",lA="redirectUri",fA="smithy.ts.sdk.synthetic.co\
m.amazonaws.signin",uA="secretAccessKey",dA="sessionToken",MM="server",HM="tokenInput",BM="tokenOutput",nh="tokenType",GM="token_type",qe="com.amazonaws.signin",
gA=new Z(fA),hA=[-3,fA,"SigninServiceException",0,[],[]];gA.registerError(hA,Ir);Hs=new Z(qe),yA=[-3,qe,SM,{[Co]:ih},[Co,Op],[0,0],2];Hs.registerError(yA,Ls);EA=
[-3,qe,AM,{[Co]:MM,[sh]:500},[Co,Op],[0,0],2];Hs.registerError(EA,Fs);SA=[-3,qe,NM,{[Co]:ih,[sh]:429},[Co,Op],[0,0],2];Hs.registerError(SA,Us);xA=[-3,qe,DM,{[Co]:ih,
[sh]:400},[Co,Op],[0,0],2];Hs.registerError(xA,Ms);ah=[gA,Hs],zM=[0,qe,bM,8,0],RA=[0,qe,OM,8,0],_A=[3,qe,xM,8,[sA,uA,dA],[[0,{[Fe]:sA}],[0,{[Fe]:uA}],[0,{[Fe]:dA}]],
3],wA=[3,qe,_M,0,[HM],[[()=>IA,16]],1],IA=[3,qe,wM,0,[aA,oh,$M,lA,cA,bp],[[0,{[Fe]:aA}],[0,{[Fe]:oh}],0,[0,{[Fe]:lA}],[0,{[Fe]:cA}],[()=>RA,{[Fe]:bp}]],2],TA=[3,
qe,TM,0,[BM],[[()=>vA,16]],1],vA=[3,qe,IM,0,[th,nh,rh,bp,pA],[[()=>_A,{[Fe]:th}],[0,{[Fe]:nh}],[1,{[Fe]:rh}],[()=>RA,{[Fe]:bp}],[0,{[Fe]:pA}]],4],CA=[3,qe,CM,0,
[oh,UM],[[0,{[Fe]:FM}],0],2],PA=[3,qe,PM,0,[th,nh,rh],[[()=>zM,{[Fe]:kM}],[0,{[Fe]:GM}],[1,{[Fe]:LM}]],3],ch=[9,qe,RM,{[mA]:["POST","/v1/token",200]},()=>wA,()=>TA],
ph=[9,qe,vM,{[mA]:["POST","/v1/token?x-amz-client-auth-method=iam",200]},()=>CA,()=>PA]});var AA,bA=p(()=>{Ie();en();ot();tn();T();U();$();Yg();iA();Bs();AA=t=>({apiVersion:"2023-01-01",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??
he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.endpointProvider??nA,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??
zP,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee},{schemeId:"smithy.\
api#noAuth",identityProvider:e=>e.getIdentityProvider("smithy.api#noAuth")||(async()=>({})),signer:new rt}],logger:t?.logger??new we,protocol:t?.protocol??Vr,protocolSettings:t?.
protocolSettings??{defaultNamespace:"com.amazonaws.signin",errorTypeRegistries:ah,version:"2023-01-01",serviceTarget:"Signin"},serviceId:t?.serviceId??"Signin",
sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??ee})});var OA,NA=p(()=>{ns();M();Ie();T();k();ut();$();fo();bA();OA=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=AA(t);It(process.version);let n={profile:t?.
profile,logger:o.logger};return{...o,...t,runtime:"node",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??
vt,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:go.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...Ze,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}}});var DA,kA,$A=p(()=>{DA=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);
i===-1?e.push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){
return o}}},kA=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()})});var LA,FA=p(()=>{M();T();U();$A();LA=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),DA(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),
kA(r))}});var Gs,lh=p(()=>{M();ot();T();k();K();U();ut();Q();Yg();Xg();NA();FA();Gs=class extends Te{config;constructor(...[e]){let r=OA(e||{});super(r),this.initConfig=r;
let o=VP(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),l=jP(c),u=LA(l,e?.extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(
Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.
use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:GP,identityProviderConfigProvider:async d=>new je(
{"aws.auth#sigv4":d.credentials})})),this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}}});var Np,UA,MA,Dp,uh=p(()=>{T();K();Xg();Np=Lt(qP,"Signin","SigninClient",cr),UA={IsControlPlane:{type:"staticContextParams",value:!1}},MA={IsOAuthEndpoint:{type:"\
staticContextParams",value:!0}},Dp=(t,e,r,o)=>[]});var zs,dh=p(()=>{uh();Bs();zs=class extends Np(UA,Dp,"CreateOAuth2Token",ch){}});var js,mh=p(()=>{uh();Bs();js=class extends Np(MA,Dp,"CreateOAuth2TokenWithIAM",ph){}});var jM,kp,HA=p(()=>{T();dh();mh();lh();jM={CreateOAuth2TokenCommand:zs,CreateOAuth2TokenWithIAMCommand:js},kp=class extends Gs{};Gr(jM,kp)});var BA=p(()=>{dh();mh()});var VM,GA=p(()=>{VM={AUTHCODE_EXPIRED:"AUTHCODE_EXPIRED",CONFLICT:"CONFLICT",INSUFFICIENT_PERMISSIONS:"INSUFFICIENT_PERMISSIONS",INVALID_REQUEST:"INVALID_REQUES\
T",OAUTH_INVALID_CLIENT:"invalid_client",OAUTH_INVALID_GRANT:"invalid_grant",OAUTH_INVALID_REQUEST:"invalid_request",OAUTH_INVALID_SCOPE:"invalid_scope",OAUTH_INVALID_TARGET:"\
invalid_target",OAUTH_RATE_EXCEEDED:"rate_exceeded",OAUTH_SERVICE_UNAVAILABLE:"service_unavailable",OAUTH_UNSUPPORTED_GRANT_TYPE:"unsupported_grant_type",RESOURCE_NOT_FOUND:"\
RESOURCE_NOT_FOUND",SERVER_ERROR:"server_error",SERVICE_QUOTA_EXCEEDED:"SERVICE_QUOTA_EXCEEDED",TOKEN_EXPIRED:"TOKEN_EXPIRED",USER_CREDENTIALS_CHANGED:"USER_CRE\
DENTIALS_CHANGED"}});var zA=p(()=>{});var jA={};nr(jA,{$Command:()=>sr,AccessDeniedException:()=>Ls,AccessDeniedException$:()=>yA,AccessToken$:()=>_A,CreateOAuth2Token$:()=>ch,CreateOAuth2TokenCommand:()=>zs,
CreateOAuth2TokenRequest$:()=>wA,CreateOAuth2TokenRequestBody$:()=>IA,CreateOAuth2TokenResponse$:()=>TA,CreateOAuth2TokenResponseBody$:()=>vA,CreateOAuth2TokenWithIAM$:()=>ph,
CreateOAuth2TokenWithIAMCommand:()=>js,CreateOAuth2TokenWithIAMRequest$:()=>CA,CreateOAuth2TokenWithIAMResponse$:()=>PA,InternalServerException:()=>Fs,InternalServerException$:()=>EA,
OAuth2ErrorCode:()=>VM,Signin:()=>kp,SigninClient:()=>Gs,SigninServiceException:()=>Ir,SigninServiceException$:()=>hA,TooManyRequestsError:()=>Us,TooManyRequestsError$:()=>SA,
ValidationException:()=>Ms,ValidationException$:()=>xA,__Client:()=>Te,errorTypeRegistries:()=>ah});var VA=p(()=>{lh();HA();BA();T();Bs();GA();eh();zA();Ap()});var Po,$p,qA,Vs,Lp,WA=p(()=>{k();U();Po=require("node:crypto"),$p=require("node:fs"),qA=require("node:os"),Vs=require("node:path"),Lp=class t{profileData;init;callerClientConfig;static REFRESH_THRESHOLD=300*
1e3;constructor(e,r,o){this.profileData=e,this.init=r,this.callerClientConfig=o}async loadCredentials(){let e=await this.loadToken();if(!e)throw new R(`Failed t\
o load a token for session ${this.loginSession}, please re-authenticate using aws login`,{tryNextLink:!1,logger:this.logger});let r=e.accessToken,o=Date.now();return new Date(
r.expiresAt).getTime()-o<=t.REFRESH_THRESHOLD?this.refresh(e):this.toCredentials(e.accessToken)}get logger(){return this.init?.logger}get loginSession(){return this.
profileData.login_session}toCredentials(e){return{accessKeyId:e.accessKeyId,secretAccessKey:e.secretAccessKey,sessionToken:e.sessionToken,accountId:e.accountId,
expiration:new Date(e.expiresAt)}}async refresh(e){let r=await this.loadToken().catch(()=>e),o=Date.now(),n=new Date(r.accessToken.expiresAt).getTime(),i=new Date(
e.accessToken.expiresAt).getTime(),s=n<=o&&i>o?e:r;if(new Date(s.accessToken.expiresAt).getTime()-Date.now()>t.REFRESH_THRESHOLD)return this.toCredentials(s.accessToken);
let{SigninClient:c,CreateOAuth2TokenCommand:l}=await Promise.resolve().then(()=>(VA(),jA)),{logger:u,userAgentAppId:d}=this.callerClientConfig??{},f=(S=>S?.metadata?.
handlerProtocol==="h2")(this.callerClientConfig?.requestHandler)?void 0:this.callerClientConfig?.requestHandler,g=typeof s.signInRegion=="string"&&s.signInRegion.
length>0?s.signInRegion:void 0,y=g??this.profileData.region??await this.callerClientConfig?.region?.()??process.env.AWS_REGION,h=new c({credentials:{accessKeyId:"",
secretAccessKey:""},region:y,requestHandler:f,logger:u,userAgentAppId:d,...this.init?.clientConfig,...g&&{region:g}});this.createDPoPInterceptor(h.middlewareStack);
let x={tokenInput:{clientId:s.clientId,refreshToken:s.refreshToken,grantType:"refresh_token"}};try{let S=await h.send(new l(x)),{accessKeyId:C,secretAccessKey:A,
sessionToken:L}=S.tokenOutput?.accessToken??{},{refreshToken:X,expiresIn:Ae}=S.tokenOutput??{};if(!C||!A||!L||!X)throw new R("Token refresh response missing req\
uired fields",{logger:this.logger,tryNextLink:!1});let or=(Ae??900)*1e3,Tr=new Date(Date.now()+or),le={...s,accessToken:{...s.accessToken,accessKeyId:C,secretAccessKey:A,
sessionToken:L,expiresAt:Tr.toISOString()},refreshToken:X};return await this.saveToken(le),this.toCredentials(le.accessToken)}catch(S){if(S.name==="AccessDenied\
Exception"){let A=S.error,L;switch(A){case"TOKEN_EXPIRED":L="Your session has expired. Please reauthenticate.";break;case"USER_CREDENTIALS_CHANGED":L="Unable to\
 refresh credentials because of a change in your password. Please reauthenticate with your new password.";break;case"INSUFFICIENT_PERMISSIONS":L="Unable to refr\
esh credentials due to insufficient permissions. You may be missing permission for the 'CreateOAuth2Token' action.";break;default:L=`Failed to refresh token: ${String(
S)}. Please re-authenticate using \`aws login\``}throw new R(L,{logger:this.logger,tryNextLink:!1})}if(new Date(s.accessToken.expiresAt).getTime()>Date.now())return this.
logger?.warn?.(`Failed to refresh token: ${String(S)}. Using existing token until expiry.`),this.toCredentials(s.accessToken);throw new R(`Failed to refresh tok\
en: ${String(S)}. Please re-authenticate using aws login`,{logger:this.logger})}}async loadToken(){let e=this.getTokenFilePath();try{let r=await $p.promises.readFile(
e,"utf8"),o=JSON.parse(r),n=["accessToken","clientId","refreshToken","dpopKey"].filter(i=>!o[i]);if(o.accessToken?.accountId||n.push("accountId"),n.length>0)throw new R(
`Token validation failed, missing fields: ${n.join(", ")}`,{logger:this.logger,tryNextLink:!1});return o}catch(r){throw new R(`Failed to load token from ${e}: ${String(
r)}`,{logger:this.logger,tryNextLink:!1})}}async saveToken(e){let r=this.getTokenFilePath(),o=(0,Vs.dirname)(r);try{await $p.promises.mkdir(o,{recursive:!0})}catch{}
await $p.promises.writeFile(r,JSON.stringify(e,null,2),"utf8")}getTokenFilePath(){let e=process.env.AWS_LOGIN_CACHE_DIRECTORY??(0,Vs.join)((0,qA.homedir)(),".aw\
s","login","cache"),r=Buffer.from(this.loginSession,"utf8"),o=(0,Po.createHash)("sha256").update(r).digest("hex");return(0,Vs.join)(e,`${o}.json`)}derToRawSignature(e){
let r=2;if(e[r]!==2)throw new Error("Invalid DER signature");r++;let o=e[r++],n=e.subarray(r,r+o);if(r+=o,e[r]!==2)throw new Error("Invalid DER signature");r++;
let i=e[r++],s=e.subarray(r,r+i);n=n[0]===0?n.subarray(1):n,s=s[0]===0?s.subarray(1):s;let a=Buffer.concat([Buffer.alloc(32-n.length),n]),c=Buffer.concat([Buffer.
alloc(32-s.length),s]);return Buffer.concat([a,c])}createDPoPInterceptor(e){e.add(r=>async o=>{if(z.isInstance(o.request)){let n=o.request,i=`${n.protocol}//${n.
hostname}${n.port?`:${n.port}`:""}${n.path}`,s=await this.generateDpop(n.method,i);n.headers={...n.headers,DPoP:s}}return r(o)},{step:"finalizeRequest",name:"dp\
opInterceptor",override:!0})}async generateDpop(e="POST",r){let o=await this.loadToken();try{let n=(0,Po.createPrivateKey)({key:o.dpopKey,format:"pem",type:"sec\
1"}),s=(0,Po.createPublicKey)(n).export({format:"der",type:"spki"}),a=-1;for(let S=0;S<s.length;S++)if(s[S]===4){a=S;break}let c=s.slice(a+1,a+33),l=s.slice(a+33,
a+65),u={alg:"ES256",typ:"dpop+jwt",jwk:{kty:"EC",crv:"P-256",x:c.toString("base64url"),y:l.toString("base64url")}},d={jti:crypto.randomUUID(),htm:e,htu:r,iat:Math.
floor(Date.now()/1e3)},m=Buffer.from(JSON.stringify(u)).toString("base64url"),f=Buffer.from(JSON.stringify(d)).toString("base64url"),g=`${m}.${f}`,y=(0,Po.sign)(
"sha256",Buffer.from(g),n),x=this.derToRawSignature(y).toString("base64url");return`${g}.${x}`}catch(n){throw new R(`Failed to generate Dpop proof: ${n instanceof
Error?n.message:String(n)}`,{logger:this.logger,tryNextLink:!1})}}}});var KA,JA=p(()=>{M();k();WA();KA=t=>async({callerClientConfig:e}={})=>{t?.logger?.debug?.("@aws-sdk/credential-providers - fromLoginCredentials");let r=await Sr(
t||{}),o=Xe({profile:t?.profile??e?.profile}),n=r[o];if(!n?.login_session)throw new R(`Profile ${o} does not contain login_session.`,{tryNextLink:!0,logger:t?.logger});
let s=await new Lp(n,t,e).loadCredentials();return H(s,"CREDENTIALS_LOGIN","AD")}});var YA={};nr(YA,{fromLoginCredentials:()=>KA});var XA=p(()=>{JA()});var QA,ZA,eb=p(()=>{M();QA=t=>!!(t&&t.login_session),ZA=async(t,e,r)=>{let{fromLoginCredentials:o}=await Promise.resolve().then(()=>(XA(),YA)),n=await o({...e,profile:t})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_LOGIN","AC")}});var tb,rb=p(()=>{M();tb=(t,e,r)=>{if(e.Version!==1)throw Error(`Profile ${t} credential_process did not return Version 1.`);if(e.AccessKeyId===void 0||e.SecretAccessKey===
void 0)throw Error(`Profile ${t} credential_process returned invalid credentials.`);if(e.Expiration){let i=new Date;if(new Date(e.Expiration)<i)throw Error(`Pro\
file ${t} credential_process returned expired credentials.`)}let o=e.AccountId;!o&&r?.[t]?.aws_account_id&&(o=r[t].aws_account_id);let n={accessKeyId:e.AccessKeyId,
secretAccessKey:e.SecretAccessKey,...e.SessionToken&&{sessionToken:e.SessionToken},...e.Expiration&&{expiration:new Date(e.Expiration)},...e.CredentialScope&&{credentialScope:e.
CredentialScope},...o&&{accountId:o}};return H(n,"CREDENTIALS_PROCESS","w"),n}});var ob,nb,ib,sb=p(()=>{k();ob=require("node:child_process"),nb=require("node:util");rb();ib=async(t,e,r)=>{let o=e[t];if(e[t]){let n=o.credential_process;if(n!==
void 0){let i=(0,nb.promisify)($i?.getTokenRecord?.().exec??ob.exec);try{let{stdout:s}=await i(n),a;try{a=JSON.parse(s.trim())}catch{throw Error(`Profile ${t} c\
redential_process returned invalid JSON.`)}return tb(t,a,e)}catch(s){throw new R(s.message,{logger:r})}}else throw new R(`Profile ${t} did not contain credentia\
l_process.`,{logger:r})}else throw new R(`Profile ${t} could not be found in shared credentials file.`,{logger:r})}});var ab,cb=p(()=>{k();sb();ab=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-process - fromProcess");let r=await Sr(t);
return ib(Xe({profile:t.profile??e?.profile}),r,t.logger)}});var fh={};nr(fh,{fromProcess:()=>ab});var gh=p(()=>{cb()});var pb,lb,ub=p(()=>{M();pb=t=>!!t&&typeof t=="object"&&typeof t.credential_process=="string",lb=async(t,e)=>{let{fromProcess:r}=await Promise.resolve().then(()=>(gh(),fh)),
o=await r({...t,profile:e})();return H(o,"CREDENTIALS_PROFILE_PROCESS","v")}});var db,mb,fb=p(()=>{M();db=async(t,e,r={},o)=>{let{fromSSO:n}=await Promise.resolve().then(()=>(Pg(),Cg));return n({profile:t,logger:r.logger,parentClientConfig:r.
parentClientConfig,clientConfig:r.clientConfig})({callerClientConfig:o}).then(i=>e.sso_session?H(i,"CREDENTIALS_PROFILE_SSO","r"):H(i,"CREDENTIALS_PROFILE_SSO_L\
EGACY","t"))},mb=t=>t&&(typeof t.sso_start_url=="string"||typeof t.sso_account_id=="string"||typeof t.sso_session=="string"||typeof t.sso_region=="string"||typeof t.
sso_role_name=="string")});var hh,yh,gb=p(()=>{M();hh=t=>!!t&&typeof t=="object"&&typeof t.aws_access_key_id=="string"&&typeof t.aws_secret_access_key=="string"&&["undefined","string"].indexOf(
typeof t.aws_session_token)>-1&&["undefined","string"].indexOf(typeof t.aws_account_id)>-1,yh=async(t,e)=>{e?.logger?.debug("@aws-sdk/credential-provider-ini - \
resolveStaticCredentials");let r={accessKeyId:t.aws_access_key_id,secretAccessKey:t.aws_secret_access_key,sessionToken:t.aws_session_token,...t.aws_credential_scope&&
{credentialScope:t.aws_credential_scope},...t.aws_account_id&&{accountId:t.aws_account_id}};return H(r,"CREDENTIALS_PROFILE","n")}});var Xn,Eh=p(()=>{Xn=t=>async e=>{t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromWebToken");let{roleArn:r,roleSessionName:o,webIdentityToken:n,
providerId:i,policyArns:s,policy:a,durationSeconds:c}=t,{roleAssumerWithWebIdentity:l}=t;if(!l){let{getDefaultRoleAssumerWithWebIdentity:u}=await Promise.resolve().then(()=>(Jg(),Kg));
l=u({...t.clientConfig,credentialProviderLogger:t.logger,parentClientConfig:{...e?.callerClientConfig,...t.parentClientConfig}},t.clientPlugins)}return l({RoleArn:r,
RoleSessionName:o??`aws-sdk-js-session-${Date.now()}`,WebIdentityToken:n,ProviderId:i,PolicyArns:s,Policy:a,DurationSeconds:c})}});var yb,hb,qM,WM,Eb,Sb=p(()=>{M();k();yb=require("node:fs");Eh();hb="AWS_WEB_IDENTITY_TOKEN_FILE",qM="AWS_ROLE_ARN",WM="AWS_ROLE_SESSION_NAME",Eb=(t={})=>async e=>{
t.logger?.debug("@aws-sdk/credential-provider-web-identity - fromTokenFile");let r=t?.webIdentityTokenFile??process.env[hb],o=t?.roleArn??process.env[qM],n=t?.roleSessionName??
process.env[WM];if(!r||!o)throw new R("Web identity configuration not specified",{logger:t.logger});let i=await Xn({...t,webIdentityToken:$i?.getTokenRecord?.()[r]??
(0,yb.readFileSync)(r,{encoding:"ascii"}),roleArn:o,roleSessionName:n})(e);return r===process.env[hb]&&H(i,"CREDENTIALS_ENV_VARS_STS_WEB_ID_TOKEN","h"),i}});var Sh={};nr(Sh,{fromTokenFile:()=>Eb,fromWebToken:()=>Xn});var Fp=p(()=>{Sb();Eh()});var xb,Rb,_b=p(()=>{M();xb=t=>!!t&&typeof t=="object"&&typeof t.web_identity_token_file=="string"&&typeof t.role_arn=="string"&&["undefined","string"].indexOf(typeof t.
role_session_name)>-1,Rb=async(t,e,r)=>{let{fromTokenFile:o}=await Promise.resolve().then(()=>(Fp(),Sh)),n=await o({webIdentityTokenFile:t.web_identity_token_file,
roleArn:t.role_arn,roleSessionName:t.role_session_name,roleAssumerWithWebIdentity:e.roleAssumerWithWebIdentity,logger:e.logger,parentClientConfig:e.parentClientConfig})(
{callerClientConfig:r});return H(n,"CREDENTIALS_PROFILE_STS_WEB_ID_TOKEN","q")}});var xh,wb=p(()=>{k();BP();eb();ub();fb();gb();_b();xh=async(t,e,r,o,n={},i=!1)=>{let s=e[t];if(Object.keys(n).length>0&&hh(s))return yh(s,r);if(i||MP(s,{profile:t,
logger:r.logger}))return HP(t,e,r,o,n,xh);if(hh(s))return yh(s,r);if(xb(s))return Rb(s,r,o);if(pb(s))return lb(r,t);if(mb(s))return await db(t,s,r,o);if(QA(s))return ZA(
t,r,o);throw new R(`Could not resolve credentials using profile: [${t}] in configuration/credentials file(s).`,{logger:r.logger})}});var Ib,Tb=p(()=>{k();wb();Ib=(t={})=>async({callerClientConfig:e}={})=>{t.logger?.debug("@aws-sdk/credential-provider-ini - fromIni");let r=await Sr(t);return xh(
Xe({profile:t.profile??e?.profile}),r,t,e)}});var vb={};nr(vb,{fromIni:()=>Ib});var Cb=p(()=>{Tb()});var fD=require("node:fs");var _=class extends Error{constructor(r,o,n){super(`${r}: ${hi(o)} ${n}`);this.option=r;this.rule=n;this.name="InputError"}option;rule;exitCode=2},_t=class extends Error{constructor(r,o,n){
super(r,n);this.hint=o;this.name="DeliveryError"}hint;exitCode=1},xe=class extends _t{constructor(e,r){super(e,r),this.name="PrerequisiteError"}},gr=class extends _t{constructor(e,r,o){
super(e,r,o),this.name="CredentialsError"}},B=class extends _t{constructor(e,r,o){super(e,r,o),this.name="RegistryError"}},Xr=class extends _t{constructor(e,r){
super(`gave up after ${e} s (timeout-seconds)${r.length?`, still waiting for ${r.join(", ")}`:""}`,"check that the runner can reach AWS and the registry (proxy,\
 firewall, VPC endpoints, AWS_ENDPOINT_URL_*); raise timeout-seconds if the build or push legitimately takes longer"),this.name="DeadlineError"}},gi=class extends _t{constructor(e,r){
super(e,r),this.name="ScanGateError"}},hr=class extends _t{constructor(e){super(e,"check HTTPS_PROXY / HTTP_PROXY (host, port, and the user:password in the URL \
if the proxy wants one), or list the host in NO_PROXY to reach it directly"),this.name="ProxyError"}},sa=class extends _t{exitCode;constructor(e,r){super(`cance\
lled by ${e}${r.length?` while running ${r.join(", ")}`:""}`),this.name="CancelledError",this.exitCode=128+(e==="SIGINT"?2:15)}},at=class extends _t{constructor(e,r){
super(e,r),this.name="DockerError"}},QD=/[\u007f-\u009f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f\ufeff\ufff9-\ufffb]/g;function hi(t,e=80){let r=Array.
from(t.slice(0,e*2)),o=r.length>e||t.length>e*2?`${r.slice(0,e).join("")}\u2026`:t;return JSON.stringify(o).replace(QD,n=>`\\u${n.charCodeAt(0).toString(16).padStart(
4,"0")}`)}function hn(t){return t instanceof _?{message:t.message,exitCode:2}:t instanceof _t?{message:t.message,hint:t.hint,exitCode:t.exitCode}:{message:t instanceof
Error?`${t.name}: ${t.message}`:String(t),exitCode:1}}var ay=t=>`ECR_DELIVER_${t.toUpperCase().replace(/-/g,"_")}`,cy=t=>`ECR_DELIVERED_${t.toUpperCase().replace(/-/g,"_")}`;var Lr=[{name:"registry",description:"Registry host, as ECR returns it, e.g. `123456789012.dkr.ecr.eu-west-1.amazonaws.com`."},{name:"repository-uri",description:"\
Repository URI, `<registry>/<repository>`."},{name:"image",description:"Image reference with the commit SHA tag, `<repository-uri>:<sha>`."},{name:"digest",description:"\
Digest (`sha256:\u2026`) of the pushed manifest."},{name:"image-ref",description:"Image reference pinned by digest, `<repository-uri>@<digest>`."},{name:"tags",
type:"list",description:"Tags applied, comma-separated, the SHA first."},{name:"pushed",type:"boolean",description:"`true`, or `false` when nothing was uploaded\
 (skip-existing hit, immutable SHA already there, or push: false)."},{name:"scan-findings",description:'With `scan-wait`: counts by severity as JSON, e.g. `{"CR\
ITICAL":0,"HIGH":2}`; empty without a scan.'}];function Do(t,e){let r=t[e];return Array.isArray(r)?r.join(","):String(r)}function py(t){return Object.fromEntries(
Lr.map(({name:e})=>[e,Do(t,e)]))}var Ly=require("node:child_process"),Fy=require("node:fs");var Sy=require("node:fs");var uy=require("node:crypto");var ly=128,ZD=/^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-((?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*)(?:\.(?:0|[1-9]\d*|\d*[a-zA-Z-][0-9a-zA-Z-]*))*))?(?:\+([0-9a-zA-Z-]+(?:\.[0-9a-zA-Z-]+)*))?$/,
ek=/^refs\/(?:tags\/(.+)|heads\/(.+)|pull\/(\d{1,9})\/(?:merge|head))$/;function td(t){let e=ek.exec(t);if(e)return e[1]!==void 0?{tag:e[1]}:e[2]!==void 0?{branch:e[2]}:
{pullRequest:Number(e[3])}}function dy(t,e={}){let r=e.pull_request?.number;if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")&&Number.isInteger(r))return{
pullRequest:r};let o=t.GITHUB_REF?td(t.GITHUB_REF):void 0;return o||(t.GITHUB_REF_TYPE==="tag"&&t.GITHUB_REF_NAME?{tag:t.GITHUB_REF_NAME}:t.GITHUB_REF_TYPE==="b\
ranch"&&t.GITHUB_REF_NAME?{branch:t.GITHUB_REF_NAME}:{})}function my(t){if(t.CIRCLE_TAG)return{tag:t.CIRCLE_TAG};if(t.CIRCLE_PR_NUMBER&&/^\d{1,9}$/.test(t.CIRCLE_PR_NUMBER))
return{pullRequest:Number(t.CIRCLE_PR_NUMBER)};let e=/\/pull\/(\d{1,9})\/?$/.exec(t.CIRCLE_PULL_REQUEST??"")?.[1];return{...t.CIRCLE_BRANCH?{branch:t.CIRCLE_BRANCH}:
{},...e?{pullRequest:Number(e)}:{}}}function tk(t){let e=ZD.exec(t);if(!e)return;let[,r,o,n,i,s]=e,a=t.replace(/^v/,"");if(i!==void 0||s!==void 0)return{tags:[a.
replace("+","_")],version:a};let c=[`${r}.${o}.${n}`,`${r}.${o}`];return r!=="0"&&c.push(r),{tags:c,version:a}}function fy(t){let e=t.toLowerCase().replace(/[^a-z0-9_.-]+/g,
"-").replace(/^[.-]+/,"").replace(/-+$/,""),r=(0,uy.createHash)("sha256").update(t).digest("hex").slice(0,7);return e?e.length<=ly?e:`${e.slice(0,ly-r.length-1).
replace(/[.-]+$/,"")}-${r}`:`branch-${r}`}function gy(t,e){let r=[],o;if(e.semverTags&&t.tag!==void 0){let n=tk(t.tag);n&&(r.push(...n.tags),o=n.version)}return e.
branchTag&&(t.branch!==void 0&&r.push(fy(t.branch)),t.pullRequest!==void 0&&r.push(`pr-${t.pullRequest}`)),{tags:[...new Set(r)],version:o}}function hy(t,e){let r=t.
length||e.tags.length?[...t]:["latest"];for(let o of e.tags)o.includes(".")&&e.version!==void 0?r.push("*.*"):/^pr-\d+$/.test(o)?r.push("pr-*"):r.push(o);return[
...new Set(r)]}var rd=5;function yy(t,e,r){for(let o of t.tags){let n=r(o);if(!n)continue;let i=o===`pr-${e.pullRequest}`||e.branch!==void 0&&o===fy(e.branch)?"\
branch-tag":"semver-tags";throw new _(i,o,`${n} (derived from the git ref)`)}}var yn=require("node:fs");var oe=(t,e)=>r=>t.test(r)?void 0:e;function En(t,e,r){if(r)throw new _(t,e,r)}var se=(t,e=r=>r)=>({type:"string",parse:(r,o)=>{let n=e(r);return t&&En(o,n,t(n)),
n}}),ct={type:"boolean",parse:(t,e)=>{if(/^(true|1)$/i.test(t))return!0;if(/^(false|0)$/i.test(t))return!1;throw new _(e,t,"is not a boolean: use true or false")}},
aa=(t,e)=>({type:"integer",parse:(r,o)=>{let n=/^\d{1,6}$/.test(r)?Number(r):NaN;if(!(n>=t&&n<=e))throw new _(o,r,`is not a whole number from ${t} to ${e}`);return n}}),
Fr=(...t)=>({type:"enum",values:t,parse:(e,r)=>{let o=t.find(n=>n.toUpperCase()===e.toUpperCase());if(o===void 0)throw new _(r,e,`is not one of ${t.join(", ")}`);
return o}}),ko=(t,{commas:e=!1,max:r=1/0}={})=>({type:"list",parse:(o,n)=>{let i=o.split(e?/[\n,]/:/\n/).map(s=>s.replace(/\r$/,"").trim()).filter(s=>s!=="");for(let s of i)
En(n,s,t(s));if(i.length>r)throw new _(n,o,`lists more than ${r} entries`);return[...new Set(i)]}}),Sn=t=>({type:"path",parse:(e,r)=>(t?.(r,e),e)});function $o(t,e){
if(!(0,yn.existsSync)(e)||!(0,yn.statSync)(e).isFile())throw new _(t,e,"is not a readable file")}function od(t,e){$o(t,e);try{JSON.parse((0,yn.readFileSync)(e,"\
utf8"))}catch{throw new _(t,e,"does not contain valid JSON")}}var rk=/^(?:[a-z0-9]+(?:[._-][a-z0-9]+)*\/)*[a-z0-9]+(?:[._-][a-z0-9]+)*$/,ok=/^[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}$/,nk=/^[a-z]{2,4}(?:-[a-z]+)+-\d{1,2}$/,ik=/^[\w+=,.@-]{2,64}$/,
sk=/^[a-z0-9]+\/[a-z0-9_]+(?:\/[a-z0-9]+)?$/,ak=/^[0-9a-f]{40}$/,ck=/^\d{12}$/,pk=/^[\x21-\x7e]{1,256}$/,Me={repository:t=>t.length>=2&&t.length<=256&&rk.test(t)?
void 0:"is not a valid ECR repository name: lowercase letters and digits, separated by single `.`, `_`, `-` or `/`, 2\u2013256 characters",region:oe(nk,"is not \
an AWS region name like `eu-west-1`"),tag:oe(ok,"is not a valid image tag: `[A-Za-z0-9_][A-Za-z0-9_.-]{0,127}`"),commitSha:oe(ak,"is not a full commit SHA (40 h\
ex characters)"),sessionName:oe(ik,"is not a valid STS session name: `[\\w+=,.@-]`, 2\u201364 characters"),account:oe(ck,"is not an AWS account id (12 digits)"),
audience:oe(pk,"is not a valid audience: 1\u2013256 printable characters, no spaces")},xy=t=>t.split(",").every(e=>sk.test(e.trim()))?void 0:"is not a comma-sep\
arated list of `os/arch[/variant]`",Ey=/^(\d{12})(?:@([a-z]{2,4}(?:-[a-z]+)+-\d{1,2}))?$/,nd="public.ecr.aws/",Ry={type:"list",parse:(t,e)=>ko(oe(Ey,"is not an \
ECR registry id (12 digits) or `ID@REGION`"),{commas:!0}).parse(t,e).map(r=>{let[,o,n]=Ey.exec(r);return n?{id:o,region:n}:{id:o}})},ca=t=>({type:"string",parse:(e,r)=>{
let o=e.startsWith("file://")?e.slice(7):void 0;o!==void 0&&$o(r,o);let n=o!==void 0?(0,Sy.readFileSync)(o,"utf8"):e;if(n.length>t)throw new _(r,e,`is longer th\
an ECR Public's limit of ${t} characters`);return n}}),_y={type:"string",parse:(t,e)=>{let r=td(t);if(!r)throw new _(e,t,"is not a git ref: `refs/tags/NAME`, `r\
efs/heads/NAME` or `refs/pull/N/merge`");return r}},id=t=>t.startsWith(nd),wy=t=>/^[a-z0-9][a-z0-9-]{1,49}\//.test(t.slice(nd.length))?void 0:"is not `public.ec\
r.aws/<alias>/<name>`";function Ur(t){return id(t)?t.slice(nd.length).split("/").slice(1).join("/"):t}var Iy="[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})",Ty="[A-Za-z0-9.\
_-]{1,100}",lk=new RegExp(`^${Iy}/${Ty}$`),uk=new RegExp(`^${Iy}@\\d{1,20}/${Ty}@\\d{1,20}$`),vy=/^(?!\/|-)(?!.*\.\.)(?!.*\/\/)[A-Za-z0-9._/+@*?#-]{1,255}$/,Cy=/^[^\x00-\x1f\x7f:]{1,255}$/,
sd=/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/,Py=/^[A-Za-z0-9._/+@*#-]{1,255}$/,Ay=/^arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)$/,
by=/^[a-z0-9*][a-z0-9._/*-]{0,255}$/,dk=/^(?:https:\/\/)?[a-z0-9.-]+(?::\d+)?(?:\/[\w./-]+)?$/i,Oy=t=>lk.test(t)||uk.test(t)?void 0:"is not a GitHub repository \
like `octo-org/octo-repo`, or `octo-org@123456/octo-repo@456789` with the immutable ids",Ny=oe(vy,"is not a git branch name"),Dy=oe(vy,"is not a git tag name"),
ky=t=>t.length>=2&&t.length<=30&&!Me.repository(t)?void 0:"is not a pull-through cache prefix (2\u201330 characters, ECR's repository naming rule)",$y={type:"st\
ring",parse:(t,e)=>(En(e,t,dk.test(t)?void 0:"is not an OIDC issuer like `ghe.example.com/_services/token`"),t.replace(/^https:\/\//,"").replace(/\/+$/,""))},ad={
type:"string",parse:t=>!/^(false|0)$/i.test(t)};function mk(t){return t.GITHUB_ACTIONS==="true"?"github":t.CIRCLECI==="true"?"circleci":"other"}function xn(t,e=process.env,r="deliver"){let o=mk(e),n=r==="logi\
n"?"":Ek(t,e);return{ci:o,region:pd(t.awsRegion,e),commitSha:n,sessionName:t.roleSessionName??Sk(e),sourceUrl:xk(e),release:r==="login"?{tags:[]}:fk(t,e,o,n)}}function fk(t,e,r,o){
if(!t.semverTags&&!t.branchTag)return{tags:[]};let n=t.gitRef??gk(r,e,o),i=gy(n,t);return yy(i,n,Me.tag),i}function gk(t,e,r){if(t==="github")return dy(e,Uy(e));
if(t==="circleci")return my(e);let o=cd(["describe","--tags","--exact-match",r]);if(o)return{tag:o};let n=cd(["symbolic-ref","--short","-q","HEAD"]);return n?{branch:n}:
{}}function cd(t){try{return(0,Ly.execFileSync)("git",t,{encoding:"utf8",stdio:["ignore","pipe","ignore"]}).trim()||void 0}catch{return}}function Uy(t){if(!t.GITHUB_EVENT_PATH)
return{};try{return JSON.parse((0,Fy.readFileSync)(t.GITHUB_EVENT_PATH,"utf8"))}catch{return{}}}function pd(t,e){let r=t??(e.AWS_REGION||e.AWS_DEFAULT_REGION);if(!r)
throw new _("aws-region","","is required: set aws-region, or AWS_REGION / AWS_DEFAULT_REGION");let o=Me.region(r);if(o)throw new _("aws-region",r,o);return r}function Qr(t){
return t.startsWith("cn-")?"aws-cn":t.startsWith("us-gov-")?"aws-us-gov":"aws"}function hk(t){if(/^pull_request(_target)?$/.test(t.GITHUB_EVENT_NAME??"")){let e=Uy(
t).pull_request?.head?.sha;if(e)return e}return t.GITHUB_SHA}var yk=()=>cd(["rev-parse","HEAD"]);function Ek(t,e){let r=(t.commitSha??hk(e)??e.CIRCLE_SHA1??yk())?.
toLowerCase();if(!r)throw new _("commit-sha","","is required outside GitHub and CircleCI when `git rev-parse HEAD` has no answer");let o=Me.commitSha(r);if(o)throw new _(
"commit-sha",r,o);return r}function Sk(t){return`ecr-deliver-${t.GITHUB_RUN_ID?`${t.GITHUB_RUN_ID}-${t.GITHUB_RUN_ATTEMPT??"1"}`:t.CIRCLE_BUILD_NUM??t.CIRCLE_WORKFLOW_JOB_ID??
String(Date.now())}`.replace(/[^\w+=,.@-]/g,"-").slice(0,64)}function xk(t){if(t.GITHUB_REPOSITORY)return`${t.GITHUB_SERVER_URL??"https://github.com"}/${t.GITHUB_REPOSITORY}`;
let e=t.CIRCLE_REPOSITORY_URL;if(e){let r=/^git@([^:]+):(.+?)(?:\.git)?$/.exec(e);return r?`https://${r[1]}/${r[2]}`:e.replace(/\.git$/,"")}return""}var ir=require("node:fs"),la=require("node:os"),Zr=require("node:path"),Rk=["auths","credHelpers","credsStore","currentContext","proxies"],_k=["buildx","cli-plu\
gins","contexts"];function ld(t){return t.DOCKER_CONFIG||(0,Zr.join)(t.HOME||(0,la.homedir)(),".docker")}var pa=class t{constructor(e){this.dir=e;process.once("\
exit",this.onExit)}dir;removed=!1;onExit=()=>this.remove();static create(e){let r=new t((0,ir.mkdtempSync)((0,Zr.join)((0,la.tmpdir)(),"ecr-deliver-docker-"))),
o=ld(e);(0,ir.writeFileSync)((0,Zr.join)(r.dir,"config.json"),JSON.stringify(wk((0,Zr.join)(o,"config.json")),null,2),{mode:384});for(let n of _k)(0,ir.existsSync)(
(0,Zr.join)(o,n))&&(0,ir.symlinkSync)((0,Zr.join)(o,n),(0,Zr.join)(r.dir,n));return r}remove(){this.removed||(this.removed=!0,process.off("exit",this.onExit),(0,ir.rmSync)(
this.dir,{recursive:!0,force:!0}))}};function wk(t){let e;try{e=JSON.parse((0,ir.readFileSync)(t,"utf8"))}catch{return{}}let r=Object.fromEntries(Rk.filter(o=>e[o]!==
void 0).map(o=>[o,e[o]]));return typeof e.credsStore=="string"&&e.credsStore?Ik(r,e.credsStore):r}function Ik(t,e){let{credsStore:r,...o}=t,n=t.auths??{},i={};for(let[
s,a]of Object.entries(n))a?.auth||(i[s]=e);return{...o,credHelpers:{...i,...t.credHelpers}}}var Tk=[/^ACTIONS_ID_TOKEN_REQUEST_(TOKEN|URL)$/,/^ACTIONS_RUNTIME_TOKEN$/,/^CIRCLE_OIDC_TOKEN/,/^INPUT_/];function Rn(t,e){let r=Object.fromEntries(Object.entries(
t).filter(([o])=>!Tk.some(n=>n.test(o))));return e?{...r,...vk(t),DOCKER_CONFIG:e}:r}function vk(t){return t.DOCKER_CERT_PATH||!(t.DOCKER_TLS_VERIFY||t.DOCKER_TLS)?
{}:{DOCKER_CERT_PATH:ld(t)}}var Ck=3e3,eo=class{constructor(e,r){this.seconds=e;this.lifetime=r;this.expired=new Promise((o,n)=>{this.fail=n}),this.expired.catch(()=>{})}seconds;lifetime;controller=new AbortController;waiting=[];timer;fail;ending=!1;expired;onCancel=()=>this.
end(new sa(this.lifetime?.cancelled?.reason,this.stillWaiting()));get ms(){return this.seconds*1e3}get signal(){return this.controller.signal}async bound(e){this.
timer=setTimeout(()=>this.end(new Xr(this.seconds,this.stillWaiting())),this.ms);let r=this.lifetime?.cancelled;r?.aborted&&this.onCancel(),r?.addEventListener(
"abort",this.onCancel);try{let o=e().catch(n=>this.ending?this.expired:Promise.reject(n));return await Promise.race([o,this.expired])}finally{clearTimeout(this.
timer),r?.removeEventListener("abort",this.onCancel)}}async watch(e,r){this.controller.signal.throwIfAborted(),this.waiting.push(e);try{return await r()}finally{
this.waiting.splice(this.waiting.indexOf(e),1)}}stillWaiting(){return[...new Set(this.waiting)]}end(e){if(this.ending)return;this.ending=!0,clearTimeout(this.timer),
this.controller.abort(),(this.lifetime?.stopChildren(Ck)??Promise.resolve()).then(()=>this.fail(e))}};function to(t,e,r){return t?t.watch(e,r):r()}var _n=require("node:fs"),oE=require("node:os"),fd=require("node:path");var Lo=require("node:fs");var Pk=/^[A-Za-z0-9_.-]{1,128}$/,Ak=/^[A-Za-z_][A-Za-z0-9_]*$/,bk=/^[A-Za-z_][A-Za-z0-9_]*=/,Ok=/^(PATH|HOME|DOCKER_\w*|BUILDX_\w*|BUILDKIT_\w*|ECR_DELIVER_\w*)$/,
Nk=t=>`ECR_DELIVER_BUILD_SECRET_${t}`,yi=t=>t.split(`
`).map(e=>e.replace(/\r$/,"").trim()).filter(Boolean),My=t=>t.includes("=")?`${t.split("=")[0]}=***`:"***";function ud(t,e,r){let o=e.slice(0,Math.max(0,e.indexOf(
"=")));if(!o||!Pk.test(o))throw new _(t,My(e),"is not `id=\u2026` with an id of letters, digits, `_`, `.` or `-`");if(r?.has(o))throw new _(t,My(e),"repeats a s\
ecret id");return r?.add(o),o}var Hy={type:"list",parse:(t,e)=>{let r=new Set;return yi(t).map(o=>{let n=ud(e,o,r),i=o.slice(n.length+1),s=/^env:(.*)$/.exec(i)?.[1];
if(s!==void 0&&!Ak.test(s))throw new _(e,`${n}=env:${s}`,"names no valid environment variable");if(s===void 0&&i==="")throw new _(e,`${n}=`,"has an empty value");
return s!==void 0?{id:n,env:s}:{id:n,value:i}})}},By={type:"list",parse:(t,e)=>{let r=new Set;return yi(t).map(o=>{let n=ud(e,o,r),i=o.slice(n.length+1);if(!(0,Lo.existsSync)(
i)||!(0,Lo.statSync)(i).isFile())throw new _(e,`${n}=${i}`,"does not name a readable file");return{id:n,path:i}})}},Gy={type:"list",parse:(t,e)=>yi(t).map(r=>{if(!r.
includes("=")){if(r!=="default")throw new _(e,r,"is not `default` or `id=PATH`");return{id:r}}let o=ud(e,r),n=r.slice(o.length+1);if(!(0,Lo.existsSync)(n))throw new _(
e,r,"names no existing key file or agent socket");return{id:o,path:n}})},zy={type:"list",parse:(t,e)=>{let r=yi(t);for(let o of r){let n=o.split("=")[0];if(!bk.
test(o))throw new _(e,o.includes("=")?`${n.slice(0,40)}=***`:"***","is not `KEY=VALUE` with KEY made of letters, digits and `_`");if(Ok.test(n))throw new _(e,`${n}\
=***`,"is a name the docker CLI reads from its own environment (PATH, HOME, DOCKER_*, BUILDX_*, BUILDKIT_*)")}return[...new Set(r)]}};function Ei(t){return{inline:t.
secrets,files:t.secretFiles,ssh:t.ssh}}var ua=t=>t.inline.length?"secrets":t.files.length?"secret-files":t.ssh.length?"ssh":void 0;function jy(t,e){let r=new Set(
t.inline.map(o=>o.id));for(let o of t.files)if(r.has(o.id))throw new _("secret-files",`${o.id}=${o.path}`,"repeats an id of `secrets`");for(let o of t.inline)if(o.
env&&e[o.env]===void 0)throw new _("secrets",`${o.id}=env:${o.env}`,"names an environment variable that is not set");for(let o of t.ssh)if(!o.path&&!e.SSH_AUTH_SOCK)
throw new _("ssh",o.id,"needs an SSH agent (SSH_AUTH_SOCK is not set), or use `id=PATH` with a key file")}function Vy(t,e){let r=[];for(let o of t.inline){let n=o.
value??e[o.env];n&&r.push(n)}for(let o of t.files){let n=(0,Lo.readFileSync)(o.path,"utf8");n.length<=65536&&r.push(n.trim(),...yi(n).filter(i=>i.length>=4))}return[
...new Set(r.filter(Boolean))]}function qy(t){let e=[],r={};t.inline.forEach((o,n)=>{let i=o.env??Nk(n);o.value!==void 0&&(r[i]=o.value),e.push("--secret",`id=${o.
id},env=${i}`)});for(let o of t.files)e.push("--secret",`id=${o.id},src=${o.path}`);for(let o of t.ssh)e.push("--ssh",o.path?`${o.id}=${o.path}`:o.id);return{argv:e,
env:r}}var Wy={buildx:"buildx (docker buildx build)",buildkit:"the daemon's embedded BuildKit (DOCKER_BUILDKIT=1 docker build)",classic:"the classic builder (DOCKER_BU\
ILDKIT=0 docker build)"};function Si(t){let e=t.DOCKER_BUILDKIT;if(e!==void 0){if(/^(1|t|true)$/i.test(e))return!0;if(/^(0|f|false)$/i.test(e))return!1}}async function Ky(t,e,r={}){
let o=Si(e),n=r.buildx??r.buildkit;if(o===!1){if(n)throw new xe(`${n} needs BuildKit, but DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} selects the classic builder`,"uns\
et DOCKER_BUILDKIT (or set it to 1), or drop the option");return"classic"}let[i,s]=await Promise.all([t.buildx(),t.embeddedBuildkit()]);if(i)return"buildx";if(r.
buildx)throw new xe(`${r.buildx} needs docker buildx, which this machine does not have`,"install the buildx plugin (GitHub: docker/setup-buildx-action; CircleCI\
: the machine executor has it), or drop the option");if(s)return"buildkit";let a="install the buildx plugin (GitHub: docker/setup-buildx-action), or use a docke\
r CLI older than 23 with the daemon's embedded BuildKit";if(r.buildkit)throw new xe(`${r.buildkit} needs BuildKit, but this docker CLI cannot build with BuildKi\
t without the buildx plugin`,a);if(o===!0)throw new xe(`DOCKER_BUILDKIT=${e.DOCKER_BUILDKIT} asks for BuildKit, but this docker CLI cannot build with BuildKit w\
ithout the buildx plugin`,a);return"classic"}function Jy(t){let e=o=>new RegExp(`^${o}:\\s*(\\S+)`,"m").exec(t)?.[1],r={name:e("Name"),driver:e("Driver")};return r.
driver==="docker"&&/^Labels:/m.test(t)&&(r.containerdStore=/^\s*org\.mobyproject\.buildkit\.worker\.snapshotter:/m.test(t)),r}function Yy(t){try{return(JSON.parse(
t)??[]).some(([r,o])=>r==="driver-type"&&o.startsWith("io.containerd.snapshotter"))}catch{return}}function Xy(t){return t?.driver==="docker"&&t.containerdStore?
["--output","type=image,push="]:["--push"]}function Qy(t){if(t.driver)return t.driver!=="docker"?!0:t.containerdStore}var Dk='turn on the containerd image store\
 ({"features":{"containerd-snapshotter":true}} in daemon.json), use a buildx builder of another driver (docker buildx create --use --driver docker-container), o\
r build one platform per job';function dd(t,e){return new xe(`platform ${t} needs a builder that builds several platforms: ${e}`,Dk)}function da(t){return[...new Set((t??"").split(",").map(e=>e.trim()).filter(Boolean))]}var xi=(t,e)=>`${t}-${e.replace(/\//g,"-")}`;function ma(t){let[e,r,o]=t.
split("/");return o?{os:e,architecture:r,variant:o}:{os:e,architecture:r}}function Ri(t){let e=t.variant??"";return(t.architecture==="arm64"&&e==="v8"||t.architecture===
"amd64"&&e==="v1")&&(e=""),t.architecture==="arm"&&!e&&(e="v7"),[t.os,t.architecture,e].filter(Boolean).join("/")}var md=t=>[t.os??"?",t.architecture??"?",t.variant].
filter(Boolean).join("/");function Zy(t,e){let r=t.endsWith("/arm")?/^armv(\d)/.exec(e)?.[1]:void 0;return r?`${t}/v${r}`:t}var eE=3,kk=/\b5\d\d\b|Service Unavailable|Bad Gateway|Gateway Time-?out|connection reset|broken pipe|\bEOF\b|i\/o timeout|TLS handshake timeout|connection refused|Client\.Timeout|too ?many ?requests|\b429\b|net\/http/i,
tE=/no basic auth credentials|authentication required|unauthorized|\b401\b|authorization token has expired|denied: Your authorization token/i,rE=t=>t.startsWith(
"-")?`./${t}`:t;function nE(t,e){let r={};return t.platform?.includes(",")?r.buildx="platform":t.provenance?r.buildx="provenance":t.builder&&(r.buildx=`builder ${t.
builder}`),r.buildkit=ua(e),r}function $k({name:t,setup:e}){return t?e?.driver==="docker"?["--context",t,"buildx","build"]:["buildx","build","--builder",t]:["bu\
ildx","build"]}function Lk(t,e,r={}){let o=e==="buildx",n=o?$k(r):["build"],i=o?{}:{DOCKER_BUILDKIT:e==="buildkit"?"1":"0"};n.push("--file",rE(t.dockerfile)),e===
"classic"&&n.push("--force-rm");for(let s of t.tags)n.push("--tag",s);for(let[s,a]of Object.entries(t.labels))n.push("--label",`${s}=${a}`);for(let s of t.buildArgs){
let a=s.indexOf("=");i[s.slice(0,a)]=s.slice(a+1),n.push("--build-arg",s.slice(0,a))}if(t.target&&n.push("--target",t.target),t.platform&&n.push("--platform",t.
platform),e!=="classic"){let s=qy(t.secrets);n.push(...s.argv),Object.assign(i,s.env)}return t.cache&&(o&&n.push("--cache-to","type=inline"),e==="buildkit"&&n.push(
"--build-arg","BUILDKIT_INLINE_CACHE=1"),t.cache.from&&n.push("--cache-from",o?`type=registry,ref=${t.cache.from}`:t.cache.from)),o&&(n.push("--provenance",t.provenance?
"mode=max":"false"),t.provenance&&n.push("--sbom","true"),n.push(...t.pushFromBuilder?Xy(r.setup):["--load"]),r.metadataFile&&n.push("--metadata-file",r.metadataFile)),
n.push(rE(t.context)),{argv:n,env:i}}function Fk(t){return/digest: (sha256:[a-f0-9]{64})/.exec(t)?.[1]}var fa=1e4,ro=class{constructor(e,r,o,n=process.env,i){this.
runner=e;this.reporter=r;this.deadline=o;this.env=n;this.builderName=i}runner;reporter;deadline;env;builderName;run(e,r,o){let n=r.indexOf("buildx");return to(this.
deadline,`docker ${n>=0?`buildx ${r[n+1]}`:r[0]}`,()=>this.runner(e,r,{...o,env:o?.env?{...this.env,...o.env}:this.env}))}async check(){let e;try{e=await this.run(
"docker",["version","--format","{{.Server.Version}}"],{silent:!0,timeoutMs:fa})}catch{throw new xe("docker is not installed: no `docker` command on PATH","use a\
 runner or executor with Docker (CircleCI: the machine executor, or a docker image with setup_remote_docker)")}if(e.timedOut)throw new xe(`the docker daemon did\
 not answer within ${fa/1e3} s (docker version)`,"the daemon is hung or overloaded: restart the docker engine (or check DOCKER_HOST / the docker context)");if(e.
code!==0){let r=e.stderr.trim().split(`
`).pop()??"";throw new xe(`the docker daemon is not reachable: ${r}`,"start the docker engine (CircleCI docker executor: add `setup_remote_docker`; or use the m\
achine executor)")}}buildx;embedded;chosen;hasBuildx(){return this.buildx??=this.run("docker",["buildx","version"],{silent:!0}).then(e=>e.code===0,()=>!1),this.
buildx}drivesEmbeddedBuildkit(){return this.embedded??=this.run("docker",["build","--help"],{silent:!0,env:{DOCKER_BUILDKIT:"1"}}).then(e=>e.code===0,()=>!1),this.
embedded}builder(e){return this.chosen??=this.choose(e),this.chosen}async choose(e){this.hasBuildx().then(s=>s&&Si(this.env)!==!1?this.inspectBuildx():void 0).catch(
()=>{});let o=await Ky({buildx:()=>this.hasBuildx(),embeddedBuildkit:()=>this.drivesEmbeddedBuildkit()},this.env,e),n=o==="buildx"?await this.inspectBuildx():void 0,
i=n?.name?`: builder ${n.name}, ${n.driver??"unknown"} driver`:"";return this.reporter.info(`Builder: ${Wy[o]}${i}`),o}inspected;async buildxSetup(){return await this.
builder()==="buildx"?this.inspectBuildx():void 0}inspectBuildx(){return this.inspected??=(async()=>{let e=this.builderName,r=await this.probe(["buildx","inspect",
...e?[e]:[]]);if(r?.code!==0){if(!e)return;throw new xe(`builder ${e}: buildx has no such builder (${r?wt(r):"docker buildx inspect did not run"})`,"name one th\
at `docker buildx ls` lists (docker/setup-buildx-action: its `name` output; every docker context is one), or leave builder unset for buildx's current builder")}
let o=Jy(r.stdout);if(o.driver==="docker"&&o.containerdStore===void 0&&!e){let n=await this.probe(["info","--format","{{json .DriverStatus}}"]);o.containerdStore=
n?.code===0?Yy(n.stdout):void 0}return o})(),this.inspected}probe(e){return this.run("docker",e,{silent:!0,timeoutMs:fa}).then(r=>r.timedOut?void 0:r,()=>{})}logins=Promise.
resolve();login(e){let r=this.logins.then(()=>this.loginNow(e));return this.logins=r.catch(()=>{}),r}async loginNow(e){this.reporter.secret(e.password),this.reporter.
secret(Buffer.from(`${e.username}:${e.password}`).toString("base64"));let r=await this.run("docker",["login","--username",e.username,"--password-stdin",e.host],
{input:Buffer.from(e.password),output:this.reporter.output});if(r.code!==0)throw new at(`docker login to ${e.host} failed: ${wt(r)}`)}async logout(e){await this.
run("docker",["logout",e],{output:this.reporter.output})}async build(e,r){let o=r==="buildx"?(0,_n.mkdtempSync)((0,fd.join)((0,oE.tmpdir)(),"ecr-deliver-")):void 0,
n=o?(0,fd.join)(o,"metadata.json"):void 0;try{let i={name:this.builderName,setup:await this.buildxSetup(),metadataFile:n},s=await this.runBuild(e,r,i);if(s.code!==
0&&e.cache&&Hk.test(wt(s))&&(this.reporter.warning(`the build failed on the layer cache (${wt(s)}); building again without it`),s=await this.runBuild({...e,cache:void 0},
r,i)),s.code!==0&&e.platform&&/Multi-platform build is not supported/i.test(s.stderr))throw dd(e.platform,wt(s).replace(/^ERROR: /,""));if(s.code!==0)throw new at(
`docker ${r==="buildx"?"buildx build":"build"} failed (exit ${s.code}): ${wt(s)}`);return!n||!e.pushFromBuilder?void 0:JSON.parse((0,_n.readFileSync)(n,"utf8"))["\
containerimage.digest"]}finally{o&&(0,_n.rmSync)(o,{recursive:!0,force:!0})}}runBuild(e,r,o){let{argv:n,env:i}=Lk(e,r,o);return this.run("docker",n,{output:this.
reporter.output,env:i})}async pullCache(e){let r=await this.run("docker",["pull","--quiet",e],{output:this.reporter.output});return r.code!==0&&this.reporter.warning(
`no layer cache: docker pull ${e} failed (${wt(r)}); building without it`),r.code===0}async tag(e,r){let o=await this.run("docker",["tag",e,r],{output:this.reporter.
output});if(o.code!==0)throw new at(`docker tag ${e} ${r} failed: ${wt(o)}`)}async push(e,r){let o=!1;for(let n=1;;n++){let i=await this.run("docker",["push",e],
{output:this.reporter.output}),s=`${i.stdout}
${i.stderr}`;if(i.code===0){let a=Fk(s);if(!a)throw new at(`docker push ${e} printed no digest`);return a}if(tE.test(s)&&!o){o=!0,this.reporter.warning(`the reg\
istry refused the credentials (${wt(i)}); logging in again`),await r();continue}if(tE.test(s))throw new at(`docker push ${e} was refused after a fresh login: ${wt(
i)}`,"the credentials need ecr:InitiateLayerUpload, ecr:UploadLayerPart, ecr:CompleteLayerUpload, ecr:PutImage and ecr:BatchCheckLayerAvailability");if(!kk.test(
s)||n>=eE)throw new at(`docker push ${e} failed after ${n} attempt(s): ${wt(i)}`);this.reporter.warning(`docker push failed (${wt(i)}); retrying (${n}/${eE-1})`),
await new Promise(a=>setTimeout(a,1e3*2**(n-1)))}}async serverPlatform(){let e=async o=>{let n=await this.run("docker",o,{silent:!0,timeoutMs:fa});if(n.code!==0)
throw new at(`docker ${o[0]} failed: ${wt(n)}`);return n.stdout.trim()},r=await e(["version","--format","{{.Server.Os}}/{{.Server.Arch}}"]);return Zy(r,r.endsWith(
"/arm")?await e(["info","--format","{{.Architecture}}"]):"")}async checkPlatforms(e){if(!e?.includes(","))return;let r=await this.buildxSetup();if(r&&Qy(r)===!1)
throw dd(e,`buildx's builder ${r.name??"(current)"} uses the docker driver, and the daemon the classic image store`)}},Uk=/^(DEPRECATED:|Install the buildx|https:\/\/docs\.docker\.com\/|WARNING!|Configure a credential helper)/,
Mk=/^(failed to solve\b|error\b|Error response from daemon:)/i,Hk=/(import|export)(ing)? (to |from )?(the )?cache|cache (import|export)|inline cache|cache-(from|to)/i;
function wt(t){let e=n=>n.split(`
`).map(i=>i.trim()).filter(i=>i&&!Uk.test(i)),r=e(t.stdout),o=e(t.stderr);return o.filter(n=>n.startsWith("ERROR: ")).pop()??o.filter(n=>Mk.test(n)).pop()??o.pop()??
[...r].reverse().find(n=>/error|denied|fail|unauthorized/i.test(n))??r.pop()??`exit ${t.code}`}var GO=require("node:fs");var BO=require("node:fs");M();ot();T();k();K();U();ut();Q();Ie();T();var JI=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function DL(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{config:e,
context:r}})}}var YI=t=>{let e=[];switch(t.operation){default:e.push(DL(t))}return e},XI=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(t.authSchemePreference??
[])})};var QI=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr"}),ZI={UseFIPS:{type:"b\
uiltInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"builtInPar\
ams",name:"useDualstackEndpoint"}};var eT={name:"@aws-sdk/client-ecr",version:"3.1169.0"};M();Ie();Mf();k();k();var ZT="AWS_EC2_METADATA_DISABLED",e0=async t=>{let{ENV_CMDS_FULL_URI:e,ENV_CMDS_RELATIVE_URI:r,fromContainerMetadata:o,fromInstanceMetadata:n}=await Promise.resolve().then(()=>(zc(),Gc));
if(process.env[r]||process.env[e]){t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromHttp/fromContainerMetadata");let{fromHttp:i}=await Promise.resolve().then(()=>(Xf(),Yf));
return Mo(i(t),o(t))}return process.env[ZT]&&process.env[ZT]!=="false"?async()=>{throw new R("EC2 Instance Metadata Service access disabled",{logger:t.logger})}:
(t.logger?.debug("@aws-sdk/credential-provider-node - remoteProvider::fromInstanceMetadata"),n(t))};function t0(t,e){let r=p1(t),o,n,i,s,a=async c=>{if(c?.forceRefresh)return s||(s=r(c).then(l=>{i=l}).finally(()=>{s=void 0})),await s,i;if(i?.expiration&&i?.expiration?.
getTime()<Date.now()&&(i=void 0),o)await o;else if(!i||e?.(i))if(i)n||(n=r(c).then(l=>{i=l}).catch(()=>{}).finally(()=>{n=void 0}));else return o=r(c).then(l=>{
i=l}).finally(()=>{o=void 0}),a(c);return i};return a}var p1=t=>async e=>{let r;for(let o of t)try{return await o(e)}catch(n){if(r=n,n?.tryNextLink)continue;throw n}
throw r};var Pb=!1,qs=(t={})=>t0([async()=>{if(t.profile??process.env[Ta])throw process.env[es]&&process.env[ts]&&(Pb||((t.logger?.warn&&t.logger?.constructor?.name!=="N\
oOpLogger"?t.logger.warn.bind(t.logger):console.warn)(`@aws-sdk/credential-provider-node - defaultProvider::fromEnv WARNING:
    Multiple credential sources detected: 
    Both AWS_PROFILE and the pair AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY static credentials are set.
    This SDK will proceed with the AWS_PROFILE value.
    
    However, a future version may change this behavior to prefer the ENV static credentials.
    Please ensure that your environment only sets either the AWS_PROFILE or the
    AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY pair.
`),Pb=!0)),new R("AWS_PROFILE is set, skipping fromEnv provider.",{logger:t.logger,tryNextLink:!0});return t.logger?.debug("@aws-sdk/credential-provider-node - \
defaultProvider::fromEnv"),kc(t)()},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromSSO");let{ssoStartUrl:r,ssoAccountId:o,ssoRegion:n,
ssoRoleName:i,ssoSession:s}=t;if(!r&&!o&&!n&&!i&&!s)throw new R("Skipping SSO provider in default chain (inputs do not include SSO fields).",{logger:t.logger});
let{fromSSO:a}=await Promise.resolve().then(()=>(Pg(),Cg));return a(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::fromI\
ni");let{fromIni:r}=await Promise.resolve().then(()=>(Cb(),vb));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defaultProvider::\
fromProcess");let{fromProcess:r}=await Promise.resolve().then(()=>(gh(),fh));return r(t)(e)},async e=>{t.logger?.debug("@aws-sdk/credential-provider-node - defa\
ultProvider::fromTokenFile");let{fromTokenFile:r}=await Promise.resolve().then(()=>(Fp(),Sh));return r(t)(e)},async()=>(t.logger?.debug("@aws-sdk/credential-pro\
vider-node - defaultProvider::remoteProvider"),(await e0(t))()),async()=>{throw new R("Could not load credentials from any providers",{tryNextLink:!1,logger:t.logger})}],
Ab);var Ab=t=>t?.expiration!==void 0&&t.expiration.getTime()-Date.now()<3e5;T();k();ut();$();fo();Ie();en();tn();T();U();$();M();K();K();var Qn="ref",pn=-1,Up=!0,bb="isSet",_h="PartitionResult",Ao="stringEquals",Mp="booleanEquals",Rh="getAttr",Ob={[Qn]:"Endpoint"},bo={fn:Rh,argv:[{[Qn]:_h},"n\
ame"]},Nb={[Qn]:_h},ln={},Db=[{[Qn]:"Region"}],kb={conditions:[[bb,[Ob]],[bb,Db],["aws.partition",Db,_h],[Ao,[bo,"aws-eusc"]],[Ao,[bo,"aws-iso-f"]],[Ao,[bo,"aws\
-iso-e"]],[Ao,[bo,"aws-iso-b"]],[Ao,[bo,"aws-iso"]],[Ao,[bo,"aws-cn"]],[Ao,[bo,"aws-us-gov"]],[Ao,[bo,"aws"]],[Mp,[{[Qn]:"UseFIPS"},Up]],[Mp,[{fn:Rh,argv:[Nb,"s\
upportsFIPS"]},Up]],[Mp,[{[Qn]:"UseDualStack"},Up]],[Mp,[{fn:Rh,argv:[Nb,"supportsDualStack"]},Up]]],results:[[pn],[pn,"Invalid Configuration: FIPS and custom e\
ndpoint are not supported"],[pn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[Ob,ln],["https://api.ecr.{Region}.{PartitionResult#dn\
sSuffix}",ln],["https://ecr.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],["https://api.ecr-fips.{Region}.{PartitionResult#dnsSuffix}",ln],["https://ecr-fi\
ps.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],["https://api.ecr-fips.{Region}.{PartitionResult#dualStackDnsSuffix}",ln],[pn,"FIPS and DualStack are enab\
led, but this partition does not support one or both"],[pn,"FIPS is enabled but this partition does not support FIPS"],["https://api.ecr.{Region}.{PartitionResu\
lt#dualStackDnsSuffix}",ln],[pn,"DualStack is enabled but this partition does not support DualStack"],[pn,"Invalid Configuration: Missing Region"]]},KM=2,Ue=1e8,
JM=new Int32Array([-1,1,-1,0,23,3,1,4,Ue+13,2,5,Ue+13,3,20,6,4,20,7,5,20,8,6,20,9,7,20,10,8,20,11,9,20,12,10,20,13,11,16,14,13,15,Ue+4,14,Ue+11,Ue+12,12,18,17,13,
Ue+9,Ue+10,13,19,Ue+6,14,Ue+8,Ue+9,11,22,21,13,Ue+5,Ue+4,13,Ue+7,Ue+6,11,Ue+1,24,13,Ue+2,Ue+3]),$b=et.from(JM,KM,kb.conditions,kb.results);var YM=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),Lb=(t,e={})=>YM.get(t,()=>Mt($b,{endpointParams:t,logger:e.logger}));Ne.aws=dt;Q();T();var v=class t extends Qe{static shapeId="smithy.ts.sdk.synthetic.com.amazonaws.ecr#ECRServiceException";constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var Hp=class t extends v{static shapeId="com.amazonaws.ecr#InvalidParameterException";name="InvalidParameterException";$fault="client";constructor(e){super({name:"\
InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Bp=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryNot\
FoundException";name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},Gp=class t extends v{static shapeId="com.amazonaws.ecr#ServerException";name="ServerException";$fault="server";constructor(e){super({name:"S\
erverException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},zp=class t extends v{static shapeId="com.amazonaws.ecr#LimitExceededException";name="\
LimitExceededException";$fault="client";constructor(e){super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},jp=class t extends v{static shapeId="\
com.amazonaws.ecr#UnableToGetUpstreamImageException";name="UnableToGetUpstreamImageException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamIma\
geException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Vp=class t extends v{static shapeId="com.amazonaws.ecr#ValidationException";name="\
ValidationException";$fault="client";constructor(e){super({name:"ValidationException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},qp=class t extends v{static shapeId="\
com.amazonaws.ecr#EmptyUploadException";name="EmptyUploadException";$fault="client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Wp=class t extends v{static shapeId="com.amazonaws.ecr#InvalidLayerException";name="InvalidLayerException";$fault="client";constructor(e){
super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Kp=class t extends v{static shapeId="com.amazonaws.ecr#KmsE\
xception";name="KmsException";$fault="client";kmsError;constructor(e){super({name:"KmsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),
this.kmsError=e.kmsError}},Jp=class t extends v{static shapeId="com.amazonaws.ecr#LayerAlreadyExistsException";name="LayerAlreadyExistsException";$fault="client";constructor(e){
super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Yp=class t extends v{static shapeId="com.amazonaws.ec\
r#LayerPartTooSmallException";name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.
setPrototypeOf(this,t.prototype)}},Xp=class t extends v{static shapeId="com.amazonaws.ecr#UploadNotFoundException";name="UploadNotFoundException";$fault="client";constructor(e){
super({name:"UploadNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Qp=class t extends v{static shapeId="com.amazonaws.ecr#Pu\
llThroughCacheRuleAlreadyExistsException";name="PullThroughCacheRuleAlreadyExistsException";$fault="client";constructor(e){super({name:"PullThroughCacheRuleAlre\
adyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Zp=class t extends v{static shapeId="com.amazonaws.ecr#SecretNotFoundExcept\
ion";name="SecretNotFoundException";$fault="client";constructor(e){super({name:"SecretNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
el=class t extends v{static shapeId="com.amazonaws.ecr#UnableToAccessSecretException";name="UnableToAccessSecretException";$fault="client";constructor(e){super(
{name:"UnableToAccessSecretException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},tl=class t extends v{static shapeId="com.amazonaws.ecr#Un\
ableToDecryptSecretValueException";name="UnableToDecryptSecretValueException";$fault="client";constructor(e){super({name:"UnableToDecryptSecretValueException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},rl=class t extends v{static shapeId="com.amazonaws.ecr#UnsupportedUpstreamRegistryException";name="Unsu\
pportedUpstreamRegistryException";$fault="client";constructor(e){super({name:"UnsupportedUpstreamRegistryException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},ol=class t extends v{static shapeId="com.amazonaws.ecr#InvalidTagParameterException";name="InvalidTagParameterException";$fault="client";constructor(e){
super({name:"InvalidTagParameterException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},nl=class t extends v{static shapeId="com.amazonaws.e\
cr#RepositoryAlreadyExistsException";name="RepositoryAlreadyExistsException";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},il=class t extends v{static shapeId="com.amazonaws.ecr#TooManyTagsException";name="TooManyTagsException";$fault="\
client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},sl=class t extends v{static shapeId="\
com.amazonaws.ecr#TemplateAlreadyExistsException";name="TemplateAlreadyExistsException";$fault="client";constructor(e){super({name:"TemplateAlreadyExistsExcepti\
on",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},al=class t extends v{static shapeId="com.amazonaws.ecr#LifecyclePolicyNotFoundException";name="\
LifecyclePolicyNotFoundException";$fault="client";constructor(e){super({name:"LifecyclePolicyNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},cl=class t extends v{static shapeId="com.amazonaws.ecr#PullThroughCacheRuleNotFoundException";name="PullThroughCacheRuleNotFoundException";$fault="\
client";constructor(e){super({name:"PullThroughCacheRuleNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pl=class t extends v{static shapeId="\
com.amazonaws.ecr#RegistryPolicyNotFoundException";name="RegistryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RegistryPolicyNotFoundExce\
ption",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},ll=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryNotEmptyException";name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
ul=class t extends v{static shapeId="com.amazonaws.ecr#TemplateNotFoundException";name="TemplateNotFoundException";$fault="client";constructor(e){super({name:"T\
emplateNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},dl=class t extends v{static shapeId="com.amazonaws.ecr#RepositoryPoli\
cyNotFoundException";name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},ml=class t extends v{static shapeId="com.amazonaws.ecr#SigningConfigurationNotFoundException";name="SigningConfigurati\
onNotFoundException";$fault="client";constructor(e){super({name:"SigningConfigurationNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
fl=class t extends v{static shapeId="com.amazonaws.ecr#ExclusionNotFoundException";name="ExclusionNotFoundException";$fault="client";constructor(e){super({name:"\
ExclusionNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gl=class t extends v{static shapeId="com.amazonaws.ecr#ImageNotFoun\
dException";name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},hl=class t extends v{static shapeId="com.amazonaws.ecr#ScanNotFoundException";name="ScanNotFoundException";$fault="client";constructor(e){super({
name:"ScanNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yl=class t extends v{static shapeId="com.amazonaws.ecr#Replication\
BackfillNotFoundException";name="ReplicationBackfillNotFoundException";$fault="client";constructor(e){super({name:"ReplicationBackfillNotFoundException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},El=class t extends v{static shapeId="com.amazonaws.ecr#LayerInaccessibleException";name="LayerInaccessi\
bleException";$fault="client";constructor(e){super({name:"LayerInaccessibleException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Sl=class t extends v{static shapeId="\
com.amazonaws.ecr#LayersNotFoundException";name="LayersNotFoundException";$fault="client";constructor(e){super({name:"LayersNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},xl=class t extends v{static shapeId="com.amazonaws.ecr#UnableToGetUpstreamLayerException";name="UnableToGetUpstreamLay\
erException";$fault="client";constructor(e){super({name:"UnableToGetUpstreamLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Rl=class t extends v{static shapeId="\
com.amazonaws.ecr#LifecyclePolicyPreviewNotFoundException";name="LifecyclePolicyPreviewNotFoundException";$fault="client";constructor(e){super({name:"LifecycleP\
olicyPreviewNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_l=class t extends v{static shapeId="com.amazonaws.ecr#UnableToL\
istUpstreamImageReferrersException";name="UnableToListUpstreamImageReferrersException";$fault="client";constructor(e){super({name:"UnableToListUpstreamImageRefe\
rrersException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},wl=class t extends v{static shapeId="com.amazonaws.ecr#ImageAlreadyExistsExcept\
ion";name="ImageAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},Il=class t extends v{static shapeId="com.amazonaws.ecr#ImageDigestDoesNotMatchException";name="ImageDigestDoesNotMatchException";$fault="client";constructor(e){
super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Tl=class t extends v{static shapeId="com.amazona\
ws.ecr#ImageTagAlreadyExistsException";name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"\
client",...e}),Object.setPrototypeOf(this,t.prototype)}},vl=class t extends v{static shapeId="com.amazonaws.ecr#ReferencedImagesNotFoundException";name="Referen\
cedImagesNotFoundException";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Cl=class t extends v{static shapeId="com.amazonaws.ecr#BlockedByOrganizationPolicyException";name="BlockedByOrganizationPolicyException";$fault="client";constructor(e){
super({name:"BlockedByOrganizationPolicyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Pl=class t extends v{static shapeId="com.ama\
zonaws.ecr#ExclusionAlreadyExistsException";name="ExclusionAlreadyExistsException";$fault="client";constructor(e){super({name:"ExclusionAlreadyExistsException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Al=class t extends v{static shapeId="com.amazonaws.ecr#ImageArchivedException";name="ImageArchi\
vedException";$fault="client";constructor(e){super({name:"ImageArchivedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},bl=class t extends v{static shapeId="\
com.amazonaws.ecr#UnsupportedImageTypeException";name="UnsupportedImageTypeException";$fault="client";constructor(e){super({name:"UnsupportedImageTypeException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ol=class t extends v{static shapeId="com.amazonaws.ecr#LifecyclePolicyPreviewInProgressExceptio\
n";name="LifecyclePolicyPreviewInProgressException";$fault="client";constructor(e){super({name:"LifecyclePolicyPreviewInProgressException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Nl=class t extends v{static shapeId="com.amazonaws.ecr#ReplicationBackfillInProgressException";name="ReplicationBackfi\
llInProgressException";$fault="client";constructor(e){super({name:"ReplicationBackfillInProgressException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Dl=class t extends v{static shapeId="com.amazonaws.ecr#ReplicationBackfillInvalidStatusException";name="ReplicationBackfillInvalidStatusException";$fault="clien\
t";constructor(e){super({name:"ReplicationBackfillInvalidStatusException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},kl=class t extends v{static shapeId="\
com.amazonaws.ecr#ImageStorageClassUpdateNotSupportedException";name="ImageStorageClassUpdateNotSupportedException";$fault="client";constructor(e){super({name:"\
ImageStorageClassUpdateNotSupportedException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},$l=class t extends v{static shapeId="com.amazonaw\
s.ecr#InvalidLayerPartException";name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){super(
{name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}};var XM="Attribute",QM="AuthorizationData",ZM="AuthorizationDataList",eH="AwsEcrContainerImageDetails",tH="AttributeList",rH="BlockedByOrganizationPolicyExceptio\
n";var oH="BatchGetImage",nH="BatchGetImageRequest",iH="BatchGetImageResponse";var sH="CreateRepository";var aH="CreateRepositoryRequest",cH="CreateRepositoryResponse",pH="CvssScore",lH="CvssScoreAdjustment",uH="CvssScoreAdjustmentList",dH="CvssScoreDetails",mH="Cv\
ssScoreList",fH="DescribeImages",gH="DescribeImagesFilter",hH="DescribeImagesRequest";var yH="DescribeImagesResponse",EH="DescribeImageScanFindings",SH="DescribeImageScanFindingsRequest",xH="DescribeImageScanFindingsResponse";var RH="DescribeRepositoriesRequest",_H="DescribeRepositoriesResponse";var wH="DescribeRepositories";var IH="ExclusionAlreadyExistsException",TH="EncryptionConfiguration";var vH="EnhancedImageScanFinding",CH="EnhancedImageScanFindingList",PH="ExclusionNotFoundException",AH="EmptyUploadException";var bH="GetAuthorizationToken",OH="GetAuthorizationTokenRequest",NH="GetAuthorizationTokenResponse",DH="GetDownloadUrlForLayer",kH="GetDownloadUrlForLayerReques\
t",$H="GetDownloadUrlForLayerResponse";var LH="Image",FH="ImageArchivedException",UH="ImageAlreadyExistsException",MH="ImageDetail",HH="ImageDigestDoesNotMatchException",BH="ImageDetailList",GH="Imag\
eFailure",zH="ImageFailureList",jH="ImageIdentifier",VH="ImageIdentifierList",qH="ImageList",WH="InvalidLayerException",KH="InvalidLayerPartException";var JH="ImageNotFoundException",YH="InvalidParameterException";var XH="ImageScanningConfiguration",QH="ImageStorageClassUpdateNotSupportedException",ZH="ImageScanFinding",eB="ImageScanFindingList",tB="ImageScanFindingsSumma\
ry",rB="ImageScanFindings",oB="ImageScanStatus";var nB="ImageTagAlreadyExistsException",iB="ImageTagMutabilityExclusionFilter",sB="ImageTagMutabilityExclusionFilters",aB="InvalidTagParameterException",cB="Key",
pB="KmsException";var lB="LayerAlreadyExistsException",uB="LimitExceededException";var dB="LayerInaccessibleException";var mB="LayersNotFoundException",fB="LifecyclePolicyNotFoundException";var gB="LifecyclePolicyPreviewInProgressException",hB="LifecyclePolicyPreviewNotFoundException";var yB="LayerPartTooSmallException";var EB="PutImage",SB="PutImageRequest",xB="PutImageResponse";var RB="PutLifecyclePolicy",_B="PutLifecyclePolicyRequest",wB="PutLifecyclePolicyResponse";var IB="PullThroughCacheRuleAlreadyExistsException";var TB="PullThroughCacheRuleNotFoundException",vB="PackageVulnerabilityDetails",CB="Recommendation",PB="RepositoryAlreadyExistsException",AB="ReplicationBackfil\
lInProgressException",bB="ReplicationBackfillInvalidStatusException",OB="ReplicationBackfillNotFoundException";var NB="ResourceDetails";var DB="ReferencedImagesNotFoundException",kB="RepositoryList",$B="ResourceList",LB="RepositoryNotEmptyException",FB="RepositoryNotFoundException",UB="RegistryP\
olicyNotFoundException",MB="RepositoryPolicyNotFoundException";var HB="Remediation",BB="Repository",GB="Resource";var zB="SigningConfigurationNotFoundException",jB="ScoreDetails",VB="ServerException";var qB="StartImageScan",WB="StartImageScanRequest",KB="StartImageScanResponse";var JB="ScanNotFoundException",YB="SecretNotFoundException";var XB="SetRepositoryPolicy",QB="SetRepositoryPolicyRequest",ZB="SetRepositoryPolicyResponse",e2="Tag",t2="TemplateAlreadyExistsException";var r2="TagList",o2="TooManyTagsException",n2="TemplateNotFoundException";var i2="UnsupportedImageTypeException";var s2="UploadNotFoundException";var a2="UnableToAccessSecretException",c2="UnableToDecryptSecretValueException",p2="UnableToGetUpstreamImageException",l2="UnableToGetUpstreamLayerException",u2="\
UnableToListUpstreamImageReferrersException",d2="UnsupportedUpstreamRegistryException",m2="Value",f2="ValidationException",g2="VulnerablePackage",h2="Vulnerable\
PackagesList";var y2="architecture",E2="awsAccountId",S2="authorizationData",x2="awsEcrContainerImage";var R2="acceptedMediaTypes",_2="artifactMediaType";var w2="authorizationToken";var I2="adjustments";var T2="arch",v2="attributes",C2="author";var P2="baseScore",D="client";var A2="createdAt";var Fb="cvss",wh="description",b2="downloadUrl";var O2="details";var O="error",N2="expiresAt";var D2="exploitAvailable",Ub="encryptionConfiguration",k2="enhancedFindings";var $2="encryptionType",L2="epoch",F2="failures",U2="findingArn",M2="fixAvailable",H2="failureCode";var B2="fixedInVersion",G2="firstObservedAt",z2="filePath",j2="failureReason";var Mb="findingSeverityCounts",V2="filterType";var Hb="filter",q2="findings",W2="force",K2="httpError",J2="images",Y2="imageDetails",Ih="imageDigest",X2="imageHash",Bb="imageIds",Zn="imageId",Gb="imageManife\
st",Th="imageManifestMediaType",Q2="imagePushedAt",zb="imageStatus",jb="imageScanningConfiguration",Vb="imageScanCompletedAt",Z2="imageScanFindings",e3="imageSc\
anFindingsSummary",t3="imageSizeInBytes",vh="imageScanStatus",qb="imageTags";var Wb="imageTagMutability",Kb="imageTagMutabilityExclusionFilters",Jb="imageTag",r3="inUseCount";var o3="id",n3="image",i3="key",s3="kmsError",a3="kmsKey";var c3="lastArchivedAt",p3="lastActivatedAt";var Yb="layerDigest";var l3="lastInUseAt",u3="lastObservedAt";var Xb="lifecyclePolicyText",d3="lastRecordedPullTime";var m3="lastValidByteReceived",N="message",Ch="maxResults";var f3="metric",Qb="name",ei="nextToken",g3="platform",h3="pushedAt";var y3="proxyEndpoint";var E3="packageManager";var Zb="policyText";var S3="packageVulnerabilityDetails";var x3="registry";var R3="repositoryArn";var Ce="registryId",_3="registryIds",Pe="repositoryName",w3="repositoryNames";var I3="referenceUrls",T3="repositoryUri",v3="relatedVulnerabilities",C3="repository",P3="reason",A3="recommendation";var b3="release",O3="remediation",N3="repositories";var D3="resources";var eO="smithy.ts.sdk.synthetic.com.amazonaws.ecr";var k3="scoreDetails";var $3="sourceLayerHash",L3="subjectManifestDigest",F3="scanOnPush";var U3="scoreSource";var M3="sourceUrl",tO="scoringVector",rO="score",H3="server",oO="severity";var nO="source",iO="status";var sO="tags";var B3="tagStatus";var G3="text",z3="title",aO="type",j3="uri",V3="updatedAt",q3="uploadId";var W3="url",K3="value",J3="vendorCreatedAt",Y3="vulnerabilityId",X3="vulnerablePackages",Q3="vendorSeverity",cO="vulnerabilitySourceUpdatedAt",Z3="vendorUpdate\
dAt",Ph="version",E="com.amazonaws.ecr",pO=new Z(eO),eG=[-3,eO,"ECRServiceException",0,[],[]];pO.registerError(eG,v);var P=new Z(E),tG=[-3,E,rH,{[O]:D},[N],[0]];
P.registerError(tG,Cl);var rG=[-3,E,AH,{[O]:D},[N],[0]];P.registerError(rG,qp);var oG=[-3,E,IH,{[O]:D},[N],[0]];P.registerError(oG,Pl);var nG=[-3,E,PH,{[O]:D},[
N],[0]];P.registerError(nG,fl);var iG=[-3,E,UH,{[O]:D},[N],[0]];P.registerError(iG,wl);var sG=[-3,E,FH,{[O]:D},[N],[0]];P.registerError(sG,Al);var aG=[-3,E,HH,{
[O]:D},[N],[0]];P.registerError(aG,Il);var cG=[-3,E,JH,{[O]:D},[N],[0]];P.registerError(cG,gl);var pG=[-3,E,QH,{[O]:D},[N],[0]];P.registerError(pG,kl);var lG=[-3,
E,nB,{[O]:D},[N],[0]];P.registerError(lG,Tl);var uG=[-3,E,WH,{[O]:D},[N],[0]];P.registerError(uG,Wp);var dG=[-3,E,KH,{[O]:D},[Ce,Pe,q3,m3,N],[0,0,0,1,0]];P.registerError(
dG,$l);var mG=[-3,E,YH,{[O]:D},[N],[0]];P.registerError(mG,Hp);var fG=[-3,E,aB,{[O]:D},[N],[0]];P.registerError(fG,ol);var gG=[-3,E,pB,{[O]:D},[N,s3],[0,0]];P.registerError(
gG,Kp);var hG=[-3,E,lB,{[O]:D},[N],[0]];P.registerError(hG,Jp);var yG=[-3,E,dB,{[O]:D},[N],[0]];P.registerError(yG,El);var EG=[-3,E,yB,{[O]:D},[N],[0]];P.registerError(
EG,Yp);var SG=[-3,E,mB,{[O]:D},[N],[0]];P.registerError(SG,Sl);var xG=[-3,E,fB,{[O]:D},[N],[0]];P.registerError(xG,al);var RG=[-3,E,gB,{[O]:D},[N],[0]];P.registerError(
RG,Ol);var _G=[-3,E,hB,{[O]:D},[N],[0]];P.registerError(_G,Rl);var wG=[-3,E,uB,{[O]:D},[N],[0]];P.registerError(wG,zp);var IG=[-3,E,IB,{[O]:D},[N],[0]];P.registerError(
IG,Qp);var TG=[-3,E,TB,{[O]:D},[N],[0]];P.registerError(TG,cl);var vG=[-3,E,DB,{[O]:D},[N],[0]];P.registerError(vG,vl);var CG=[-3,E,UB,{[O]:D},[N],[0]];P.registerError(
CG,pl);var PG=[-3,E,AB,{[O]:D},[N],[0]];P.registerError(PG,Nl);var AG=[-3,E,bB,{[O]:D},[N],[0]];P.registerError(AG,Dl);var bG=[-3,E,OB,{[O]:D},[N],[0]];P.registerError(
bG,yl);var OG=[-3,E,PB,{[O]:D},[N],[0]];P.registerError(OG,nl);var NG=[-3,E,LB,{[O]:D},[N],[0]];P.registerError(NG,ll);var DG=[-3,E,FB,{[O]:D},[N],[0]];P.registerError(
DG,Bp);var kG=[-3,E,MB,{[O]:D},[N],[0]];P.registerError(kG,dl);var $G=[-3,E,JB,{[O]:D},[N],[0]];P.registerError($G,hl);var LG=[-3,E,YB,{[O]:D},[N],[0]];P.registerError(
LG,Zp);var FG=[-3,E,VB,{[O]:H3},[N],[0]];P.registerError(FG,Gp);var UG=[-3,E,zB,{[O]:D},[N],[0]];P.registerError(UG,ml);var MG=[-3,E,t2,{[O]:D},[N],[0]];P.registerError(
MG,sl);var HG=[-3,E,n2,{[O]:D},[N],[0]];P.registerError(HG,ul);var BG=[-3,E,o2,{[O]:D},[N],[0]];P.registerError(BG,il);var GG=[-3,E,a2,{[O]:D},[N],[0]];P.registerError(
GG,el);var zG=[-3,E,c2,{[O]:D},[N],[0]];P.registerError(zG,tl);var jG=[-3,E,p2,{[O]:D},[N],[0]];P.registerError(jG,jp);var VG=[-3,E,l2,{[O]:D},[N],[0]];P.registerError(
VG,xl);var qG=[-3,E,u2,{[O]:D},[N],[0]];P.registerError(qG,_l);var WG=[-3,E,i2,{[O]:D},[N],[0]];P.registerError(WG,bl);var KG=[-3,E,d2,{[O]:D},[N],[0]];P.registerError(
KG,rl);var JG=[-3,E,s2,{[O]:D},[N],[0]];P.registerError(JG,Xp);var YG=[-3,E,f2,{[O]:D,[K2]:400},[N],[0]];P.registerError(YG,Vp);var lO=[pO,P],XG=[3,E,XM,0,[i3,K3],
[0,0],1],QG=[3,E,QM,0,[w2,N2,y3],[0,4,0]],ZG=[3,E,eH,0,[y2,C2,X2,qb,g3,h3,l3,r3,x3,Pe],[0,0,0,64,0,4,4,1,0,0]];var e4=[3,E,nH,0,[Pe,Bb,Ce,R2],[0,()=>gO,0,64],2],t4=[3,E,iH,0,[J2,F2],[()=>K4,()=>W4]];var r4=[3,E,aH,0,[Pe,Ce,sO,Wb,Kb,jb,Ub],[0,0,()=>Q4,0,()=>hO,()=>mO,()=>uO],1],o4=[3,E,cH,0,[C3],[()=>fO]],n4=[3,E,pH,0,[P2,tO,nO,Ph],[1,0,0,0]],i4=[3,E,lH,0,[f3,
P3],[0,0]],s4=[3,E,dH,0,[I2,rO,U3,tO,Ph],[()=>z4,1,0,0,0]];var a4=[3,E,SH,0,[Pe,Zn,Ce,ei,Ch],[0,()=>un,0,0,1],2],c4=[3,E,xH,0,[Ce,Pe,Zn,vh,Z2,ei],[0,0,()=>un,()=>Ah,()=>_4,0]],p4=[3,E,gH,0,[B3,zb],[0,0]];var l4=[3,E,hH,0,[Pe,Ce,Bb,ei,Ch,Hb],[0,0,()=>gO,0,1,()=>p4],1],u4=[3,E,yH,0,[Y2,ei],[()=>q4,0]];var d4=[3,E,RH,0,[Ce,w3,ei,Ch],[0,64,0,1]],m4=[3,E,_H,0,[N3,ei],[()=>Y4,0]];var uO=[3,E,TH,0,[$2,a3],[0,0],1];var f4=[3,E,vH,0,[E2,wh,U2,G2,u3,S3,O3,D3,rO,k3,oO,iO,z3,aO,V3,M2,D2],[0,0,0,4,4,()=>T4,()=>O4,()=>X4,1,()=>k4,0,0,0,0,4,0,0]];var g4=[3,E,OH,0,[_3],[64]],h4=[3,E,NH,0,[S2],[()=>G4]],y4=[3,E,kH,0,[Pe,Yb,Ce],[0,0,0],2],E4=[3,E,$H,0,[b2,Yb],[0,0]];var dO=[3,E,LH,0,[Ce,Pe,Zn,Gb,Th],[0,0,()=>un,0,0]],S4=[3,E,MH,0,[Ce,Pe,Ih,qb,t3,Q2,vh,e3,Th,_2,d3,L3,zb,c3,p3],[0,0,0,64,1,4,()=>Ah,()=>w4,0,0,4,0,0,4,4]],x4=[
3,E,GH,0,[Zn,H2,j2],[()=>un,0,0]],un=[3,E,jH,0,[Ih,Jb],[0,0]];var R4=[3,E,ZH,0,[Qb,wh,j3,oO,v2],[0,0,0,0,()=>B4]],_4=[3,E,rB,0,[Vb,cO,Mb,q2,k2],[4,4,129,()=>J4,()=>V4]],w4=[3,E,tB,0,[Vb,cO,Mb],[4,4,129]],mO=[3,E,XH,0,[F3],
[2]],Ah=[3,E,oB,0,[iO,wh],[0,0]];var I4=[3,E,iB,0,[V2,Hb],[0,0],2];var T4=[3,E,vB,0,[Fb,I3,v3,nO,M3,J3,Q3,Z3,Y3,X3],[()=>j4,64,64,0,0,4,0,4,0,()=>Z4]];var v4=[3,E,SB,0,[Pe,Gb,Ce,Th,Jb,Ih],[0,0,0,0,0,0],2],C4=[3,E,xB,0,[n3],[()=>dO]];var P4=[3,E,_B,0,[Pe,Xb,Ce],[0,0,0],2],A4=[3,E,wB,0,[Ce,Pe,Xb],[0,0,0]];var b4=[3,E,CB,0,[W3,G3],[0,0]];var O4=[3,E,HB,0,[A3],[()=>b4]];var fO=[3,E,BB,0,[R3,Ce,Pe,T3,A2,Wb,Kb,jb,Ub],[0,0,0,0,4,0,()=>hO,()=>mO,()=>uO]];var N4=[3,E,GB,0,[O2,o3,sO,aO],[()=>D4,0,128,0]],D4=[3,E,NB,0,[x2],[()=>ZG]];var k4=[3,E,jB,0,[Fb],[()=>s4]],$4=[3,E,QB,0,[Pe,Zb,Ce,W2],[0,0,0,2],2],L4=[3,E,ZB,0,[Ce,Pe,Zb],[0,0,0]];var F4=[3,E,WB,0,[Pe,Zn,Ce],[0,()=>un,0],2],U4=[3,E,KB,0,[Ce,Pe,Zn,vh],[0,0,()=>un,()=>Ah]];var M4=[3,E,e2,0,[cB,m2],[0,0],2];var H4=[3,E,g2,0,[T2,L2,z2,Qb,E3,b3,$3,Ph,B2],[0,1,0,0,0,0,0,0,0]];var B4=[1,E,tH,0,()=>XG],G4=[1,E,ZM,0,()=>QG];var z4=[1,E,uH,0,()=>i4],j4=[1,E,mH,0,()=>n4],V4=[1,E,CH,0,()=>f4];var q4=[1,E,BH,0,()=>S4],W4=[1,E,zH,0,()=>x4],gO=[1,E,VH,0,()=>un],K4=[1,E,qH,0,()=>dO];var J4=[1,E,eB,0,()=>R4];var hO=[1,E,sB,0,()=>I4];var Y4=[1,E,kB,0,()=>fO];var X4=[1,E,$B,0,()=>N4];var Q4=[1,E,r2,0,()=>M4];var Z4=[1,E,h2,0,()=>H4];var yO=[9,E,oH,0,()=>e4,()=>t4];var EO=[9,E,sH,0,()=>r4,()=>o4];var SO=[9,E,fH,0,()=>l4,()=>u4],xO=[9,E,EH,0,()=>a4,()=>c4];var RO=[9,E,wH,0,()=>d4,()=>m4];var _O=[9,E,bH,0,()=>g4,()=>h4],wO=[9,E,DH,0,()=>y4,()=>E4];var IO=[9,E,EB,0,()=>v4,()=>C4];var TO=[9,E,RB,0,()=>P4,()=>A4];var vO=[9,E,XB,0,()=>$4,()=>L4],CO=[9,E,qB,0,()=>F4,()=>U4];var PO=t=>({apiVersion:"2015-09-21",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??Lb,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??YI,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee}],logger:t?.logger??new we,protocol:t?.protocol??Zo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecr",errorTypeRegistries:lO,xmlNamespace:"http://ecr.amazonaws.com/doc/2015-09-21/",version:"2015-09-21",serviceTarget:"AmazonE\
C2ContainerRegistry_V20150921"},serviceId:t?.serviceId??"ECR",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??
ee});var AO=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=PO(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??vt,credentialDefaultProvider:t?.credentialDefaultProvider??
qs,defaultSocketTimeout:yr(t?.requestHandler,3e5),defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:eT.version}),maxAttempts:t?.
maxAttempts??w(Jt,t),region:t?.region??w(Oe,{...Ze,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).
retryMode||nt},t),streamCollector:t?.streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.
userAgentAppId??w(er,n)}};M();T();U();var bO=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);i===-1?e.
push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
OO=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var NO=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),bO(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),OO(r))};var Ll=class extends Te{config;constructor(...[e]){let r=AO(e||{});super(r),this.initConfig=r;let o=QI(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),l=XI(c),u=NO(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:JI,identityProviderConfigProvider:async d=>new je({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}};T();K();var me=Lt(ZI,"AmazonEC2ContainerRegistry_V20150921","ECRClient",cr),fe={},ge=(t,e,r,o)=>[];var Ws=class extends me(fe,ge,"BatchGetImage",yO){};var Fl=class extends me(fe,ge,"CreateRepository",EO){};var Ul=class extends me(fe,ge,"DescribeImageScanFindings",xO){};var Ml=class extends me(fe,ge,"DescribeImages",SO){};var Hl=class extends me(fe,ge,"DescribeRepositories",RO){};var Ks=class extends me(fe,ge,"GetAuthorizationToken",_O){};var Bl=class extends me(fe,ge,"GetDownloadUrlForLayer",wO){};var Gl=class extends me(fe,ge,"PutImage",IO){};var zl=class extends me(fe,ge,"PutLifecyclePolicy",TO){};var jl=class extends me(fe,ge,"SetRepositoryPolicy",vO){};var Vl=class extends me(fe,ge,"StartImageScan",CO){};var ql=Yr(require("node:http")),bh=Yr(require("node:https")),DO=require("node:net"),kO=require("node:tls");var $O=t=>(e,r)=>t?.(e,r);function Nh(t,e){let r=t.protocol==="https:"?"https":"http",o=(e[`${r}_proxy`]||e[`${r.toUpperCase()}_PROXY`]||"").trim();if(!o||ez(t,
e.no_proxy??e.NO_PROXY??""))return;let n;try{n=new URL(o.includes("://")?o:`http://${o}`)}catch{throw new hr(`${r.toUpperCase()}_PROXY is not a URL like http://\
proxy.example.com:3128`)}if(n.protocol!=="http:")throw new hr(`${r.toUpperCase()}_PROXY: only http:// proxies are supported, not ${n.protocol}//${n.host}`);return n}
function ez(t,e){let r=t.hostname.replace(/^\[|\]$/g,"").toLowerCase(),o=t.port||(t.protocol==="https:"?"443":"80");return e.split(/[\s,]+/).filter(Boolean).some(
n=>{if(n==="*")return!0;let i=/^\[([^\]]+)\](?::(\d+))?$/.exec(n)??/^([^:]+)(?::(\d+))?$/.exec(n)??[n,n],s=i[1].replace(/^\*?\./,"").toLowerCase();return i[2]&&
i[2]!==o?!1:r===s||r.endsWith(`.${s}`)})}var tz=t=>`${t.protocol}//${t.host}`;function LO(t){if(!t.username)return;let e=`${decodeURIComponent(t.username)}:${decodeURIComponent(
t.password)}`;return`Basic ${Buffer.from(e).toString("base64")}`}function Dh(t,e,r){return new hr(`the proxy ${tz(t)} (for ${e}) ${r}`)}function FO(t,e,r){let o=(0,DO.connect)(
{host:t.hostname.replace(/^\[|\]$/g,""),port:Number(t.port||80)}),n=i=>r(Dh(t,e,`could not be reached: ${i.code??i.message}`));return o.once("error",n),o.once("\
connect",()=>{o.off("error",n),r(null,o)}),o}var Oh=(t,e)=>({host:t.hostname??t.host??"localhost",port:Number(t.port||e)}),Wl=class extends ql.Agent{constructor(r,o){
super(o);this.env=r}env;proxy(r){return Nh(new URL(`http://${r.host.includes(":")?`[${r.host}]`:r.host}:${r.port}`),this.env)}addRequest(r,o){let n=Oh(o,80),i=this.
proxy(n);if(i){r.path=`http://${n.host.includes(":")?`[${n.host}]`:n.host}:${n.port}${r.path}`;let s=LO(i);s&&r.setHeader("proxy-authorization",s);let a=r.emit.
bind(r);r.emit=((c,...l)=>{let u=l[0];return c!=="response"||u.statusCode!==407?a(c,...l):(u.resume(),r.destroy(Dh(i,`${n.host}:${n.port}`,"refused the request:\
 407 Proxy Authentication Required (check the credentials in HTTP_PROXY)")),!0)})}ql.Agent.prototype.addRequest.call(this,r,o)}createConnection(r,o){let n=Oh(r,
80),i=this.proxy(n);if(!i)return ql.Agent.prototype.createConnection.call(this,r,o);FO(i,`${n.host}:${n.port}`,$O(o))}},Kl=class extends bh.Agent{constructor(r,o){
super(o);this.env=r}env;createConnection(r,o){let n=$O(o),i=Oh(r,443),s=`${i.host.includes(":")?`[${i.host}]`:i.host}:${i.port}`,a=Nh(new URL(`https://${s}`),this.
env);if(!a)return bh.Agent.prototype.createConnection.call(this,r);FO(a,s,(c,l)=>{if(c||!l)return n(c);let u=LO(a);l.write(`CONNECT ${s} HTTP/1.1\r
Host: ${s}\r
${u?`Proxy-Authorization: ${u}\r
`:""}\r
`);let d=Buffer.alloc(0),m=h=>{l.destroy(),n(Dh(a,s,h))},f=h=>{if(d=Buffer.concat([d,h]),d.indexOf(`\r
\r
`)<0)return;l.off("data",f),l.off("error",g),l.off("end",y);let S=/^HTTP\/1\.[01] (\d{3})([^\r\n]*)/.exec(d.toString("latin1"));if(S?.[1]!=="200")return m(`refu\
sed the tunnel: ${S?`${S[1]}${S[2]}`:"no HTTP answer"}${S?.[1]==="407"?" (check the credentials in HTTPS_PROXY)":""}`);let C=r.servername??(/^[\d.]+$|:/.test(i.
host)?void 0:i.host);n(null,(0,kO.connect)({...r,socket:l,servername:C}))},g=h=>m(`dropped the tunnel: ${h.message}`),y=()=>m("closed the connection before answ\
ering CONNECT");l.on("data",f),l.once("error",g),l.once("end",y)})}};function UO(t){return["http_proxy","HTTP_PROXY","https_proxy","HTTPS_PROXY"].some(e=>t[e]?.
trim())?{httpAgent:new Wl(t,{keepAlive:!0}),httpsAgent:new Kl(t,{keepAlive:!0})}:{}}function MO(t,e){if(Nh(t,e))return t.protocol==="https:"?new Kl(e,{keepAlive:!1}):
new Wl(e,{keepAlive:!1})}var HO=5,rz=5e3,oz=3e4;function nz(t=1/0){let e=Math.max(1e3,Math.min(oz,Math.floor(t/3)));return{connectionTimeout:Math.min(rz,e),requestTimeout:e}}function ti(t,e,r){
return{region:t,credentials:e,retryMode:"adaptive",maxAttempts:HO,requestHandler:{...nz(r?.ms),throwOnRequestTimeout:!0,...UO(process.env)}}}function Jl(t){let e=t??
{},r=e.name??"",o=/Throttl|TooManyRequests|RequestLimitExceeded|SlowDown/.test(r)||!!e.$retryable?.throttling,n=o||!!e.$retryable||(e.$metadata?.httpStatusCode??
0)>=500||/Timeout/.test(r)||/^(ECONNRESET|ECONNREFUSED|EPIPE|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH|ENOTFOUND|EAI_AGAIN)$/.test(e.code??"");return{attempts:e.$metadata?.
attempts??1,transient:n,throttled:o}}function Yl(t,e){return e?`AWS kept throttling ${t} for longer than ${HO} attempts with backoff: re-run later, spread out c\
oncurrent deliveries, or raise the ${t} API rate quota (Service Quotas)`:`${t} or the network to it kept failing: check the runner's access to AWS (proxy, firew\
all, VPC endpoint, AWS_ENDPOINT_URL_${t}) and the AWS Health Dashboard, then re-run`}var dn=["application/vnd.docker.distribution.manifest.v2+json","application/vnd.docker.distribution.manifest.list.v2+json","application/vnd.oci.image.manifest.v\
1+json","application/vnd.oci.image.index.v1+json"],iz=new Set(["RepositoryNotFoundException","RepositoryAlreadyExistsException","ImageAlreadyExistsException","I\
mageTagAlreadyExistsException","ScanNotFoundException","LayersNotFoundException"]),yt=t=>t?.name??"";async function Xl(t,e,r,o){try{return await to(r,`${t.label}\
 ${e}`,o)}catch(n){throw sz(t,e,n)}}function sz(t,e,r){let o=yt(r);if(r instanceof _t||iz.has(o))return r;let n=`${t.label} ${e}`,i=`${o}: ${r.message}`;if(o===
"CredentialsProviderError")return new B(`no AWS credentials for ${n}: ${r.message}`,"set role-to-assume to use the CI's OIDC token, or provide credentials (AWS_\
ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY, a profile, an instance role)",{cause:r});let s=Jl(r);if(s.transient)return new B(`${n} failed after ${s.attempts} attempt(s\
): ${i}`,Yl("ECR",s.throttled),{cause:r});if(/ExpiredToken/.test(o))return new B(`${n} failed: the AWS credentials have expired (${i})`,"with role-to-assume the\
y are refreshed before they expire; ambient credentials must outlive the run (or raise role-duration-seconds for the role that issued them)",{cause:r});let a=/AccessDenied|UnrecognizedClient|InvalidSignature/.
test(o);return new B(`${n} failed: ${i}`,a?t.permissionHint(e):void 0,{cause:r})}var az=4;function Js(t,e=t?.proxyEndpoint){if(!t?.authorizationToken||!e)throw new B("ECR returned no authorization data");let r=Buffer.from(t.authorizationToken,
"base64").toString("utf8"),o=r.indexOf(":");return{host:e.replace(/^https?:\/\//,"").replace(/\/+$/,""),username:r.slice(0,o),password:r.slice(o+1)}}function cz(t){
return new RegExp(`^${t.split("*").map(e=>e.replace(/[.+?^${}()|[\]\\]/g,"\\$&")).join(".*")}$`)}function Ys(t,e){let r=t.exclusionFilters.some(o=>cz(o).test(e));
switch(t.mutability){case"IMMUTABLE":return!0;case"IMMUTABLE_WITH_EXCLUSION":return!r;case"MUTABLE_WITH_EXCLUSION":return r;default:return!1}}async function Ql(t,e,r,o){
let n=[...o],i=async()=>{for(let s=n.shift();s!==void 0;s=n.shift())await t.putTag(e,r,s)};await Promise.all(Array.from({length:Math.min(az,n.length)},i))}var pz=5,kh=100,lz={label:"ECR",permissionHint:t=>`the credentials need ecr:${t} on this repository (\`ecr-deliver iam-policy\` prints the policy)`},ri=class{constructor(e,r,o,n){
this.registryId=o;this.deadline=n;this.ecr=new Ll(ti(e,r,n)),this.sendOptions={abortSignal:n?.signal}}registryId;deadline;ecr;sendOptions;close(){this.ecr.destroy()}async login(){
let e=await this.send("GetAuthorizationToken",new Ks(this.registryId?{registryIds:[this.registryId]}:{}));return Js(e.authorizationData?.[0])}async logins(e){return((await this.
send("GetAuthorizationToken",new Ks({registryIds:e}))).authorizationData??[]).map(o=>Js(o))}async findRepository(e){let r=await this.describe(e);return r&&$h(r,
!1)}async ensureRepository(e,r){let o=await this.findRepository(e.repository);if(o)return o;if(!e.createRepository)throw new B(`repository ${e.repository} does \
not exist`,"create it, or set create-repository: true");let n=uz(e,r);try{let i=await this.send("CreateRepository",new Fl({registryId:this.registryId,repositoryName:e.
repository,imageTagMutability:e.imageTagMutability,imageTagMutabilityExclusionFilters:n,imageScanningConfiguration:{scanOnPush:e.scanOnPush},encryptionConfiguration:{
encryptionType:e.encryptionType,kmsKey:e.kmsKey}}));return $h(i.repository,!0)}catch(i){if(yt(i)!=="RepositoryAlreadyExistsException")throw i;let s=await this.describe(
e.repository);if(!s)throw i;return $h(s,!1)}}async applyPolicies(e){let r={registryId:this.registryId,repositoryName:e.repository},o=s=>s?(0,BO.readFileSync)(s,
"utf8"):void 0,[n,i]=[o(e.lifecyclePolicy),o(e.repositoryPolicy)];await Promise.all([n&&this.send("PutLifecyclePolicy",new zl({...r,lifecyclePolicyText:n})),i&&
this.send("SetRepositoryPolicy",new jl({...r,policyText:i}))])}async images(e,r){let o=new Map,n=Array.from({length:Math.ceil(r.length/kh)},(s,a)=>r.slice(a*kh,
(a+1)*kh)),i;try{i=await Promise.all(n.map(s=>this.send("BatchGetImage",new Ws({registryId:this.registryId,repositoryName:e,imageIds:s.map(a=>({imageTag:a})),acceptedMediaTypes:dn}))))}catch(s){
if(yt(s)==="RepositoryNotFoundException")return o;throw s}for(let s of i.flatMap(a=>a.images??[])){let a=s.imageId?.imageTag;a&&s.imageId?.imageDigest&&s.imageManifest&&
o.set(a,{digest:s.imageId.imageDigest,manifest:s.imageManifest,mediaType:s.imageManifestMediaType??""})}return o}async image(e,r){let n=(await this.send("BatchG\
etImage",new Ws({registryId:this.registryId,repositoryName:e,imageIds:[{imageDigest:r}],acceptedMediaTypes:dn}))).images?.[0];return n?.imageManifest?{digest:r,
manifest:n.imageManifest,mediaType:n.imageManifestMediaType??""}:void 0}async blobUrl(e,r){let o=await this.send("GetDownloadUrlForLayer",new Bl({registryId:this.
registryId,repositoryName:e,layerDigest:r}));if(!o.downloadUrl)throw new B(`ECR GetDownloadUrlForLayer returned no URL for ${r}`);return o.downloadUrl}async latestImage(e,r){
let o,n;for(let i=0;i<pz;i++){let s;try{s=await this.send("DescribeImages",new Ml({registryId:this.registryId,repositoryName:e,filter:{tagStatus:"TAGGED"},maxResults:1e3,
nextToken:n}))}catch(a){if(yt(a)==="RepositoryNotFoundException")return;throw a}for(let a of s.imageDetails??[]){let c=a.imagePushedAt?.getTime()??0;a.imageDigest&&
(!r||a.imageTags?.some(l=>l.endsWith(r)))&&!a.artifactMediaType?.includes("artifact")&&dn.includes(a.imageManifestMediaType??dn[0])&&c>=(o?.at??-1)&&(o={digest:a.
imageDigest,at:c})}if(n=s.nextToken,!n)break}return o?.digest}async putTag(e,r,o){try{await this.send("PutImage",new Gl({registryId:this.registryId,repositoryName:e,
imageManifest:r.manifest,imageManifestMediaType:r.mediaType||void 0,imageDigest:r.digest,imageTag:o}))}catch(n){if(yt(n)==="ImageAlreadyExistsException")return;
throw yt(n)==="ImageTagAlreadyExistsException"?new B(`tag ${o} already exists in the immutable repository ${e} at another image`,"immutable tags cannot move: dr\
op the tag from `tags`, or use a new one",{cause:n}):n}}async scanFindings(e,r,o){try{return await this.send("DescribeImageScanFindings",new Ul({registryId:this.
registryId,repositoryName:e,imageId:{imageDigest:r},nextToken:o,maxResults:1e3}))}catch(n){if(yt(n)==="ScanNotFoundException")return;throw n}}async startScan(e,r){
await this.send("StartImageScan",new Vl({registryId:this.registryId,repositoryName:e,imageId:{imageDigest:r}}))}async describe(e){try{return(await this.send("De\
scribeRepositories",new Hl({registryId:this.registryId,repositoryNames:[e]}))).repositories?.[0]}catch(r){if(yt(r)==="RepositoryNotFoundException")return;throw r}}send(e,r){
return Xl(lz,e,this.deadline,()=>this.ecr.send(r,this.sendOptions))}};function $h(t,e){return{name:t.repositoryName,uri:t.repositoryUri,arn:t.repositoryArn,mutability:t.
imageTagMutability??"MUTABLE",exclusionFilters:(t.imageTagMutabilityExclusionFilters??[]).map(r=>r.filter??"").filter(Boolean),scanOnPush:t.imageScanningConfiguration?.
scanOnPush??!1,created:e}}function uz(t,e){if(t.imageTagMutability==="IMMUTABLE_WITH_EXCLUSION"){if(e.length>rd)throw new B(`an IMMUTABLE_WITH_EXCLUSION reposit\
ory takes at most ${rd} exclusion filters; keeping this run's extra tags movable needs ${e.length}: ${e.join(", ")}`,"use fewer extra tags, create the repositor\
y yourself with wildcard filters, or use MUTABLE");return e.map(r=>({filterType:"WILDCARD",filter:r}))}}async function Zl(t,e,r,o){let n=new Map;for(let s of t)n.set(s.region??e,[...n.get(s.region??e)??[],s.id]);return(await Promise.all([...n].map(async([s,a])=>{let c=new ri(
s,r,void 0,o);try{return await c.logins(a)}finally{c.close()}}))).flat()}var dz=/unauthorized|authentication required|no basic auth credentials|denied|\b401\b|\b403\b|may require 'docker login'/i,
mz=/^(\d{12})\.dkr\.ecr\.([a-z0-9-]+)\.amazonaws\.com(?:\.cn)?$/;function Lh(t){let e;try{e=(0,GO.readFileSync)(t,"utf8")}catch{return[]}let r=new Set;for(let o of e.
matchAll(/^\s*FROM\s+(?:--platform=\S+\s+)?(\S+)/gim)){let n=o[1].split("/")[0];o[1].includes("/")&&(/[.:]/.test(n)||n==="localhost")&&r.add(n)}return[...r]}function zO(t,e,r,o){
if(!dz.test(t))return;let n=Lh(e).filter(s=>!r.includes(s));return n.length?`the Dockerfile pulls from ${n.map(s=>{let a=mz.exec(s);return a?`${s} (pull-registr\
ies: ${a[2]===o?a[1]:`${a[1]}@${a[2]}`})`:s}).join(", ")}, which docker is not logged in to: add the registry's account id (or ID@REGION) to pull-registries`:void 0}var KO=require("node:child_process"),JO=require("node:fs"),YO=require("node:util");Fp();var fz=/^arn:aws(?:-[a-z]+)*:iam::\d{12}:role\/[\w+=,.@/-]{1,512}$/,gz=/^(?:arn:aws(?:-[a-z]+)*:kms:[a-z0-9-]+:\d{12}:(?:key\/[0-9a-f-]{36}|alias\/[\w/+=,.@-]+)|alias\/[\w/+=,.@-]+|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/,
hz=/^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/,yz=/^[a-z0-9][a-z0-9._/-]*(?::[A-Za-z0-9_][A-Za-z0-9_.-]{0,127})?(?:@sha256:[a-f0-9]{64})?$|^(?:sha256:)?[a-f0-9]{12,64}$/,
Ez=100,Sz=/^[A-Za-z_][A-Za-z0-9_]{0,255}$/,xz=/^[A-Za-z0-9][A-Za-z0-9._/-]{0,255}=/,Rz=/^[A-Za-z0-9][A-Za-z0-9_.+-]{0,127}$/,Xs="sts.amazonaws.com",mn=["CRITICA\
L","HIGH","MEDIUM","LOW"],jO=[{name:"repository",field:"repository",...se(Me.repository),required:!0,description:"ECR repository name, e.g. `team/api`. Validate\
d against ECR's naming rule before any AWS call.",iamPolicy:{value:"NAME",description:"ECR repository the role delivers to."}},{name:"aws-region",field:"awsRegi\
on",...se(Me.region),defaultText:"`AWS_REGION`, then `AWS_DEFAULT_REGION`",description:"Region of the registry.",iamPolicy:{value:"REGION"}},{name:"role-to-assu\
me",field:"roleToAssume",...se(oe(fz,"is not an IAM role ARN like `arn:aws:iam::123456789012:role/name`")),defaultText:"none: the ambient AWS credential chain",
description:"IAM role ARN, assumed with `AssumeRoleWithWebIdentity` using the CI's OIDC token."},{name:"audience",field:"audience",...se(Me.audience),default:Xs,
description:"Audience asked for the GitHub OIDC token (CircleCI tokens are used as issued).",iamPolicy:{value:"AUD",description:"Pinned `aud` of the trust polic\
y.",default:void 0,defaultText:"sts.amazonaws.com on GitHub, the org id on CircleCI"}},{name:"web-identity-token-file",field:"webIdentityTokenFile",...Sn($o),defaultText:"\
`AWS_WEB_IDENTITY_TOKEN_FILE`",description:"OIDC token file, for CIs other than GitHub and CircleCI."},{name:"role-session-name",field:"roleSessionName",...se(Me.
sessionName),defaultText:"derived from the CI run, e.g. `ecr-deliver-<run id>`",description:"STS session name (STS's charset `[\\w+=,.@-]`, 2\u201364 characters)."},
{name:"role-duration-seconds",field:"roleDurationSeconds",...aa(900,43200),default:"3600",description:"Lifetime of the assumed role's credentials, 900\u201343200."},
{name:"registry-id",field:"registryId",...se(Me.account),defaultText:"the caller's account",description:"Account id (12 digits) that owns the registry, for cros\
s-account pushes.",iamPolicy:{value:"ID",defaultText:"`account-id`"}},{name:"create-repository",field:"createRepository",...ct,default:"true",description:"Creat\
e the repository when it is missing.",iamPolicy:{value:"true|false",description:"The delivery may create the repository."}},{name:"image-tag-mutability",field:"\
imageTagMutability",...Fr("MUTABLE","IMMUTABLE","IMMUTABLE_WITH_EXCLUSION"),default:"MUTABLE",description:"Tag mutability of a created repository: MUTABLE, IMMU\
TABLE or IMMUTABLE_WITH_EXCLUSION (the extra `tags` stay mutable)."},{name:"scan-on-push",field:"scanOnPush",...ct,default:"true",description:"Scan on push, for\
 a created repository."},{name:"encryption-type",field:"encryptionType",...Fr("AES256","KMS"),default:"AES256",description:"Encryption of a created repository: \
AES256 or KMS (`kms-key` with KMS).",iamPolicy:{value:"AES256|KMS",description:"Encryption of a created repository; KMS adds the KMS grants ECR needs."}},{name:"\
kms-key",field:"kmsKey",...se(oe(gz,"is not a KMS key ARN, key id or `alias/\u2026`")),description:"KMS key ARN, id or alias, with `encryption-type: KMS`.",iamPolicy:{
value:"ARN",description:"KMS key ARN of a created repository.",defaultText:"any key of the account",...se(oe(Ay,"is not a KMS key or alias ARN like `arn:aws:kms\
:eu-west-1:123456789012:key/\u2026`"))}},{name:"lifecycle-policy",field:"lifecyclePolicy",...Sn(od),description:"Path to a lifecycle policy JSON file, applied t\
o the repository.",iamPolicy:{value:"FILE|true",description:"The delivery applies a lifecycle policy.",default:"false",...ad}},{name:"repository-policy",field:"\
repositoryPolicy",...Sn(od),description:"Path to a repository policy JSON file, applied to the repository.",iamPolicy:{value:"FILE|true",description:"The delive\
ry applies a repository policy.",default:"false",...ad}},{name:"context",field:"context",builds:!0,...Sn(),default:".",description:"Build context directory."},{
name:"dockerfile",field:"dockerfile",builds:!0,...Sn(),defaultText:"`Dockerfile` in the context",description:"Dockerfile path."},{name:"build-args",field:"build\
Args",builds:!0,...zy,description:"Build arguments, newline-separated `KEY=VALUE`; values are never printed (names only) and reach docker through its environmen\
t, not argv."},{name:"target",field:"target",builds:!0,...se(oe(hz,"is not a build stage name")),description:"Build stage to build."},{name:"platform",field:"pl\
atform",...se(xy),description:"Target platforms, e.g. `linux/amd64,linux/arm64` (needs buildx)."},{name:"builder",field:"builder",...se(oe(Rz,"is not a buildx b\
uilder name (letters, digits, `_`, `.`, `+`, `-`)")),defaultText:"buildx's current builder",description:"The buildx builder to build with (as `docker/setup-buil\
dx-action` leaves one; each docker context is one too); a builder of a driver other than `docker` pushes the image itself, without loading it into the daemon."},
{name:"cache",field:"cache",builds:!0,...ct,default:"true",description:"Reuse the layers of the latest image in the repository on a fresh runner (inline cache o\
n BuildKit, a pull and `--cache-from` on the classic builder); works in IMMUTABLE repositories, and a missing or failing cache never fails a delivery.",iamPolicy:{
value:"true|false",description:"The delivery uses the layer cache."}},{name:"provenance",field:"provenance",builds:!0,...ct,default:"false",description:"BuildKi\
t provenance/SBOM attestations (needs buildx). Off by default: the attestation index shows up as untagged images in ECR and breaks Lambda deploys."},{name:"imag\
e",field:"image",builds:!0,...se(oe(yz,"is not a local image reference like `name:tag` or an image id")),description:"Push this existing local image instead of \
building."},{name:"commit-sha",field:"commitSha",...se(Me.commitSha,t=>t.toLowerCase()),defaultText:"`GITHUB_SHA` (the PR head on `pull_request`), `CIRCLE_SHA1`\
, else `git rev-parse HEAD`",description:"Commit SHA the image is tagged with (40 hex characters)."},{name:"tags",field:"tags",...ko(Me.tag,{commas:!0,max:Ez}),
description:"Extra tags, newline- or comma-separated; the commit SHA tag is always applied."},{name:"skip-existing",field:"skipExisting",...ct,default:"false",description:"\
When the SHA tag already exists in ECR: no build, no layer upload; extra tags are added to the existing image by manifest copy."},{name:"push",field:"push",builds:!0,
...ct,default:"true",description:"Push to ECR; `false` builds and tags only (pull-request builds).",iamPolicy:{value:"true|false",description:"The delivery push\
es; `false`: build-only runs that just look the repository up."}},{name:"web-identity-token-env",field:"webIdentityTokenEnv",...se(oe(Sz,"is not an environment \
variable name (letters, digits, `_`)")),description:"Name of an environment variable that holds the OIDC token, for CIs other than GitHub and CircleCI (no token\
 file needed)."},{name:"pull-registries",field:"pullRegistries",...Ry,description:"Other ECR registries docker is logged in to before the build, so `FROM` and c\
ache pulls can read them: account ids (12 digits), or `ID@REGION` for another region, comma- or newline-separated.",iamPolicy:{value:"IDS",description:"Base-ima\
ge registries the build pulls from: account ids or `ID@REGION`, comma-separated (as given to the delivery)."}},{name:"registry-type",field:"registryType",...Fr(
"private","public"),default:"private",description:"`private`, or `public` for ECR Public (`public.ecr.aws`; also chosen by a repository given as `public.ecr.aws\
/<alias>/<name>`).",iamPolicy:{value:"private|public",description:"`public`: the ECR Public actions instead.",defaultText:"private, or public for a public.ecr.a\
ws/ repository"}},{name:"catalog-description",field:"catalogDescription",...ca(1024),description:"ECR Public: short description of a created repository (text, o\
r `file://PATH`)."},{name:"catalog-about",field:"catalogAbout",...ca(25600),description:'ECR Public: "About" text (markdown) of a created repository (text, or `\
file://PATH`).'},{name:"catalog-usage",field:"catalogUsage",...ca(25600),description:'ECR Public: "Usage" text (markdown) of a created repository (text, or `fil\
e://PATH`).'},{name:"mode",field:"mode",...Fr("deliver","login","part","merge"),default:"deliver",description:"`deliver`; `login`: credentials and docker login \
to the registry and every `pull-registries` id, in the job's docker config, for later docker steps; `part`: one platform's image of a multi-arch image (`platfor\
m`, else the daemon's), tagged only `<sha>-<os>-<arch>[-<variant>]`; `merge`: the parts of every `platform` into one image index under every tag, with ECR's API\
 only (no docker).",iamPolicy:{value:"deliver|part|merge",description:"The mode the role runs: `part` as `deliver`; `merge` reads the parts and their configs an\
d puts the index (no upload).",...Fr("deliver","part","merge")}},{name:"docker-credentials-output",field:"dockerCredentialsOutput",...ct,default:"false",githubOnly:!0,
description:"GitHub Action, `login` mode: set masked outputs `docker-username` and `docker-password` for a later job's `services:` credentials (they are secrets\
: see the README)."},{name:"skip-logout",field:"skipLogout",...ct,default:"false",githubOnly:!0,description:"GitHub Action, `login` mode: keep the docker login \
after the job (the post step does not log out; shared self-hosted runners)."},{name:"timeout-seconds",field:"timeoutSeconds",...aa(1,86400),default:"3600",description:"\
Upper bound on the whole run (AWS calls, build, push), 1\u201386400; a hung endpoint fails the step instead of the CI job's own timeout. Each AWS call also gives up \
after 5 attempts of at most 30 s."},{name:"secrets",field:"secrets",builds:!0,...Hy,description:"Build secrets, lines `id=VALUE` or `id=env:NAME`, for `RUN --mo\
unt=type=secret,id=\u2026` (BuildKit); masked, never in argv, layers or history."},{name:"secret-files",field:"secretFiles",builds:!0,...By,description:"Build s\
ecrets from files, lines `id=PATH` (BuildKit)."},{name:"ssh",field:"ssh",builds:!0,...Gy,description:"SSH agent or keys for `RUN --mount=type=ssh` (BuildKit): `\
default` (the agent at `SSH_AUTH_SOCK`) or lines `id=PATH`."},{name:"semver-tags",field:"semverTags",...ct,default:"false",description:"On a semantic-version gi\
t tag (`v1.2.3` or `1.2.3`): also tag `1.2.3`, `1.2` and `1` (pre-releases only their own tag, `0.y.z` no `0`). `latest` only when listed in `tags`."},{name:"br\
anch-tag",field:"branchTag",...ct,default:"false",description:"Also tag the branch name made a valid tag (`feature/Login` \u2192 `feature-login`, cut to 128 characte\
rs with a hash suffix), and `pr-<number>` on pull requests."},{name:"git-ref",field:"gitRef",..._y,defaultText:"`GITHUB_REF`; `CIRCLE_TAG`, `CIRCLE_BRANCH`, `CI\
RCLE_PULL_REQUEST`; else `git describe --tags --exact-match` and the checked-out branch",description:"The git ref `semver-tags` and `branch-tag` read: `refs/tag\
s/NAME`, `refs/heads/NAME` or `refs/pull/N/merge`."},{name:"labels",field:"labels",builds:!0,...ko(oe(xz,"is not `key=value` with a key of letters, digits, `.`,\
 `_`, `-` and `/`")),description:"Extra OCI labels, lines `key=value`, added to the ones always set (revision, source, created; version from a semver tag); a ke\
y given here wins."},{name:"scan-wait",field:"scanWait",...ct,default:"false",description:"After the push, wait for ECR's scan of the pushed digest (basic or en\
hanced scanning) and report the findings (`scan-findings`, the summary).",iamPolicy:{value:"true|false",description:"The delivery waits for the image scan."}},{
name:"scan-start",field:"scanStart",...ct,default:"false",description:"With `scan-wait`: start a basic scan (`StartImageScan`) when the repository did not scan \
the image on push.",iamPolicy:{value:"true|false",description:"With `--scan-wait`: the delivery may start a scan."}},{name:"scan-timeout-seconds",field:"scanTim\
eoutSeconds",...aa(1,86400),default:"600",description:"How long `scan-wait` waits for the scan, 1\u201386400 (also bounded by `timeout-seconds`)."},{name:"fail-\
on-severity",field:"failOnSeverity",...Fr(...mn,"none"),default:"none",description:"With `scan-wait`: exit 1 when findings at or above CRITICAL, HIGH, MEDIUM or\
 LOW exist, or when the scan cannot be had (after all outputs are set; the image stays pushed). `none` only reports."},{name:"account-id",field:"accountId",...se(
Me.account),required:!0,iamPolicyOnly:!0,iamPolicy:{value:"ID"},description:"AWS account id (12 digits) of the role and its OIDC provider."},{name:"provider",field:"\
provider",...Fr("github","circleci","none"),iamPolicyOnly:!0,iamPolicy:{value:"github|circleci|none",defaultText:"github with `--repo`, circleci with `--org-id`"},
description:"Whose OIDC tokens the role trusts; `none` prints the permissions policy only."},{name:"repo",field:"repo",...se(Oy),iamPolicyOnly:!0,iamPolicy:{value:"\
OWNER/REPO"},description:"GitHub repository, or its immutable form OWNER@ID/REPO@ID when its OIDC subject carries ids."},{name:"branch",field:"branch",...se(Ny,
t=>t.replace(/^refs\/heads\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"BRANCH",defaultText:"`main`"},description:"GitHub branch allowed to deliver (`*` patterns \
allowed)."},{name:"tag",field:"tag",...se(Dy,t=>t.replace(/^refs\/tags\//,"")),iamPolicyOnly:!0,iamPolicy:{value:"TAG"},description:"GitHub tag allowed to deliv\
er, for release workflows on tag pushes (`v*` patterns allowed; instead of `--branch`)."},{name:"environment",field:"environment",...se(oe(Cy,"is not a GitHub e\
nvironment name (1\u2013255 characters, no `:`)")),iamPolicyOnly:!0,iamPolicy:{value:"NAME"},description:"GitHub environment allowed to deliver, for jobs that u\
se `environment:` (instead of `--branch`)."},{name:"pull-request",field:"pullRequest",...ct,default:"false",iamPolicyOnly:!0,iamPolicy:{value:"true|false"},description:"\
Trust runs on `pull_request` events of the repository instead of a branch (pair it with `--push false`)."},{name:"github-issuer",field:"githubIssuer",...$y,iamPolicyOnly:!0,
iamPolicy:{value:"HOST",defaultText:"token.actions.githubusercontent.com"},description:"GitHub Enterprise Server's OIDC issuer, `HOST/_services/token`."},{name:"\
org-id",field:"orgId",...se(oe(sd,"is not a CircleCI organization id (a lowercase UUID)")),iamPolicyOnly:!0,iamPolicy:{value:"UUID"},description:"CircleCI organ\
ization id (Organization Settings > Overview)."},{name:"project-id",field:"projectId",...se(oe(sd,"is not a CircleCI project id (a lowercase UUID)")),iamPolicyOnly:!0,
iamPolicy:{value:"UUID"},description:"CircleCI project id allowed to deliver (required with `--org-id`: without it every project of the org, with any context, c\
ould deliver)."},{name:"vcs-ref",field:"vcsRef",...se(oe(Py,"is not a git ref like `refs/heads/main`")),iamPolicyOnly:!0,iamPolicy:{value:"REF"},description:"Ci\
rcleCI: pin the git ref too, e.g. `refs/heads/main` (matched in the sub of `CIRCLE_OIDC_TOKEN_V2`, which the orb uses; `*` patterns allowed)."},{name:"pull-repo\
sitories",field:"pullRepositories",...ko(oe(by,"is not a repository name pattern (lowercase name, `*` wildcards)"),{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"\
PATTERNS",defaultText:"every repository, `*`"},description:"Repositories of the `--pull-registries` the build pulls, name patterns, comma-separated."},{name:"pu\
ll-through",field:"pullThrough",...ko(ky,{commas:!0}),iamPolicyOnly:!0,iamPolicy:{value:"PREFIXES"},description:"Pull-through cache prefixes of the target regis\
try the build pulls from (adds `ecr:BatchImportUpstreamImage` and `ecr:CreateRepository` on `PREFIX/*`)."},{name:"only",field:"only",...Fr("permissions","trust"),
iamPolicyOnly:!0,iamPolicy:{value:"permissions|trust"},description:"Print just that one policy document, ready for `aws iam \u2026 file://`."}],_z=t=>!t.iamPolicyOnly,
Oo=jO.filter(_z),eu=["aws-region","role-to-assume","audience","web-identity-token-file","role-session-name","role-duration-seconds","registry-id","web-identity-\
token-env","pull-registries","registry-type"],VO=Oo.filter(t=>!t.githubOnly&&!t.builds&&t.name!=="mode").map(t=>t.name);function wz(t,e){let r="default"in e?e.default:
t.default,o=e.defaultText??(r!==void 0?`\`${r}\``:t.defaultText),n=`${e.description??t.description}${t.required?" Required.":""}${o?` Default: ${o}.`:""}`;return{
name:t.name,field:t.field,value:e.value,description:n,type:e.type??t.type,parse:e.parse??t.parse,default:r,required:t.required}}var oi=jO.flatMap(t=>t.iamPolicy?
[wz(t,t.iamPolicy)]:[]).sort((t,e)=>+!!e.required-+!!t.required);async function Fh(t){if(t.tokenEnv){let r=t.env[t.tokenEnv]?.trim();if(!r)throw new xe(`web-identity-token-env names ${t.tokenEnv}, which is not set or empty`);
return{token:r,source:`environment variable ${t.tokenEnv}`}}if(t.tokenFile)return{token:qO(t.tokenFile),source:`file ${t.tokenFile}`};if(t.ci==="github")return{
token:await Iz(t),source:"GitHub OIDC"};if(t.ci==="circleci")return Tz(t);let e=t.env.AWS_WEB_IDENTITY_TOKEN_FILE;if(e)return{token:qO(e),source:`file ${e}`};throw new xe(
"role-to-assume is set but no OIDC token was found","outside GitHub and CircleCI, write the CI's OIDC token to a file and pass web-identity-token-file (or AWS_W\
EB_IDENTITY_TOKEN_FILE), or name the variable that holds it in web-identity-token-env")}function qO(t){let e=(0,JO.readFileSync)(t,"utf8").trim();if(!e)throw new xe(
`the OIDC token file ${t} is empty`);return e}async function Iz(t){if(!t.env.ACTIONS_ID_TOKEN_REQUEST_URL||!t.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN||!t.platformToken)
throw new xe("GitHub did not give this job an OIDC token (ACTIONS_ID_TOKEN_REQUEST_URL is not set)","add `permissions: id-token: write` (and `contents: read`) t\
o the workflow or job");try{return await t.platformToken(t.audience)}catch(e){throw e instanceof hr?e:new gr(`could not get the GitHub OIDC token: ${e.message}`,
"check `permissions: id-token: write`; tokens are not issued to pull requests from forks")}}async function Tz(t){let e=t.env.CIRCLE_OIDC_TOKEN_V2||t.env.CIRCLE_OIDC_TOKEN,
r=e&&{token:e.trim(),source:t.env.CIRCLE_OIDC_TOKEN_V2?"CIRCLE_OIDC_TOKEN_V2":"CIRCLE_OIDC_TOKEN"};if(r&&!t.renew)return r;try{let o=["run","oidc","get"];t.audience!==
Xs&&o.push("--claims",JSON.stringify({aud:t.audience}));let{stdout:n}=await(0,YO.promisify)(KO.execFile)("circleci",o,{encoding:"utf8",env:t.env}),i=n.trim();if(i)
return{token:i,source:"circleci run oidc get"}}catch{}if(r)return r;throw new xe("CircleCI did not give this job an OIDC token (no CIRCLE_OIDC_TOKEN_V2 or CIRCL\
E_OIDC_TOKEN)","run the job with a context (CircleCI issues OIDC tokens only to jobs that use one), or pass web-identity-token-file")}function vz(t){try{let e=JSON.
parse(Buffer.from(t.split(".")[1]??"","base64url").toString("utf8")),r=o=>Array.isArray(o)?o.join(","):typeof o=="string"?o:void 0;return{iss:r(e.iss),sub:r(e.sub),
aud:r(e.aud)}}catch{return{}}}async function Uh(t,e,r,o){r.secret(e);let n=Xn({roleArn:t.roleArn,roleSessionName:t.sessionName,webIdentityToken:e,durationSeconds:t.
durationSeconds,clientConfig:ti(t.region,void 0,o)});try{let i=await to(o,"STS AssumeRoleWithWebIdentity",()=>n());return Pz({accessKeyId:i.accessKeyId,secretAccessKey:i.
secretAccessKey,sessionToken:i.sessionToken,expiration:i.expiration},r)}catch(i){throw Az(i,t,e)}}function XO(t,e){let r={credentials:t,margin:WO(t)},o;return()=>{
let n=r.credentials.expiration?.getTime();return n===void 0||n-Date.now()>r.margin?Promise.resolve(r.credentials):(o??=e().then(i=>(r={credentials:i,margin:WO(i)},
i)).finally(()=>{o=void 0}),o)}}var Cz=300*1e3;function WO(t){let e=t.expiration?t.expiration.getTime()-Date.now():1/0;return Math.min(Cz,e/2)}function Pz(t,e){
for(let r of[t.accessKeyId,t.secretAccessKey,t.sessionToken])r&&e.secret(r);return t}function Az(t,e,r){if(t instanceof gr||t instanceof hr)return t;let o=t,n=vz(
r),i=`token iss=${n.iss??"?"} sub=${n.sub??"?"} aud=${n.aud??"?"}`,s=Jl(t);if(s.transient){let c=`STS AssumeRoleWithWebIdentity for ${e.roleArn} failed after ${s.
attempts} attempt(s) (${o.name}: ${o.message}); ${i}`;return new gr(c,Yl("STS",s.throttled),{cause:t})}let a=`STS refused AssumeRoleWithWebIdentity for ${e.roleArn}\
 (${o.name}: ${o.message}); ${i}`;switch(o.name){case"AccessDenied":case"AccessDeniedException":return new gr(a,"the role's trust policy must allow this token: \
Federated principal for the issuer, `aud` and `sub` conditions matching the values above (`ecr-deliver iam-policy` prints one)",{cause:t});case"InvalidIdentityT\
oken":case"InvalidIdentityTokenException":return new gr(a,"the account needs an IAM OIDC identity provider for this issuer, with the audience above as a client \
id",{cause:t});case"ExpiredTokenException":return new gr(a,"the OIDC token expired before it was used; request a fresh one",{cause:t});case"IDPCommunicationErro\
r":case"IDPCommunicationErrorException":return new gr(a,"STS could not reach the token issuer; retry the job",{cause:t});default:return new gr(a,void 0,{cause:t})}}var UN=require("node:fs");M();ot();T();k();K();U();ut();Q();Ie();T();var QO=async(t,e,r)=>({operation:te(e).operation,region:await W(t.region)()||(()=>{throw new Error("expected `region` to be configured for `aws.auth#si\
gv4`")})()});function bz(t){return{schemeId:"aws.auth#sigv4",signingProperties:{name:"ecr-public",region:t.region},propertiesExtractor:(e,r)=>({signingProperties:{
config:e,context:r}})}}var ZO=t=>{let e=[];switch(t.operation){default:e.push(bz(t))}return e},eN=t=>{let e=lr(t);return Object.assign(e,{authSchemePreference:W(
t.authSchemePreference??[])})};var tN=t=>Object.assign(t,{useDualstackEndpoint:t.useDualstackEndpoint??!1,useFipsEndpoint:t.useFipsEndpoint??!1,defaultSigningName:"ecr-public"}),rN={UseFIPS:{
type:"builtInParams",name:"useFipsEndpoint"},Endpoint:{type:"builtInParams",name:"endpoint"},Region:{type:"builtInParams",name:"region"},UseDualStack:{type:"bui\
ltInParams",name:"useDualstackEndpoint"}};var oN={name:"@aws-sdk/client-ecr-public",version:"3.1108.0"};M();Ie();T();k();ut();$();fo();Ie();en();tn();T();U();$();M();K();K();var Qs="ref",fn=-1,tu=!0,nN="isSet",cN="PartitionResult",ru="booleanEquals",Mh="getAttr",iN={[Qs]:"Endpoint"},Hh={[Qs]:cN},ni={},sN=[{[Qs]:"Region"}],aN={conditions:[
[nN,[iN]],[nN,sN],["aws.partition",sN,cN],[ru,[{[Qs]:"UseFIPS"},tu]],[ru,[{[Qs]:"UseDualStack"},tu]],[ru,[{fn:Mh,argv:[Hh,"supportsDualStack"]},tu]],[ru,[{fn:Mh,
argv:[Hh,"supportsFIPS"]},tu]],["stringEquals",[{fn:Mh,argv:[Hh,"name"]},"aws"]]],results:[[fn],[fn,"Invalid Configuration: FIPS and custom endpoint are not sup\
ported"],[fn,"Invalid Configuration: Dualstack and custom endpoint are not supported"],[iN,ni],["https://api.ecr-public-fips.{Region}.{PartitionResult#dualStack\
DnsSuffix}",ni],[fn,"FIPS and DualStack are enabled, but this partition does not support one or both"],["https://api.ecr-public-fips.{Region}.{PartitionResult#d\
nsSuffix}",ni],[fn,"FIPS is enabled but this partition does not support FIPS"],["https://ecr-public.{Region}.api.aws",ni],["https://api.ecr-public.{Region}.{Par\
titionResult#dualStackDnsSuffix}",ni],[fn,"DualStack is enabled but this partition does not support DualStack"],["https://api.ecr-public.{Region}.{PartitionResu\
lt#dnsSuffix}",ni],[fn,"Invalid Configuration: Missing Region"]]},Nz=2,Et=1e8,Dz=new Int32Array([-1,1,-1,0,13,3,1,4,Et+12,2,5,Et+12,3,9,6,4,7,Et+11,5,8,Et+10,7,
Et+8,Et+9,4,11,10,6,Et+6,Et+7,5,12,Et+5,6,Et+4,Et+5,3,Et+1,14,4,Et+2,Et+3]),pN=et.from(Dz,Nz,aN.conditions,aN.results);var kz=new tt({size:50,params:["Endpoint","Region","UseDualStack","UseFIPS"]}),lN=(t,e={})=>kz.get(t,()=>Mt(pN,{endpointParams:t,logger:e.logger}));Ne.aws=dt;Q();T();var J=class t extends Qe{constructor(e){super(e),Object.setPrototypeOf(this,t.prototype)}};var ou=class t extends J{name="InvalidParameterException";$fault="client";constructor(e){super({name:"InvalidParameterException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},nu=class t extends J{name="RegistryNotFoundException";$fault="client";constructor(e){super({name:"RegistryNotFoundException",$fault:"client",
...e}),Object.setPrototypeOf(this,t.prototype)}},iu=class t extends J{name="RepositoryNotFoundException";$fault="client";constructor(e){super({name:"RepositoryN\
otFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},su=class t extends J{name="ServerException";$fault="server";constructor(e){super(
{name:"ServerException",$fault:"server",...e}),Object.setPrototypeOf(this,t.prototype)}},au=class t extends J{name="UnsupportedCommandException";$fault="client";constructor(e){
super({name:"UnsupportedCommandException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},cu=class t extends J{name="EmptyUploadException";$fault="\
client";constructor(e){super({name:"EmptyUploadException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},pu=class t extends J{name="InvalidLay\
erException";$fault="client";constructor(e){super({name:"InvalidLayerException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},lu=class t extends J{name="\
LayerAlreadyExistsException";$fault="client";constructor(e){super({name:"LayerAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
uu=class t extends J{name="LayerPartTooSmallException";$fault="client";constructor(e){super({name:"LayerPartTooSmallException",$fault:"client",...e}),Object.setPrototypeOf(
this,t.prototype)}},du=class t extends J{name="UploadNotFoundException";$fault="client";constructor(e){super({name:"UploadNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},mu=class t extends J{name="InvalidTagParameterException";$fault="client";constructor(e){super({name:"InvalidTagParamet\
erException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},fu=class t extends J{name="LimitExceededException";$fault="client";constructor(e){
super({name:"LimitExceededException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},gu=class t extends J{name="RepositoryAlreadyExistsExceptio\
n";$fault="client";constructor(e){super({name:"RepositoryAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},hu=class t extends J{name="\
TooManyTagsException";$fault="client";constructor(e){super({name:"TooManyTagsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},yu=class t extends J{name="\
RepositoryNotEmptyException";$fault="client";constructor(e){super({name:"RepositoryNotEmptyException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},
Eu=class t extends J{name="RepositoryPolicyNotFoundException";$fault="client";constructor(e){super({name:"RepositoryPolicyNotFoundException",$fault:"client",...e}),
Object.setPrototypeOf(this,t.prototype)}},Su=class t extends J{name="ImageNotFoundException";$fault="client";constructor(e){super({name:"ImageNotFoundException",
$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},xu=class t extends J{name="RepositoryCatalogDataNotFoundException";$fault="client";constructor(e){
super({name:"RepositoryCatalogDataNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},Ru=class t extends J{name="ImageAlreadyExi\
stsException";$fault="client";constructor(e){super({name:"ImageAlreadyExistsException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},_u=class t extends J{name="\
ImageDigestDoesNotMatchException";$fault="client";constructor(e){super({name:"ImageDigestDoesNotMatchException",$fault:"client",...e}),Object.setPrototypeOf(this,
t.prototype)}},wu=class t extends J{name="ImageTagAlreadyExistsException";$fault="client";constructor(e){super({name:"ImageTagAlreadyExistsException",$fault:"cl\
ient",...e}),Object.setPrototypeOf(this,t.prototype)}},Iu=class t extends J{name="InvalidLayerPartException";$fault="client";registryId;repositoryName;uploadId;lastValidByteReceived;constructor(e){
super({name:"InvalidLayerPartException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype),this.registryId=e.registryId,this.repositoryName=e.repositoryName,
this.uploadId=e.uploadId,this.lastValidByteReceived=e.lastValidByteReceived}},Tu=class t extends J{name="LayersNotFoundException";$fault="client";constructor(e){
super({name:"LayersNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}},vu=class t extends J{name="ReferencedImagesNotFoundExcept\
ion";$fault="client";constructor(e){super({name:"ReferencedImagesNotFoundException",$fault:"client",...e}),Object.setPrototypeOf(this,t.prototype)}};var $z="AuthorizationData";var Lz="CreateRepository",Fz="CreateRepositoryRequest",Uz="CreateRepositoryResponse";var Mz="DescribeImageTags",Hz="DescribeImageTagsRequest",Bz="DescribeImageTagsResponse";var Gz="DescribeRegistriesRequest",zz="DescribeRegistriesResponse",jz="DescribeRepositoriesRequest",Vz="DescribeRepositoriesResponse",qz="DescribeRegistries",Wz="\
DescribeRepositories",Kz="EmptyUploadException",Jz="GetAuthorizationToken",Yz="GetAuthorizationTokenRequest",Xz="GetAuthorizationTokenResponse";var Qz="Image",Zz="ImageAlreadyExistsException";var ej="ImageDigestDoesNotMatchException";var tj="ImageIdentifier";var rj="InvalidLayerException",oj="InvalidLayerPartException";var nj="ImageNotFoundException",ij="InvalidParameterException",sj="ImageTagAlreadyExistsException",aj="ImageTagDetail",cj="ImageTagDetailList",pj="InvalidTagPar\
ameterException",lj="Key";var uj="LayerAlreadyExistsException",dj="LimitExceededException";var mj="LayersNotFoundException",fj="LayerPartTooSmallException";var gj="PutImage",hj="PutImageRequest",yj="PutImageResponse";var Ej="Registry",Sj="RegistryAlias",xj="RepositoryAlreadyExistsException",Rj="RegistryAliasList";var _j="RepositoryCatalogDataInput",wj="RepositoryCatalogDataNotFoundException",Ij="RepositoryCatalogData",Tj="ReferencedImageDetail",vj="ReferencedImagesNotFou\
ndException",Cj="RegistryList",Pj="RepositoryList",Aj="RepositoryNotEmptyException",bj="RegistryNotFoundException",Oj="RepositoryNotFoundException",Nj="Reposito\
ryPolicyNotFoundException",Dj="Repository",kj="ServerException",$j="SetRepositoryPolicy",Lj="SetRepositoryPolicyRequest",Fj="SetRepositoryPolicyResponse",Uj="Ta\
g",Mj="TagList",Hj="TooManyTagsException";var Bj="UnsupportedCommandException";var Gj="UploadNotFoundException";var zj="Value",jj="aliases",Vj="authorizationData",qj="artifactMediaType",Wj="authorizationToken",uN="aboutText",dN="architectures",pe="client",mN="createdAt",fN="\
catalogData",gN="description";var Kj="defaultRegistryAlias",ne="error",Jj="expiresAt";var Yj="force",Xj="image";var Bh="imageDigest",Qj="imageDetail";var Zj="imageId",hN="imageManifest",Gh="imageManifestMediaType",eV="imagePushedAt",tV="imageSizeInBytes";var rV="imageTagDetails",zh="imageTag";var oV="logoImageBlob";var nV="logoUrl",iV="lastValidByteReceived",ie="message",sV="marketplaceCertified",jh="maxResults";var aV="name",ii="nextToken",yN="operatingSystems";var cV="primaryRegistryAlias";var EN="policyText",pV="repository";var lV="registryArn",uV="repositoryArn";var Jr="registryId",No="repositoryName",dV="repositoryNames",mV="registryUri",fV="repositoryUri",gV="registries",hV="repositories",SN="smithy.ts.sdk.synthetic.c\
om.amazonaws.ecrpublic",yV="server",EV="status",SV="tags";var xV="uploadId",xN="usageText",RV="verified",I="com.amazonaws.ecrpublic",RN=Z.for(SN),_V=[-3,SN,"ECRPUBLICServiceException",0,[],[]];RN.registerError(_V,J);var re=Z.
for(I),wV=[-3,I,Kz,{[ne]:pe},[ie],[0]];re.registerError(wV,cu);var IV=[-3,I,Zz,{[ne]:pe},[ie],[0]];re.registerError(IV,Ru);var TV=[-3,I,ej,{[ne]:pe},[ie],[0]];re.
registerError(TV,_u);var vV=[-3,I,nj,{[ne]:pe},[ie],[0]];re.registerError(vV,Su);var CV=[-3,I,sj,{[ne]:pe},[ie],[0]];re.registerError(CV,wu);var PV=[-3,I,rj,{[ne]:pe},
[ie],[0]];re.registerError(PV,pu);var AV=[-3,I,oj,{[ne]:pe},[Jr,No,xV,iV,ie],[0,0,0,1,0]];re.registerError(AV,Iu);var bV=[-3,I,ij,{[ne]:pe},[ie],[0]];re.registerError(
bV,ou);var OV=[-3,I,pj,{[ne]:pe},[ie],[0]];re.registerError(OV,mu);var NV=[-3,I,uj,{[ne]:pe},[ie],[0]];re.registerError(NV,lu);var DV=[-3,I,fj,{[ne]:pe},[ie],[0]];
re.registerError(DV,uu);var kV=[-3,I,mj,{[ne]:pe},[ie],[0]];re.registerError(kV,Tu);var $V=[-3,I,dj,{[ne]:pe},[ie],[0]];re.registerError($V,fu);var LV=[-3,I,vj,
{[ne]:pe},[ie],[0]];re.registerError(LV,vu);var FV=[-3,I,bj,{[ne]:pe},[ie],[0]];re.registerError(FV,nu);var UV=[-3,I,xj,{[ne]:pe},[ie],[0]];re.registerError(UV,
gu);var MV=[-3,I,wj,{[ne]:pe},[ie],[0]];re.registerError(MV,xu);var HV=[-3,I,Aj,{[ne]:pe},[ie],[0]];re.registerError(HV,yu);var BV=[-3,I,Oj,{[ne]:pe},[ie],[0]];
re.registerError(BV,iu);var GV=[-3,I,Nj,{[ne]:pe},[ie],[0]];re.registerError(GV,Eu);var zV=[-3,I,kj,{[ne]:yV},[ie],[0]];re.registerError(zV,su);var jV=[-3,I,Hj,
{[ne]:pe},[ie],[0]];re.registerError(jV,hu);var VV=[-3,I,Bj,{[ne]:pe},[ie],[0]];re.registerError(VV,au);var qV=[-3,I,Gj,{[ne]:pe},[ie],[0]];re.registerError(qV,
du);var _N=[RN,re],WV=[3,I,$z,0,[Wj,Jj],[0,4]];var KV=[3,I,Fz,0,[No,fN,SV],[0,()=>mq,()=>Rq],1],JV=[3,I,Uz,0,[pV,fN],[()=>wN,()=>dq]];var YV=[3,I,Hz,0,[No,Jr,ii,jh],[0,0,0,1],1],XV=[3,I,Bz,0,[rV,ii],[()=>yq,0]],QV=[3,I,Gz,0,[ii,jh],[0,1]],ZV=[3,I,zz,0,[gV,ii],[()=>Sq,0],1],eq=[3,I,jz,0,[Jr,dV,
ii,jh],[0,64,0,1]],tq=[3,I,Vz,0,[hV,ii],[()=>xq,0]],rq=[3,I,Yz,0,[],[]],oq=[3,I,Xz,0,[Vj],[()=>WV]];var nq=[3,I,Qz,0,[Jr,No,Zj,hN,Gh],[0,0,()=>iq,0,0]];var iq=[3,I,tj,0,[Bh,zh],[0,0]],sq=[3,I,aj,0,[zh,mN,Qj],[0,4,()=>pq]];var aq=[3,I,hj,0,[No,hN,Jr,Gh,zh,Bh],[0,0,0,0,0,0],2],cq=[3,I,yj,0,[Xj],[()=>nq]];var pq=[3,I,Tj,0,[Bh,tV,eV,Gh,qj],[0,1,4,0,0]],lq=[3,I,Ej,0,[Jr,lV,mV,RV,jj],[0,0,0,2,()=>Eq],5],uq=[3,I,Sj,0,[aV,EV,cV,Kj],[0,0,2,2],4];var wN=[3,I,Dj,0,[uV,Jr,No,fV,mN],[0,0,0,0,4]],dq=[3,I,Ij,0,[gN,dN,yN,nV,uN,xN,sV],[0,64,64,0,0,0,2]],mq=[3,I,_j,0,[gN,dN,yN,oV,uN,xN],[0,64,64,21,0,0]],fq=[3,I,
Lj,0,[No,EN,Jr,Yj],[0,0,0,2],2],gq=[3,I,Fj,0,[Jr,No,EN],[0,0,0]],hq=[3,I,Uj,0,[lj,zj],[0,0]];var yq=[1,I,cj,0,()=>sq];var Eq=[1,I,Rj,0,()=>uq],Sq=[1,I,Cj,0,()=>lq],xq=[1,I,Pj,0,()=>wN];var Rq=[1,I,Mj,0,()=>hq];var IN=[9,I,Lz,0,()=>KV,()=>JV];var TN=[9,I,Mz,0,()=>YV,()=>XV],vN=[9,I,qz,0,()=>QV,()=>ZV],CN=[9,I,Wz,0,()=>eq,()=>tq],PN=[9,I,Jz,0,()=>rq,()=>oq];var AN=[9,I,gj,0,()=>aq,()=>cq];var bN=[9,I,$j,0,()=>fq,()=>gq];var ON=t=>({apiVersion:"2020-10-30",base64Decoder:t?.base64Decoder??Re,base64Encoder:t?.base64Encoder??he,disableHostPrefix:t?.disableHostPrefix??!1,endpointProvider:t?.
endpointProvider??lN,extensions:t?.extensions??[],httpAuthSchemeProvider:t?.httpAuthSchemeProvider??ZO,httpAuthSchemes:t?.httpAuthSchemes??[{schemeId:"aws.auth#\
sigv4",identityProvider:e=>e.getIdentityProvider("aws.auth#sigv4"),signer:new Ee}],logger:t?.logger??new we,protocol:t?.protocol??Zo,protocolSettings:t?.protocolSettings??
{defaultNamespace:"com.amazonaws.ecrpublic",errorTypeRegistries:_N,xmlNamespace:"http://ecr-public.amazonaws.com/doc/2020-12-02/",version:"2020-10-30",serviceTarget:"\
SpencerFrontendService"},serviceId:t?.serviceId??"ECR PUBLIC",sha256:t?.sha256??ft,urlParser:t?.urlParser??ye,utf8Decoder:t?.utf8Decoder??ae,utf8Encoder:t?.utf8Encoder??
ee});var NN=t=>{Dt(process.version);let e=Ut(t),r=()=>e().then(Nt),o=ON(t);It(process.version);let n={profile:t?.profile,logger:o.logger};return{...o,...t,runtime:"n\
ode",defaultsMode:e,authSchemePreference:t?.authSchemePreference??w(mt,n),bodyLengthChecker:t?.bodyLengthChecker??vt,credentialDefaultProvider:t?.credentialDefaultProvider??
qs,defaultUserAgentProvider:t?.defaultUserAgentProvider??Zt({serviceId:o.serviceId,clientVersion:oN.version}),maxAttempts:t?.maxAttempts??w(Jt,t),region:t?.region??
w(Oe,{...Ze,...n}),requestHandler:ke.create(t?.requestHandler??r),retryMode:t?.retryMode??w({...Xt,default:async()=>(await r()).retryMode||nt},t),streamCollector:t?.
streamCollector??Ge,useDualstackEndpoint:t?.useDualstackEndpoint??w(At,n),useFipsEndpoint:t?.useFipsEndpoint??w(bt,n),userAgentAppId:t?.userAgentAppId??w(er,n)}};M();T();U();var DN=t=>{let e=t.httpAuthSchemes,r=t.httpAuthSchemeProvider,o=t.credentials;return{setHttpAuthScheme(n){let i=e.findIndex(s=>s.schemeId===n.schemeId);i===-1?e.
push(n):e.splice(i,1,n)},httpAuthSchemes(){return e},setHttpAuthSchemeProvider(n){r=n},httpAuthSchemeProvider(){return r},setCredentials(n){o=n},credentials(){return o}}},
kN=t=>({httpAuthSchemes:t.httpAuthSchemes(),httpAuthSchemeProvider:t.httpAuthSchemeProvider(),credentials:t.credentials()});var $N=(t,e)=>{let r=Object.assign(tr(t),kt(t),Ht(t),DN(t));return e.forEach(o=>o.configure(r)),Object.assign(t,rr(r),$t(r),Bt(r),kN(r))};var Cu=class extends Te{config;constructor(...[e]){let r=NN(e||{});super(r),this.initConfig=r;let o=tN(r),n=qt(o),i=Yt(n),s=Ft(i),a=s,c=ar(a),l=eN(c),u=$N(l,e?.
extensions||[]);this.config=u,this.middlewareStack.use(Ot(this.config)),this.middlewareStack.use(Qt(this.config)),this.middlewareStack.use(pr(this.config)),this.
middlewareStack.use(Gt(this.config)),this.middlewareStack.use(zt(this.config)),this.middlewareStack.use(jt(this.config)),this.middlewareStack.use(Vt(this.config)),
this.middlewareStack.use(pt(this.config,{httpAuthSchemeParametersProvider:QO,identityProviderConfigProvider:async d=>new je({"aws.auth#sigv4":d.credentials})})),
this.middlewareStack.use(lt(this.config))}destroy(){super.destroy()}};T();K();var St=Lt(rN,"SpencerFrontendService","ECRPUBLICClient",cr),xt={},Rt=(t,e,r,o)=>[];var Pu=class extends St(xt,Rt,"CreateRepository",IN){};var Au=class extends St(xt,Rt,"DescribeImageTags",TN){};var bu=class extends St(xt,Rt,"DescribeRegistries",vN){};var Ou=class extends St(xt,Rt,"DescribeRepositories",CN){};var Nu=class extends St(xt,Rt,"GetAuthorizationToken",PN){};var Du=class extends St(xt,Rt,"PutImage",AN){};var ku=class extends St(xt,Rt,"SetRepositoryPolicy",bN){};function gn(t,e){let r=new URL(t),{request:o}=r.protocol==="https:"?require("node:https"):require("node:http");return new Promise((n,i)=>{let s=MO(r,process.env)??
!1,a=o(r,{method:e.method??"GET",headers:e.headers,agent:s,signal:e.signal,timeout:e.timeoutMs},c=>{let l=[];c.on("data",u=>l.push(u)),c.on("error",i),c.on("end",
()=>n({status:c.statusCode??0,text:Buffer.concat(l).toString("utf8"),headers:c.headers}))});if(e.connectTimeoutMs!==void 0){let c=e.connectTimeoutMs;a.on("socke\
t",l=>{if(!l.connecting)return;let u=setTimeout(()=>a.destroy(new Error(`no connection within ${c} ms`)),c);l.once("connect",()=>clearTimeout(u)),l.once("close",
()=>clearTimeout(u))})}a.on("timeout",()=>a.destroy(new Error(`no answer within ${e.timeoutMs} ms`))),a.on("error",i),a.end(e.body)})}var LN=3e4,_q=t=>/^(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?$/.test(t)?"http":"https";function wq(t){let e=/^(\w+)\s*(.*)$/.exec(t??"");if(!e)return;let r={};
for(let o of e[2].matchAll(/(\w+)="([^"]*)"/g))r[o[1]]=o[2];return{kind:e[1].toLowerCase(),params:r}}async function FN(t,e,r,o,n){let i=`${_q(t.host)}://${t.host}\
/v2/${e}/manifests/${encodeURIComponent(r)}`,s=`Basic ${Buffer.from(`${t.username}:${t.password}`).toString("base64")}`,a=u=>gn(i,{headers:{accept:o.join(", "),
...u?{authorization:u}:{}},timeoutMs:LN,signal:n}),c=await a();if(c.status===401){let u=wq(c.headers["www-authenticate"]);if(u?.kind==="bearer"&&u.params.realm){
let d=new URL(u.params.realm);u.params.service&&d.searchParams.set("service",u.params.service),d.searchParams.set("scope",u.params.scope??`repository:${e}:pull`);
let m=await gn(d,{headers:{authorization:s},timeoutMs:LN,signal:n}),f=JSON.parse(m.text);c=await a(`Bearer ${f.token??f.access_token}`)}else c=await a(s)}if(c.status!==
200)throw new Error(`the registry answered ${c.status} for ${e}:${r}`);let l=JSON.parse(c.text).mediaType;return{manifest:c.text,mediaType:l??String(c.headers["\
content-type"]??"").split(";")[0]}}var Iq="us-east-1",Tq={label:"ECR Public",permissionHint:t=>`the credentials need ecr-public:${t}${t==="GetAuthorizationToken"?" and sts:GetServiceBearerToken":
""} (\`ecr-deliver iam-policy --registry-type public\` prints the policy)`};function vq(t){let e={description:t.catalogDescription,aboutText:t.catalogAbout,usageText:t.
catalogUsage};return Object.values(e).some(r=>r!==void 0)?e:void 0}var $u=class{constructor(e,r,o){this.registryId=r;this.deadline=o;this.client=new Cu(ti(Iq,e,
o))}registryId;deadline;client;registryUri;loginData;close(){this.client.destroy()}send(e,r){return Xl(Tq,e,this.deadline,()=>this.client.send(r,{abortSignal:this.
deadline?.signal}))}async login(){let[e,r]=await Promise.all([this.send("GetAuthorizationToken",new Nu({})),this.registryUri??this.describeRegistryUri()]);return Js(
e.authorizationData,r.split("/")[0])}async describeRegistryUri(){let e=await this.send("DescribeRegistries",new bu({})),r=e.registries?.find(o=>!this.registryId||
o.registryId===this.registryId)??e.registries?.[0];if(!r?.registryUri)throw new B("ECR Public returned no registry","create the public registry (its alias) in t\
he ECR Public console first");return this.registryUri=r.registryUri,r.registryUri}async findRepository(e){try{let o=(await this.send("DescribeRepositories",new Ou(
{registryId:this.registryId,repositoryNames:[Ur(e)]}))).repositories?.[0];return o&&this.info(o,!1)}catch(r){if(yt(r)==="RepositoryNotFoundException")return;throw r}}async ensureRepository(e){
let r=await this.findRepository(e.repository);if(r)return r;if(!e.createRepository)throw new B(`repository ${e.repository} does not exist in ECR Public`,"create\
 it, or set create-repository: true");try{let o=await this.send("CreateRepository",new Pu({repositoryName:Ur(e.repository),catalogData:vq(e)}));return this.info(
o.repository,!0)}catch(o){if(yt(o)!=="RepositoryAlreadyExistsException")throw o;let n=await this.findRepository(e.repository);if(!n)throw o;return n}}async applyPolicies(e){
e.repositoryPolicy&&await this.send("SetRepositoryPolicy",new ku({registryId:this.registryId,repositoryName:Ur(e.repository),policyText:(0,UN.readFileSync)(e.repositoryPolicy,
"utf8")}))}async images(e,r){let o=new Map,n;try{do{let i=await this.send("DescribeImageTags",new Au({registryId:this.registryId,repositoryName:Ur(e),nextToken:n}));
for(let s of i.imageTagDetails??[])s.imageTag&&r.includes(s.imageTag)&&s.imageDetail?.imageDigest&&o.set(s.imageTag,{digest:s.imageDetail.imageDigest,manifest:"",
mediaType:s.imageDetail.imageManifestMediaType??""});n=i.nextToken}while(n&&o.size<r.length)}catch(i){if(yt(i)==="RepositoryNotFoundException")return o;throw i}
return o}async putTag(e,r,o){let{manifest:n,mediaType:i}=r;if(!n){this.loginData??=this.login();let s=await this.loginData,a=`${(this.registryUri??"").split("/").
slice(1).join("/")}/${Ur(e)}`.replace(/^\//,"");({manifest:n,mediaType:i}=await FN(s,a,r.digest,dn,this.deadline?.signal))}try{await this.send("PutImage",new Du(
{registryId:this.registryId,repositoryName:Ur(e),imageManifest:n,imageManifestMediaType:i||void 0,imageDigest:r.digest,imageTag:o}))}catch(s){if(yt(s)==="ImageA\
lreadyExistsException")return;throw s}}info(e,r){return this.registryUri??=e.repositoryUri.slice(0,e.repositoryUri.length-e.repositoryName.length-1),{name:e.repositoryName,
uri:e.repositoryUri,arn:e.repositoryArn,mutability:"MUTABLE",exclusionFilters:[],scanOnPush:!1,created:r}}};var Cq=(t,e,r,o)=>new ri(t,e,r,o),Pq=(t,e,r,o)=>new $u(e,r,o);function si(t,e,r){return(t.openRegistry??(t.options.registryType==="public"?Pq:Cq))(t.context.region,
e,t.options.registryId,r)}function ai(t){if(t.options.roleToAssume)return Fh(MN(t)).catch(e=>e)}function MN({options:t,context:e,platformToken:r,env:o}){return{
ci:e.ci,audience:t.audience,tokenFile:t.webIdentityTokenFile,tokenEnv:t.webIdentityTokenEnv,platformToken:r,env:o}}async function ci(t,e,r){let{options:o,context:n,
reporter:i}=t;if(!o.roleToAssume||!e){i.info("No role-to-assume: using the ambient AWS credential chain");return}let s=await e;if(s instanceof Error)throw s;i.info(
`Assuming ${o.roleToAssume} as ${n.sessionName} with the OIDC token from ${s.source}`);let a={roleArn:o.roleToAssume,sessionName:n.sessionName,durationSeconds:o.
roleDurationSeconds,region:n.region},c=await Uh(a,s.token,i,r);return XO(c,async()=>{let l=await Fh({...MN(t),renew:!0});return i.info(`Renewing the credentials\
 of ${o.roleToAssume} before they expire, with a new OIDC token from ${l.source}`),Uh(a,l.token,i,r)})}function Lu(t){let e=new eo(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>Aq(t,e))}async function Aq(t,e){let r=new ro(t.run,t.reporter,e,Rn(t.env)),o=r.
check(),n=ai(t);await o;let i=await t.reporter.phase("Credentials",()=>ci(t,n,e)),s=si(t,i,e);try{return await t.reporter.phase("Login",async()=>{let[a,c]=await Promise.
all([s.login(),Zl(t.options.pullRegistries,t.context.region,i,e)]),l=[a,...c.filter(u=>u.host!==a.host)];for(let u of l)t.onLogin?.(u.host),await r.login(u);return{
registry:a.host,registries:l.map(u=>u.host),login:a}})}finally{s.close()}}var Fu=require("node:fs");function HN(t,e){if(t.kmsKey!==void 0&&t.encryptionType!=="KMS")throw new _("kms-key",t.kmsKey,"needs `encryption-type: KMS`");let r={registryType:Uu(t)},o={...t,
...r};return bq(o),Vh(t.mode,t.dockerCredentialsOutput),Nq(o),Oq(o),e==="deliver"&&t.mode!=="merge"&&Dq(o),r}function Uu(t){return id(t.repository)?(En("reposit\
ory",t.repository,wy(t.repository)??Me.repository(Ur(t.repository))),"public"):t.registryType}function bq(t){if(t.registryType==="public"&&t.lifecyclePolicy!==void 0)
throw new _("lifecycle-policy",t.lifecyclePolicy,"does not apply to ECR Public, which has no lifecycle policies");if(t.registryType==="private"){for(let[e,r]of[
["catalog-description",t.catalogDescription],["catalog-about",t.catalogAbout],["catalog-usage",t.catalogUsage]])if(r!==void 0)throw new _(e,r,"applies to ECR Pu\
blic only: set `registry-type: public`")}}function Vh(t,e){if(t!=="login"&&e)throw new _("docker-credentials-output","true","applies to `mode: login` only")}function Oq(t){
let e=da(t.platform).length;if(t.mode==="part"&&e>1)throw new _("platform",t.platform,"takes one platform with `mode: part` (one job per platform; `mode: merge`\
 puts the parts together)");if(t.mode!=="merge")return;if(e<2)throw new _("platform",t.platform??"","needs at least two platforms with `mode: merge`, e.g. `linu\
x/amd64,linux/arm64`");if(t.registryType==="public")throw new _("mode","merge","works with private ECR only: ECR Public's API cannot read a part's config");let r=t;
for(let o of Oo.filter(n=>n.builds)){let n=r[o.field];if(!(o.default!==void 0?String(n)===String(o.parse(o.default,o.name)):Array.isArray(n)?!n.length:n===void 0))
throw new _(o.name,Array.isArray(n)?"***":String(n),"cannot be combined with `mode: merge`, which builds and pushes nothing (the parts did)")}}function Nq(t){if(t.
scanWait&&t.registryType==="public")throw new _("scan-wait","true","does not apply to ECR Public, which does not scan images");if(!t.scanWait){if(t.scanStart)throw new _(
"scan-start","true","needs `scan-wait: true` (a started scan is only useful when the run waits for it)");if(t.failOnSeverity!=="none")throw new _("fail-on-sever\
ity",t.failOnSeverity,"needs `scan-wait: true`: the gate reads the scan the run waits for")}}function Dq(t){if(t.image!==void 0){let e=[["dockerfile",t.dockerfile],
["target",t.target],["platform",t.platform],["builder",t.builder],["build-args",t.buildArgs.map(o=>`${o.split("=")[0]}=***`).join(`
`)||void 0],["labels",t.labels.join(`
`)||void 0]];for(let[o,n]of e)if(n!==void 0)throw new _(o,n,"cannot be combined with `image` (nothing is built)");let r=ua(Ei(t));if(r)throw new _(r,"***","cann\
ot be combined with `image` (nothing is built)");return}t.skipExisting||qh(t)}function qh(t){if(!(0,Fu.existsSync)(t.context)||!(0,Fu.statSync)(t.context).isDirectory())
throw new _("context",t.context,"is not a directory");$o("dockerfile",Zs(t))}function Zs(t){return t.dockerfile??`${t.context.replace(/\/+$/,"")}/Dockerfile`}var kq=4096,$q=65536;function Mu(t,e){if(e===void 0||e.trim()==="")return;let r=t.type==="list",o=r?e:e.trim(),n=r?$q:kq;if(o.length>n)throw new _(t.name,o,`is \
longer than ${n} characters`);if((r?/[\x00-\x09\x0b\x0c\x0e-\x1f\x7f]/:/[\x00-\x1f\x7f]/).test(o))throw new _(t.name,o,"contains control characters");return o}function ea(t,e){
let r=Oo.find(n=>n.name===t),o=Mu(r,e)??r.default;return o===void 0?void 0:r.parse(o,t)}function pi(t,e="deliver"){let r={};for(let n of Oo){let i=Mu(n,t(n.name))??
n.default;if(i!==void 0)r[n.field]=n.parse(i,n.name);else if(n.type==="list")r[n.field]=[];else if(n.required&&e==="login")r[n.field]="";else if(n.required)throw new _(
n.name,"","is required")}let o=r;return{...o,...HN(o,e)}}function BN(t){let e=ea("mode",t("mode")),r=ea("docker-credentials-output",t("docker-credentials-output"));
return Vh(e,r),{mode:e,skipLogout:ea("skip-logout",t("skip-logout")),dockerCredentialsOutput:r}}var mr=[...mn,"INFORMATIONAL","UNDEFINED"],Lq=10,Fq=1e3,Uq=15e3,Mq=2e4,Hq=new Set(["COMPLETE","ACTIVE"]),Bq=new Set(["IN_PROGRESS","PENDING"]),Gq=t=>new Promise(
e=>setTimeout(e,t));async function Bu(t,e){try{return await zq(t,e)}catch(r){if(r instanceof Xr)throw r;let o=hn(r);return Hu(e,"failed",`could not read ECR's s\
can of ${e.digest}: ${o.message}`,o.hint??"check the role's permissions for the scan (`ecr-deliver iam-policy \u2026 --scan-wait true`)")}}async function zq(t,e){
let r=e.sleep??Gq,o=e.now??Date.now,n=o(),i=n+e.timeoutSeconds*1e3,s=Fq,a=!1,c="no scan yet";for(;;){let l=await t.scanFindings(e.repository,e.digest);if(!l&&e.
start&&!a){e.info(`No scan of ${e.digest} yet: starting one (StartImageScan)`),await t.startScan(e.repository,e.digest),a=!0;continue}let u=l?.imageScanStatus?.
status??"";if(l&&Hq.has(u))return qq(e,await Vq(t,e,l));if(l&&!Bq.has(u))return Hu(e,"failed",`ECR's scan of ${e.digest} ended ${u||"without a status"}${l.imageScanStatus?.
description?`: ${l.imageScanStatus.description}`:""}`,"ECR scans images whose OS packages it knows; see the scan status in the ECR console");c=l?`scan ${u}`:"no\
 scan yet";let m=(!l&&!a?Math.min(i,n+Mq):i)-o();if(!l&&!a&&m<=0)return jq(e,o()-n);if(m<=0)return Hu(e,"timeout",`ECR's scan of ${e.digest} did not complete wi\
thin ${e.timeoutSeconds} s (scan-timeout-seconds; last seen: ${c})`,"raise scan-timeout-seconds; enhanced scanning of a new image can take several minutes");await r(
Math.min(s,m)),s=Math.min(s*2,Uq)}}function jq(t,e){let r=t.scanOnPush?"although the repository is set to scan on push":"the repository does not scan on push";return Hu(
t,"not-found",`ECR has no scan of ${t.digest} after ${Math.round(e/1e3)} s: ${r}`,"turn scan on push on (scan-on-push for a repository the run creates, `aws ecr\
 put-image-scanning-configuration`, or a registry scanning rule), or set scan-start: true")}async function Vq(t,e,r){let o=[r];for(let n=r.nextToken;n;n=o[o.length-
1].nextToken){let i=await t.scanFindings(e.repository,e.digest,n);if(!i)break;o.push(i)}return o}function qq(t,e){let r=e[0].imageScanFindings?.findingSeverityCounts??
{},o=Object.fromEntries(mr.map(s=>[s,r[s]??0])),n=e.flatMap(s=>[...(s.imageScanFindings?.findings??[]).map(Wq),...(s.imageScanFindings?.enhancedFindings??[]).map(
Kq)]),i=zN(n);return{outcome:"complete",counts:o,top:i,threshold:t.threshold,gate:VN(o,t.threshold)}}function zN(t){let e=r=>{let o=mr.indexOf(r.severity);return o<
0?mr.length:o};return t.map((r,o)=>({f:r,i:o})).sort((r,o)=>e(r.f)-e(o.f)||r.i-o.i).slice(0,Lq).map(({f:r})=>r)}function jN(t){let e=t.find(n=>n.outcome!=="comp\
lete");if(e)return e;let r=Object.fromEntries(mr.map(n=>[n,t.reduce((i,s)=>i+(s.counts[n]??0),0)])),{threshold:o}=t[0];return{outcome:"complete",counts:r,top:zN(
t.flatMap(n=>n.top)),threshold:o,gate:VN(r,o)}}function Hu(t,e,r,o){return{outcome:e,counts:{},top:[],problem:r,hint:o,threshold:t.threshold,gate:t.threshold===
"none"?"off":"failed"}}function VN(t,e){return e==="none"?"off":mn.slice(0,mn.indexOf(e)+1).some(o=>(t[o]??0)>0)?"failed":"passed"}function Gu(t){return t?.outcome===
"complete"?JSON.stringify(t.counts):""}function zu(t,e){if(!t)return{};if(t.gate==="failed"&&t.outcome!=="complete")return{failure:new gi(`fail-on-severity ${t.
threshold}: ${t.problem}; the image is pushed (${e}) but could not be judged`,t.hint)};if(t.gate==="failed"){let r=mn.slice(0,mn.indexOf(t.threshold)+1).filter(
o=>t.counts[o]>0);return{failure:new gi(`fail-on-severity ${t.threshold}: ECR's scan found ${r.map(o=>`${t.counts[o]} ${o}`).join(", ")}; the image is pushed (${e}\
) but should not be deployed`,"fix or upgrade the packages listed in the summary and deliver again, or raise fail-on-severity")}}return t.outcome!=="complete"?{
warning:`scan-wait: ${t.problem}`}:{}}var GN=(t,e)=>t.attributes?.find(r=>r.key===e)?.value;function Wq(t){let e=[GN(t,"package_name"),GN(t,"package_version")].
filter(Boolean).join(" ");return{name:t.name??"",severity:t.severity??"UNDEFINED",package:e,link:t.uri??""}}function Kq(t){let e=t.packageVulnerabilityDetails,r=(e?.
vulnerablePackages??[]).map(o=>[o.name,o.version].filter(Boolean).join(" ")).join(", ");return{name:e?.vulnerabilityId??t.title??"",severity:t.severity??"UNDEFI\
NED",package:r,link:e?.sourceUrl??e?.referenceUrls?.[0]??""}}var qN=require("node:crypto");var Jq="application/vnd.docker.distribution.manifest.v2+json",WN="application/vnd.docker.distribution.manifest.list.v2+json",KN="application/vnd.oci.image.index\
.v1+json",Yq=[WN,KN],Wh=t=>JSON.parse(t),JN=t=>t.mediaType||Wh(t.manifest).mediaType||"",YN=t=>Yq.includes(JN(t));function XN(t){let e=(Wh(t.image.manifest).manifests??
[]).filter(n=>n.annotations?.["vnd.docker.reference.type"]!=="attestation-manifest"),r=Ri(ma(t.platform)),o=e.find(n=>n.platform?.os&&n.platform.architecture&&Ri(
n.platform)===r);if(o)return o;throw new B(`part ${t.tag} is an index of ${e.map(n=>md(n.platform??{})).join(", ")||"no platform"}, none of them ${t.platform}`,
`deliver the ${t.platform} part again (mode: part, platform: ${t.platform})`)}function QN(t,e){return{mediaType:JN(t),digest:t.digest,size:Buffer.byteLength(t.manifest),
platform:ma(e)}}function ZN(t,e){let r=Wh(t.manifest).config?.digest;if(!r)throw new B(`part ${e} (${t.digest}) is not an image manifest: it names no config`);return r}
function eD(t,e){let r=JSON.parse(e),o={os:r.os??"",architecture:r.architecture??"",variant:r.variant};if(Ri(o)!==Ri(ma(t.platform)))throw new B(`part ${t.tag} \
holds a ${md(o)} image (its config says so), expected ${t.platform}`,`deliver it again with platform: ${t.platform} (on one daemon, the classic builder can reus\
e a cached step of another platform: prefer BuildKit)`)}function tD(t){let e=t.every(n=>n.mediaType===Jq)?WN:KN,r=t.map(n=>({mediaType:n.mediaType,digest:n.digest,
size:n.size,platform:{architecture:n.platform?.architecture,os:n.platform?.os,...n.platform?.variant?{variant:n.platform.variant}:{}}})),o=JSON.stringify({schemaVersion:2,
mediaType:e,manifests:r},null,2);return{digest:`sha256:${(0,qN.createHash)("sha256").update(o).digest("hex")}`,manifest:o,mediaType:e}}var Xq=3e4;function rD(t){let e=new eo(t.options.timeoutSeconds,t.lifetime);return e.bound(()=>Qq(t,e))}async function Qq(t,e){let r=await t.reporter.phase("Cre\
dentials",()=>ci(t,ai(t),e)),o=si(t,r,e);try{return await new Kh(t,o,e).run()}finally{o.close()}}var Kh=class{constructor(e,r,o){this.req=e;this.ecr=r;this.deadline=
o;let{options:n,context:i}=e;this.repository=n.repository,this.platforms=da(n.platform),this.tags=[...new Set([i.commitSha,...n.tags,...i.release.tags])]}req;ecr;deadline;repository;platforms;tags;async run(){
let{reporter:e}=this.req,r=this.tags[0],o=this.platforms.map(g=>xi(r,g)),[n,i]=await e.phase("Repository",()=>Promise.all([this.ecr.findRepository(this.repository),
this.ecr.images(this.repository,[...o,...this.tags])]));if(!n)throw new B(`repository ${this.repository} does not exist, so none of its parts (${o.join(", ")}) \
do`,"deliver the parts first: one job per platform with mode: part, then the merge");let s=this.platforms.map((g,y)=>({platform:g,tag:o[y],image:i.get(o[y])})),
a=s.filter(g=>!g.image);if(a.length){let g=s.filter(y=>y.image).map(y=>`${y.platform} (${y.tag})`);throw new B(`missing part(s) in ${this.repository}: ${a.map(y=>`${y.
platform} (tag ${y.tag})`).join(", ")}; found: ${g.join(", ")||"none"}`,"each platform needs its part delivered first (mode: part) for this commit; the merge ru\
ns after all of them")}let c=await e.phase("Parts",()=>Promise.all(s.map(g=>this.entry(g)))),l=tD(c);this.refuseConflicts(n,i,l);let u=i.get(r)?.digest!==l.digest;
u||e.info(`${n.uri}:${r} already is this index (${l.digest}): nothing to put`);let d=this.tags.filter(g=>i.get(g)?.digest!==l.digest);await e.phase("Tag",()=>Ql(
this.ecr,this.repository,l,d));let m=await this.verified(n,l.digest,u),f=await this.scan(c,n);return{outputs:{...m,"scan-findings":Gu(f)},scan:f}}async entry(e){
if(!YN(e.image))return await this.checkPlatform(e,e.image),QN(e.image,e.platform);let r=XN(e),o=await this.ecr.image(this.repository,r.digest);if(!o)throw new B(
`part ${e.tag} names ${r.digest} for ${e.platform}, which ${this.repository} does not hold`);return await this.checkPlatform(e,o),r}async checkPlatform(e,r){let o=ZN(
r,e.tag),n=await this.ecr.blobUrl(this.repository,o),i=()=>gn(n,{headers:{},timeoutMs:Xq,signal:this.deadline.signal}),s=await to(this.deadline,`the config of p\
art ${e.tag}`,i).catch(a=>{throw this.deadline.signal.aborted?a:new B(`could not read the config of part ${e.tag} (${o}): ${a.message}`,"check the proxy setting\
s (HTTPS_PROXY, NO_PROXY)")});if(s.status!==200)throw new B(`could not read the config of part ${e.tag} (${o}): HTTP ${s.status} from its download URL`);eD(e,s.
text)}refuseConflicts(e,r,o){for(let n of this.tags){let i=r.get(n);if(!(!i||i.digest===o.digest||!Ys(e,n)))throw new B(`tag ${n} already exists in the immutabl\
e repository ${e.name} at ${i.digest}, not at the index of these parts (${o.digest})`,"immutable tags cannot move: the SHA was delivered from other parts; use a\
 new extra tag, or make the repository MUTABLE")}}async verified(e,r,o){let n=await this.ecr.images(this.repository,this.tags),i=this.tags.filter(s=>n.get(s)?.digest!==
r);if(i.length)throw new B(`after the merge, tag(s) ${i.join(", ")} do not point at ${r} in ECR`,"another run may have moved them at the same time; re-run the m\
erge");return{registry:e.uri.split("/")[0],"repository-uri":e.uri,image:`${e.uri}:${this.tags[0]}`,digest:r,"image-ref":`${e.uri}@${r}`,tags:this.tags,pushed:o,
"scan-findings":""}}async scan(e,r){let o=this.req.options,n=this.ecr;if(!o.scanWait||!n.scanFindings||!n.startScan)return;let i={scanFindings:n.scanFindings.bind(
n),startScan:n.startScan.bind(n)},s=await this.req.reporter.phase("Scan",()=>Promise.all(e.map(a=>Bu(i,{repository:this.repository,digest:a.digest,timeoutSeconds:o.
scanTimeoutSeconds,start:o.scanStart,threshold:o.failOnSeverity,scanOnPush:r.scanOnPush,info:c=>this.req.reporter.info(c)}))));return jN(s)}};function oD(t,e){let[r,...o]=e.tags,n=e.existing.get(r),i=n&&(t.skipExisting||Ys(e.repository,r))?n:void 0;eW(e,i);let s=t.push?["policies",...o.length?["copy-t\
ags"]:[],"verify"]:[];if(i)return{steps:s,reuse:i,localTags:[],pushed:!1};let a=t.push&&e.builder==="buildx"&&(Zq(t,e.driver)||!!t.builder),c=[];return e.baseFromTarget&&
!t.image||a?c.push("login-before-build"):t.push&&c.push("login"),t.pullRegistries.length&&!t.image&&c.push("pull-registry-logins"),t.cache&&!t.image&&e.cacheSource&&
c.push("cache"),t.image?c.push("tag-local"):c.push("build"),t.push&&c.push(a?"builder-push":"push"),{steps:[...c,...s],localTags:a?[r]:e.tags,pushed:t.push}}function Zq(t,e){
return!!t.platform?.includes(",")||t.provenance||e!==void 0&&e!=="docker"}function eW({tags:t,repository:e,existing:r},o){for(let n of t){let i=r.get(n);if(!(!i||
!Ys(e,n)||o&&i.digest===o.digest))throw new B(`tag ${n} already exists in the immutable repository ${e.name} at ${i.digest}, which is not the image being delive\
red`,"immutable tags cannot move: remove the tag from `tags` (use a new one), or make the repository MUTABLE")}}function ju(t){if(t.options.mode==="merge")return rD(t);let e=new eo(t.options.timeoutSeconds,t.lifetime),r=pa.create(t.env);return e.bound(()=>tW(t,e,Rn(t.env,
r.dir))).finally(()=>r.remove())}async function tW(t,e,r){let{options:o,context:n,reporter:i}=t,s=new ro(t.run,i,e,r,o.builder),a=Ei(o);if(!o.image){for(let h of Vy(
a,t.env))i.secret(h);jy(a,t.env)}let c=o.image?{}:nE(o,a),l=!o.image&&(c.buildx||c.buildkit||Si(t.env)!==void 0),u=s.check().then(()=>l?s.builder(c):void 0),d=ai(
t);await u,o.image||await s.checkPlatforms(o.platform),o.image||s.builder().catch(()=>{});let m=o.mode==="part"&&!o.platform?await s.serverPlatform():o.platform,
f=await i.phase("Credentials",()=>ci(t,d,e)),g=si(t,f,e),y=()=>Zl(o.pullRegistries,n.region,f,e);try{return await new Jh({...t,options:{...o,platform:m}},s,g,y).
run()}finally{g.close()}}var Jh=class{constructor(e,r,o,n=async()=>[]){this.req=e;this.docker=r;this.ecr=o;this.pullLogins=n;this.o=e.options,this.sha=this.o.mode===
"part"?xi(e.context.commitSha,this.o.platform):e.context.commitSha,this.tags=this.o.mode==="part"?[this.sha]:[...new Set([this.sha,...this.o.tags,...e.context.release.
tags])]}req;docker;ecr;pullLogins;o;sha;tags;repo;loggedIn=[];background=[];async run(){try{let e=await this.steps(),r=await this.scan(e);return{outputs:{...e,"\
scan-findings":Gu(r)},scan:r}}catch(e){throw await Promise.allSettled(this.background),e}}async steps(){let{reporter:e}=this.req,[r,o]=await e.phase("Repository",
()=>Promise.all([this.o.push?this.ecr.ensureRepository(this.o,hy(this.o.tags,this.req.context.release)):this.lookUpRepository(),this.ecr.images(this.o.repository,
this.tags)]));this.repo=r,r.created&&e.info(`Created repository ${r.uri} (${r.mutability})`);let n=oD(this.o,{tags:this.tags,repository:r,existing:o,builder:this.
o.image?void 0:await this.docker.builder(),driver:this.o.image?void 0:(await this.docker.buildxSetup())?.driver,cacheSource:this.ecr.latestImage!==void 0,baseFromTarget:!this.
o.image&&Lh(Zs(this.o)).includes(r.uri.split("/")[0])});return this.execute(n,r,o)}async execute(e,r,o){let{reporter:n}=this.req,i=f=>e.steps.includes(f),s=i("p\
olicies")?this.inBackground(this.ecr.applyPolicies(this.o)):Promise.resolve();if(e.reuse){let f=e.reuse;return n.info(`${r.uri}:${this.sha} already exists (${f.
digest}): nothing to build or upload`),i("verify")?(await s,i("copy-tags")&&await n.phase("Tag",()=>this.copyTags(r,f,o)),this.verified(r,f.digest,!1)):this.outputs(
r,f.digest,!1)}let a=i("login")||i("login-before-build")?this.inBackground(n.track("Login",()=>this.login())):void 0,c=i("pull-registry-logins")?this.inBackground(
this.loginPullRegistries()):void 0,l=i("cache")?this.cacheSource(r,()=>a??this.login()):void 0;i("login-before-build")&&await a,await c;let u=e.localTags.map(f=>`${r.
uri}:${f}`),d=i("tag-local")?await n.phase("Tag",()=>this.tagLocal(u)):await n.phase("Build",()=>this.build(u,r,i("builder-push"),l));if(!e.pushed)return this.outputs(
r,"",!1);await Promise.all([a,s]);let m=i("builder-push")?d:await n.phase("Push",()=>this.docker.push(`${r.uri}:${this.sha}`,()=>this.login()));return i("copy-t\
ags")&&await n.phase("Tag",async()=>{let f=(await this.ecr.images(this.o.repository,[this.sha])).get(this.sha);if(!f||f.digest!==m)throw new B(`ECR does not sho\
w ${this.sha} at the pushed digest ${m}`);await this.copyTags(r,f,o)}),this.verified(r,m,!0)}async cacheSource(e,r){try{let o=await this.ecr.latestImage(e.name,
this.o.mode==="part"?xi("",this.o.platform):void 0);if(!o){this.req.reporter.info("No layer cache yet: the repository has no image to reuse layers from");return}
let n=`${e.uri}@${o}`;return await r(),await this.docker.builder()==="classic"&&!await this.docker.pullCache(n)?void 0:(this.req.reporter.info(`Layer cache: ${n}`),
n)}catch(o){if(o instanceof Xr)throw o;this.req.reporter.warning(`no layer cache: ${o.message}`);return}}async scan(e){if(!this.o.scanWait||!this.repo)return;if(!e.
digest){this.req.reporter.info("scan-wait: nothing was pushed (push: false), so there is no scan to wait for");return}let{reporter:r}=this.req,o=this.repo,n=this.
ecr;if(!n.scanFindings||!n.startScan)throw new B("scan-wait: this registry does not scan images","ECR Public has no image scanning: drop scan-wait");return r.phase(
"Scan",()=>Bu(n,{repository:this.o.repository,digest:e.digest,timeoutSeconds:this.o.scanTimeoutSeconds,start:this.o.scanStart,threshold:this.o.failOnSeverity,scanOnPush:o.
scanOnPush,info:i=>r.info(i)}))}inBackground(e){return e.catch(()=>{}),this.background.push(e),e}async lookUpRepository(){let e=await this.ecr.findRepository(this.
o.repository);if(e)return e;let{host:r}=await this.ecr.login();return{name:this.o.repository,uri:`${r}/${this.o.repository}`,arn:"",mutability:"MUTABLE",exclusionFilters:[],
scanOnPush:!1,created:!1}}async login(){let e=await this.ecr.login();await this.docker.login(e),this.loggedIn.push(e.host)}async loginPullRegistries(){let e=await this.
req.reporter.phase("Login to pull registries",()=>this.pullLogins());for(let r of e)await this.docker.login(r),this.loggedIn.push(r.host)}async tagLocal(e){for(let r of e)
await this.docker.tag(this.o.image,r)}async build(e,r,o,n){qh(this.o);let s=await this.docker.build({context:this.o.context,dockerfile:Zs(this.o),tags:e,labels:this.
labels(),buildArgs:this.o.buildArgs,target:this.o.target,platform:this.o.platform,cache:n?{from:await n}:void 0,secrets:Ei(this.o),provenance:this.o.provenance,
pushFromBuilder:o},await this.docker.builder()).catch(a=>{let c=a instanceof at&&zO(a.message,Zs(this.o),[...this.loggedIn,r.uri.split("/")[0]],this.req.context.
region);throw c?new at(a.message,c):a});if(o&&!s)throw new at("buildx pushed but reported no digest");return s}labels(){let e=this.req.context,r={"org.openconta\
iners.image.revision":e.commitSha,"org.opencontainers.image.created":new Date().toISOString()};e.sourceUrl&&(r["org.opencontainers.image.source"]=e.sourceUrl),e.
release.version&&(r["org.opencontainers.image.version"]=e.release.version);for(let o of this.o.labels){let n=o.indexOf("=");r[o.slice(0,n)]=o.slice(n+1)}return r}async copyTags(e,r,o){
let n=this.tags.slice(1).filter(i=>o.get(i)?.digest!==r.digest);await Ql(this.ecr,e.name,r,n)}async verified(e,r,o){let n=await this.ecr.images(this.o.repository,
this.tags),i=this.tags.filter(s=>n.get(s)?.digest!==r);if(i.length)throw new B(`after delivery, tag(s) ${i.join(", ")} do not point at ${r} in ECR`,"another del\
ivery may have moved them at the same time; re-run to deliver again");return this.outputs(e,r,o)}outputs(e,r,o){return{registry:e.uri.split("/")[0],"repository-\
uri":e.uri,image:`${e.uri}:${this.sha}`,digest:r,"image-ref":r?`${e.uri}@${r}`:"",tags:this.tags,pushed:o,"scan-findings":""}}};var ta=class{timings=[];started=Date.now();async time(e,r){let o=Date.now();try{return await r()}finally{let n=Date.now();this.timings.push({title:e,seconds:(n-
o)/1e3,start:(o-this.started)/1e3,end:(n-this.started)/1e3})}}get byStart(){return[...this.timings].sort((e,r)=>e.start-r.start)}get totalSeconds(){return(Date.
now()-this.started)/1e3}describe(){let e=this.byStart.map(r=>`${r.title} ${r.seconds.toFixed(1)} s`).join(", ");return`${e?`${e}; `:""}total ${this.totalSeconds.
toFixed(1)} s`}},ra=class{constructor(e=process.stderr){this.stream=e;this.output=e}stream;clock=new ta;output;info(e){this.stream.write(`${e}
`)}warning(e){this.stream.write(`warning: ${e}
`)}secret(){}track(e,r){return this.clock.time(e,r)}async phase(e,r){this.info(`\u25B6 ${e}`);let o=Date.now(),n=await this.clock.time(e,r);return this.info(`\u2714 ${e}\
 (${((Date.now()-o)/1e3).toFixed(1)} s)`),n}};var nD=t=>Math.round(t*1e3),iD=t=>t.replace(/[:#;]/g," ").trim()||"phase";function sD(t){let e=["```mermaid","gantt","  title ecr-deliver phases (seconds since \
start)","  dateFormat x","  axisFormat %M:%S"];return t.forEach((r,o)=>{let n=nD(r.start),i=Math.max(nD(r.end),n+1);e.push(`  section ${iD(r.title)}`,`  ${iD(r.
title)} ${r.seconds.toFixed(1)} s :p${o}, ${n}, ${i}`)}),e.push("```"),e.join(`
`)}function aD(t,e=40){if(t.length===0)return[];let r=Math.max(...t.map(n=>n.end),.001),o=Math.max(...t.map(n=>n.title.length));return t.map(n=>{let i=Math.min(
e-1,Math.floor(n.start/r*e)),s=Math.max(i+1,Math.min(e,Math.round(n.end/r*e))),a="\xB7".repeat(i)+"\u2588".repeat(s-i)+"\xB7".repeat(e-s);return`${n.title.padEnd(
o)}  ${a}  ${n.start.toFixed(1)}\u2013${n.end.toFixed(1)} s`})}var cD=require("node:child_process"),Vu=new Set,li=(t,e,r={})=>new Promise((o,n)=>{let i=r.silent?void 0:r.output??process.stdout;i?.write(`[command]${[t,...e].
join(" ")}
`);let s=(0,cD.spawn)(t,e,{stdio:"pipe",env:r.env??process.env});Vu.add(s);let a=!1,c=r.timeoutMs===void 0?void 0:setTimeout(()=>{a=!0,s.kill("SIGKILL")},r.timeoutMs),
l=[],u=[];s.stdout.on("data",d=>{l.push(d),i?.write(d)}),s.stderr.on("data",d=>{u.push(d),i?.write(d)}),s.stdin.on("error",()=>{}),s.stdin.end(r.input),s.on("er\
ror",d=>{Vu.delete(s),clearTimeout(c),n(d)}),s.on("close",(d,m)=>{Vu.delete(s),clearTimeout(c),o({code:d??(m?128:1),stdout:Buffer.concat(l).toString(),stderr:Buffer.
concat(u).toString(),...a?{timedOut:a}:{}})})});async function pD(t){let e=[...Vu];if(!e.length)return;let r=s=>new Promise(a=>{s.exitCode!==null||s.signalCode!==
null?a():s.once("close",()=>a())}),o=Promise.all(e.map(r));for(let s of e)s.kill("SIGTERM");let n,i=new Promise(s=>{n=setTimeout(()=>s("grace"),t)});if(await Promise.
race([o,i])==="grace"){for(let s of e)s.exitCode===null&&s.signalCode===null&&s.kill("SIGKILL");await o}clearTimeout(n)}var lD=["SIGINT","SIGTERM"],rW=2e3;function oa(){let t=new AbortController,e=!1,r=o=>t.abort(o);for(let o of lD)process.on(o,r);return{cancelled:t.signal,stopChildren:o=>(e=
!0,pD(o)),end:()=>{for(let o of lD)process.off(o,r);e&&setTimeout(()=>process.exit(process.exitCode||1),rW).unref()}}}var qu=t=>e=>t[ay(e)];function ui(t){let e=hn(t);return process.stderr.write(`ecr-deliver: ${e.message}
`),e.hint&&process.stderr.write(`hint: ${e.hint}
`),e.exitCode}async function Wu(t,e){let r=new ra(process.stderr),o=oa();try{let n=pi(t),i=xn(n),{outputs:s,scan:a}=await ju({options:n,context:i,reporter:r,run:li,
env:process.env,lifetime:o});r.info(nW(s,r.clock,a)),e(s);let c=zu(a,s["image-ref"]);return c.warning&&r.warning(c.warning),c.failure?ui(c.failure):0}catch(n){return ui(
n)}finally{o.end()}}async function Ku(t,e){let r=new ra(process.stderr),o=oa();try{let n=pi(t,"login"),i=xn(n,process.env,"login"),{registry:s}=await Lu({options:n,
context:i,reporter:r,run:li,env:process.env,lifetime:o});return r.info(uD(`logged in to ${s}`,[["registry",s]],r.clock)),e(s),0}catch(n){return ui(n)}finally{o.
end()}}function oW(t){return t.pushed?"true":t.digest?"false (the SHA tag was already in ECR: nothing built or uploaded)":"false (push: false, built and tagged \
locally only)"}function nW(t,e,r){let o=t.pushed?`delivered ${t.image}`:t.digest?`already delivered: ${t.image}`:`built ${t.image} (not pushed)`,n=Lr.filter(({name:s})=>s!==
"scan-findings"||r).map(({name:s})=>[s,s==="pushed"?oW(t):Do(t,s)||"-"]),i=aD(e.byStart).map(s=>`    ${s}`);return[uD(o,n,e),"  timeline",...i,...r?iW(r):[]].join(
`
`)}function iW(t){if(t.outcome!=="complete")return["  scan",`    ${t.problem}`];let e=mr.map(n=>Math.max(n.length,String(t.counts[n]).length)),r=["  scan",`    ${mr.
map((n,i)=>n.padStart(e[i])).join("  ")}`,`    ${mr.map((n,i)=>String(t.counts[n]).padStart(e[i])).join("  ")}`];t.gate!=="off"&&r.push(`    fail-on-severity ${t.
threshold}: ${t.gate}`);let o=n=>n.replace(/[\x00-\x1f\x7f-\x9f]+/g," ");for(let n of t.top)r.push(o(`    ${n.severity.padEnd(13)} ${n.name}  ${n.package||"-"} \
 ${n.link}`).trimEnd());return r}function uD(t,e,r){let o=[...e,["time",r.describe()]],n=Math.max(...o.map(([i])=>i.length));return[`\u2500\u2500 ecr-deliver: ${t}\
 \u2500\u2500`,...o.map(([i,s])=>`  ${i.padEnd(n)}  ${s}`)].join(`
`)}var sW=["deliver","login","merge"],dD="ECR_DELIVER_COMMAND",aW=t=>`'${t.replace(/'/g,"'\\''")}'`,gD=(t,e)=>`export ${cy(t)}=${aW(e)}
`;function cW(t){return Lr.map(({name:e})=>gD(e,Do(t,e))).join("")}function mD(t,e){t.BASH_ENV?(0,fD.appendFileSync)(t.BASH_ENV,e):process.stderr.write(`warning\
: BASH_ENV is not set: the outputs are not exported to later steps
`)}async function hD(t=process.env){let e=t[dD]||"deliver",r=qu(t);if(e==="login"||e==="deliver"&&r("mode")?.trim().toLowerCase()==="login")process.exitCode=await Ku(
r,o=>mD(t,gD("registry",o)));else if(e==="deliver"||e==="merge"){let o=e==="merge"?n=>n==="mode"?"merge":r(n):r;process.exitCode=await Wu(o,n=>mD(t,cW(n)))}else
process.stderr.write(`ecr-deliver: ${dD}: ${hi(e)} is not one of ${sW.join(", ")}
`),process.exitCode=2}var CD=require("node:util");var wD=require("node:util");var pW=["ecr:BatchCheckLayerAvailability","ecr:InitiateLayerUpload","ecr:UploadLayerPart","ecr:CompleteLayerUpload","ecr:PutImage"],Yh=["ecr:BatchGetImage","ecr\
:GetDownloadUrlForLayer","ecr:BatchCheckLayerAvailability"],lW=["ecr:BatchGetImage","ecr:DescribeRepositories","ecr:GetDownloadUrlForLayer","ecr:PutImage"];function yD(t){
let e=t.mode==="merge",r=new Set(e?lW:["ecr:DescribeRepositories","ecr:BatchGetImage"]),o=n=>{for(let i of n)r.add(i)};return t.push&&!e&&(o(pW),t.createRepository&&
r.add("ecr:CreateRepository"),t.lifecyclePolicy&&r.add("ecr:PutLifecyclePolicy"),t.repositoryPolicy&&r.add("ecr:SetRepositoryPolicy")),t.cache&&!e&&o(["ecr:Desc\
ribeImages",...Yh]),t.scanWait&&r.add("ecr:DescribeImageScanFindings"),t.scanWait&&t.scanStart&&r.add("ecr:StartImageScan"),[...r].sort()}function ED(t){return`\
arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??t.accountId}:repository/${t.repository}`}function Xh(t){if(t.registryType==="public")return mW(t);if(t.mode===
"merge")return{Version:"2012-10-17",Statement:[{Sid:"EcrMerge",Effect:"Allow",Action:yD(t),Resource:ED(t)}]};let e=[{Sid:"EcrLogin",Effect:"Allow",Action:"ecr:G\
etAuthorizationToken",Resource:"*"},{Sid:"EcrDeliver",Effect:"Allow",Action:yD(t),Resource:ED(t)}];if(t.push&&t.createRepository&&t.encryptionType==="KMS"){let r=t.
kmsKey&&/^arn:[^:]+:kms:[^:]+:\d{12}:key\//.test(t.kmsKey)?t.kmsKey:`arn:${Qr(t.region)}:kms:${t.region}:${t.registryId??t.accountId}:key/*`,o={"kms:ViaService":`\
ecr.${t.region}.amazonaws.com${Qr(t.region)==="aws-cn"?".cn":""}`};e.push({Sid:"KmsGrantForNewRepository",Effect:"Allow",Action:"kms:CreateGrant",Resource:r,Condition:{
StringEquals:o,Bool:{"kms:GrantIsForAWSResource":"true"}}},{Sid:"KmsForNewRepository",Effect:"Allow",Action:["kms:DescribeKey","kms:RetireGrant"],Resource:r,Condition:{
StringEquals:o}})}return e.push(...xD(t)),{Version:"2012-10-17",Statement:e}}function xD(t){let e=[],r=t.pullRepositories?.length?t.pullRepositories:["*"],o=(t.
pullRegistries??[]).flatMap(i=>r.map(s=>`arn:${Qr(i.region??t.region)}:ecr:${i.region??t.region}:${i.id}:repository/${s}`));o.length&&e.push({Sid:"EcrPullBaseIm\
ages",Effect:"Allow",Action:Yh.slice().sort(),Resource:o.length===1?o[0]:o});let n=(t.pullThrough??[]).map(i=>`arn:${Qr(t.region)}:ecr:${t.region}:${t.registryId??
t.accountId}:repository/${i}/*`);return n.length&&e.push({Sid:"EcrPullThroughCache",Effect:"Allow",Action:[...uW,...Yh].sort(),Resource:n.length===1?n[0]:n}),e}
function RD(t){return!t.pullRegistries?.length||t.pullRepositories?.length?[]:[`--pull-repositories not given: the role may pull every repository of ${t.pullRegistries.
map(e=>e.id).join(", ")}; pass name patterns to narrow it`]}var uW=["ecr:BatchImportUpstreamImage","ecr:CreateRepository"],SD=["ecr-public:GetAuthorizationToken",
"sts:GetServiceBearerToken"],dW=["ecr-public:BatchCheckLayerAvailability","ecr-public:InitiateLayerUpload","ecr-public:UploadLayerPart","ecr-public:CompleteLaye\
rUpload","ecr-public:PutImage"];function mW(t){let e=t.push?SD:[...SD,"ecr-public:DescribeRegistries"],r=new Set(["ecr-public:DescribeRepositories","ecr-public:\
DescribeImageTags"]);if(t.push){for(let n of dW)r.add(n);t.createRepository&&r.add("ecr-public:CreateRepository"),t.repositoryPolicy&&r.add("ecr-public:SetRepos\
itoryPolicy")}let o=t.repository.replace(/^public\.ecr\.aws\/[^/]+\//,"");return{Version:"2012-10-17",Statement:[{Sid:"EcrPublicLogin",Effect:"Allow",Action:e,Resource:"\
*"},{Sid:"EcrPublicDeliver",Effect:"Allow",Action:[...r].sort(),Resource:`arn:aws:ecr-public::${t.registryId??t.accountId}:repository/${o}`},...xD(t)]}}var fW="token.actions.githubusercontent.com",gW="oidc.circleci.com/org";function hW(t){let e=t.pullRequest?"pull_request":t.environment!==void 0?`environment:${t.
environment}`:t.tag!==void 0?`ref:refs/tags/${t.tag}`:`ref:refs/heads/${t.branch??"main"}`;return`repo:${t.repo}:${e}`}function _D(t){let e=Qr(t.region),r,o,n;if(t.
provider==="github")r=t.githubIssuer??fW,o=t.audience??Xs,n=hW(t);else if(t.provider==="circleci")r=`${gW}/${t.orgId}`,o=t.audience??t.orgId,n=`org/${t.orgId}/p\
roject/${t.projectId}/user/*${t.vcsRef?`/vcs-origin/*/vcs-ref/${t.vcsRef}`:""}`;else return;let i=/[*?]/.test(n),s={StringEquals:{[`${r}:aud`]:o}};return i?s.StringLike=
{[`${r}:sub`]:n}:s.StringEquals[`${r}:sub`]=n,{Version:"2012-10-17",Statement:[{Effect:"Allow",Principal:{Federated:`arn:${e}:iam::${t.accountId}:oidc-provider/${r}`},
Action:"sts:AssumeRoleWithWebIdentity",Condition:s}]}}var yW=["repo","branch","tag","environment","pull-request","github-issuer"],EW=["org-id","project-id","vcs-ref"];function ID(t,e=process.env){let r=SW(t),o=xW(r),
n=RW(o.provider,r);if(o.kmsKey!==void 0&&o.encryptionType!=="KMS")throw new _("kms-key",o.kmsKey,"needs --encryption-type KMS");if(o.pullRepositories?.length&&!o.
pullRegistries?.length)throw new _("pull-repositories",r.get("pull-repositories"),"needs --pull-registries");if(o.mode==="merge"&&Uu({repository:o.repository,registryType:o.
registryType})==="public")throw new _("mode","merge","works with private ECR only: ECR Public's API cannot read a part's config");if(o.only==="trust"&&n==="none")
throw new _("only",o.only,"needs a --provider: `none` has no trust policy");return{request:{repository:o.repository,region:pd(o.awsRegion,e),accountId:o.accountId,
registryId:o.registryId,provider:n,audience:o.audience,mode:o.mode,createRepository:o.createRepository,lifecyclePolicy:o.lifecyclePolicy,repositoryPolicy:o.repositoryPolicy,
cache:o.cache,push:o.push,encryptionType:o.encryptionType,kmsKey:o.kmsKey,scanWait:o.scanWait,scanStart:o.scanStart,pullRegistries:o.pullRegistries,pullRepositories:o.
pullRepositories,pullThrough:o.pullThrough,registryType:Uu({repository:o.repository,registryType:o.registryType}),...n==="github"?_W(o):n==="circleci"?wW(o):{}},
only:o.only}}function SW(t){let{values:e,positionals:r}=(0,wD.parseArgs)({args:t,options:Object.fromEntries(oi.map(n=>[n.name,{type:"string"}])),strict:!0,allowPositionals:!0});
if(r.length)throw new _("iam-policy",r[0],"is not a flag: every value follows its --flag (see `ecr-deliver iam-policy --help`)");let o=new Map;for(let n of oi){
let i=Mu(n,e[n.name]);i!==void 0&&o.set(n.name,i)}return o}function xW(t){let e={};for(let r of oi){let o=t.get(r.name)??r.default;if(o!==void 0)e[r.field]=r.parse(
o,r.name);else if(r.required)throw new _(r.name,"","is required")}return e}function RW(t,e){let r=yW.filter(s=>e.has(s)),o=EW.filter(s=>e.has(s)),n=t??(r.length?
"github":o.length?"circleci":void 0);if(!n)throw new _("provider","","is required: github (with --repo), circleci (with --org-id), or none");let i=n==="github"?
o:n==="circleci"?r:[...r,...o];if(i.length)throw new _(i[0],e.get(i[0]),`does not apply to --provider ${n}`);return n}function _W(t){if(t.repo===void 0)throw new _(
"repo","","is required: the GitHub repository as OWNER/REPO (or OWNER@ID/REPO@ID)");let{branch:e,tag:r,environment:o,pullRequest:n}=t;if(e!==void 0&&o!==void 0)
throw new _("branch",e,"cannot be combined with --environment: a job with an environment gets `environment:NAME` as its OIDC subject");if(n&&(e!==void 0||o!==void 0))
throw new _("pull-request","true","cannot be combined with --branch or --environment: a pull_request run's OIDC subject is `repo:OWNER/REPO:pull_request`");if(r!==
void 0&&(e!==void 0||o!==void 0||n))throw new _("tag",r,"cannot be combined with --branch, --environment or --pull-request: a tag push's OIDC subject is `repo:O\
WNER/REPO:ref:refs/tags/TAG`");let i=o===void 0&&!n&&r===void 0;return{repo:t.repo,environment:o,pullRequest:n,tag:r,branch:i?e??"main":void 0,githubIssuer:t.githubIssuer}}
function wW(t){if(t.orgId===void 0)throw new _("org-id","","is required: the CircleCI organization id (a UUID, Organization Settings > Overview)");if(t.projectId===
void 0)throw new _("project-id","","is required: the CircleCI project id (a UUID, Project Settings > Overview): without it every project of the org could delive\
r");return{orgId:t.orgId,projectId:t.projectId,vcsRef:t.vcsRef}}function IW(t){let e=_D(t);return e?{permissionsPolicy:Xh(t),trustPolicy:e}:{permissionsPolicy:Xh(
t)}}function TD(t,e){let r=IW(t),o=e==="permissions"?r.permissionsPolicy:e==="trust"?r.trustPolicy:r;return`${JSON.stringify(o,null,2)}
`}var vD="0.1.0";var Qh=Oo.filter(t=>!t.githubOnly),PD=["iam-policy","login","merge"];function Zh(t,e,r=100){let o=[],n="";for(let i of t.split(/\s+/).filter(Boolean))n&&e.length+
n.length+1+i.length>r?(o.push(n),n=i):n=n?`${n} ${i}`:i;return n&&o.push(n),o.map(i=>e+i).join(`
`)}function vW(){return["Usage: ecr-deliver [--option value \u2026] [--json]      deliver an image","       ecr-deliver login [--option value \u2026]         credent\
ials + docker login only","       ecr-deliver merge [--option value \u2026]         multi-arch: the parts into one image index","       ecr-deliver iam-policy -\
-help                the IAM policies a CI role needs","","Delivers a container image to Amazon ECR: OIDC credentials, ECR login, repository, build,","commit-SH\
A tag, push. Every option can also be given as ECR_DELIVER_<OPTION> in the environment","(e.g. ECR_DELIVER_ROLE_TO_ASSUME); a flag wins over the environment.","",
"Options:",...Qh.map(e=>{let r=e.default!==void 0?` Default: ${e.default}.`:e.defaultText?` Default: ${e.defaultText.replace(/`/g,"")}.`:"";return`  --${e.name}\
 <value>
${Zh(`${e.description.replace(/`/g,"")}${e.required?" Required.":""}${r}`,"      ")}`}),"  --json","      Print the outputs as one JSON object on stdout (logs g\
o to stderr).","  --help, --version","",`Outputs: ${Lr.map(e=>e.name).join(", ")}.`,"Exit codes: 0 delivered, 1 failed, 2 bad input."].join(`
`)}function AD(t,e,r,o){let n=Qh.filter(i=>r.includes(i.name)).map(i=>`  --${i.name} <value>
${Zh(i.description.replace(/`/g,""),"      ")}`);return[`Usage: ecr-deliver ${t}`,"",...e,"","Options (also as ECR_DELIVER_<OPTION>):",...n,"",`Exit codes: ${o}\
, 1 failed, 2 bad input.`].join(`
`)}var CW=()=>AD("login [--option value \u2026] [--json]",["Gets AWS credentials (OIDC or ambient) and runs docker login to the ECR registry, nothing else;",'la\
ter docker commands in the same job can pull and push. --json prints {"registry": "<host>"}.',"Unlike a delivery (which logs in to a private docker config remov\
ed when it ends), login writes","the registry password to your docker config (DOCKER_CONFIG, else ~/.docker) by design, where it","stays for 12 hours: run `dock\
er logout <registry>` when done on a shared host."],eu,"0 logged in"),PW=()=>AD("merge --platform linux/amd64,linux/arm64 [--option value \u2026] [--json]",["Pu\
ts the parts (--mode part, one job per platform) into one image index under every tag,","with ECR's API only: no docker. Same as --mode merge."],VO,"0 merged");
function AW(){return["Usage: ecr-deliver iam-policy --repository NAME --account-id ID --aws-region REGION","         --repo OWNER/REPO [--branch BRANCH | --envi\
ronment NAME]     (GitHub)","         --org-id UUID --project-id UUID [--vcs-ref REF]               (CircleCI)","         [the delivery options the role must al\
low, e.g. --cache false]","",'Prints {"permissionsPolicy": \u2026, "trustPolicy": \u2026} as JSON: the least-privilege permissions for',"delivering to the repos\
itory with the given options, and the OIDC trust policy with aud and sub","pinned. No AWS call is made.","","Flags:",...oi.map(t=>`  --${t.name} ${t.value}
${Zh(t.description.replace(/`/g,""),"      ")}`),"","Exit codes: 0 printed, 2 bad input."].join(`
`)}function bD(t,e){let r=t,o=/'(-[^' ]+)/.exec(r.message??"")?.[1],n=`see ecr-deliver ${e?`${e} `:""}--help`;switch(r.code){case"ERR_PARSE_ARGS_UNKNOWN_OPTION":
return`${o}: is not a flag of ecr-deliver${e?` ${e}`:""} (${n})`;case"ERR_PARSE_ARGS_INVALID_OPTION_VALUE":return/does not take an argument/.test(r.message??"")?
`${o}: takes no value`:/ambiguous/.test(r.message??"")?`${o}: needs a value; for a value that starts with "-", write ${o}=VALUE`:`${o}: needs a value (${n})`;case"\
ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL":{let i=/'([^']*)'/.exec(r.message??"")?.[1]??"";return`${hi(i)} is not a command or flag: use ${PD.join(", ")} or --flags \
(${n})`}default:return`${(r.message??String(t)).split(`
`)[0]} (${n})`}}function bW(t,e,r){try{let o=Object.fromEntries(e.map(n=>[n,{type:"string"}]));return(0,CD.parseArgs)({args:t,options:{...o,json:{type:"boolean"},
help:{type:"boolean",short:"h"},version:{type:"boolean"}},strict:!0,allowPositionals:!1}).values}catch(o){process.stderr.write(`ecr-deliver: ${bD(o,r)}
`),process.exitCode=2;return}}function OW(t){if(t.includes("--help")||t.includes("-h"))return process.stdout.write(`${AW()}
`),0;try{let{request:e,only:r}=ID(t.filter(o=>o!=="--json"));process.stdout.write(TD(e,r));for(let o of RD(e))process.stderr.write(`note: ${o}
`);return 0}catch(e){return e.code?.startsWith("ERR_PARSE_ARGS")?(process.stderr.write(`ecr-deliver: ${bD(e,"iam-policy")}
`),2):ui(e)}}async function OD(t){let e=PD.find(l=>l===t[0])??"";if(e==="iam-policy"){process.exitCode=OW(t.slice(1));return}let r=e?t.slice(1):t,o=e==="login"?
eu:Qh.map(l=>l.name).filter(l=>e!=="merge"||l!=="mode"),n=bW(r,o,e);if(!n)return;if(n.help)return void process.stdout.write(`${e==="login"?CW():e==="merge"?PW():
vW()}
`);if(n.version)return void process.stdout.write(`${vD}
`);let i=qu(process.env),s=l=>n[l]??i(l),a;try{a=e||ea("mode",s("mode"))}catch(l){process.exitCode=ui(l);return}if(a==="login"){let l=u=>eu.includes(u)?s(u):void 0;
process.exitCode=await Ku(l,u=>{n.json&&process.stdout.write(`${JSON.stringify({registry:u})}
`)});return}let c=e==="merge"?l=>l==="mode"?"merge":s(l):s;process.exitCode=await Wu(c,l=>{n.json&&process.stdout.write(`${JSON.stringify(py(l))}
`)})}var ey=require("node:fs"),$r=require("node:os"),ND=require("node:stream");var NW=t=>t.replace(/%/g,"%25").replace(/\r/g,"%0D").replace(/\n/g,"%0A"),di,DD=!0;function na(t){t.length&&(process.stdout.write(t),DD=typeof t=="string"?t.endsWith(
`
`):t[t.length-1]===10)}var ty=()=>DD?"":$r.EOL,kD=new ND.Writable({write(t,e,r){di||(di=crypto.randomUUID().replace(/-/g,""),na(`${ty()}::stop-commands::${di}${$r.EOL}`)),
na(t),r()}});function ia(t,e=""){di&&(na(`${ty()}::${di}::${$r.EOL}`),di=void 0),na(`::${t}::${NW(e)}${$r.EOL}`)}function Ju(t){return(process.env[`INPUT_${t.replace(
/ /g,"_").toUpperCase()}`]??"").trim()}function $D(t,e,r){let o=process.env[`GITHUB_${t}`];if(!o)throw new Error(`GITHUB_${t} is not set: not running in a GitHu\
b Actions step`);let n=`ghadelimiter_${crypto.randomUUID()}`;if(e.includes(n)||r.includes(n))throw new Error(`value of ${e} contains the delimiter`);(0,ey.appendFileSync)(
o,`${e}<<${n}${$r.EOL}${r}${$r.EOL}${n}${$r.EOL}`,"utf8")}var mi=(t,e)=>$D("OUTPUT",t,e),Yu=(t,e)=>$D("STATE",t,e),ry=t=>process.env[`STATE_${t}`]??"",Xu=t=>ia(
"add-mask",t),Qu=t=>na(`${ty()}${t}${$r.EOL}`),oy=t=>ia("warning",t),DW=t=>ia("error",t);function LD(t){process.exitCode=1,DW(t)}async function FD(t,e){ia("grou\
p",t);try{return await e()}finally{ia("endgroup")}}function ny(t){let e=process.env.GITHUB_STEP_SUMMARY;e&&(0,ey.appendFileSync)(e,`${t}${$r.EOL}`,"utf8")}var kW=4,
$W=1e4;async function UD(t){let e=process.env.ACTIONS_ID_TOKEN_REQUEST_URL,r=process.env.ACTIONS_ID_TOKEN_REQUEST_TOKEN;if(!e||!r)throw new Error("ACTIONS_ID_TO\
KEN_REQUEST_URL or ACTIONS_ID_TOKEN_REQUEST_TOKEN is not set");let o=`${e}&audience=${encodeURIComponent(t)}`;for(let n=1;;n++){let i;try{let s=await gn(o,{headers:{
Authorization:`Bearer ${r}`,Accept:"application/json"},timeoutMs:$W});if(s.status===200){let a=LW(s.text);if(!a)throw new Error("the token service answered with\
out a token");return Xu(a),a}if(i=`HTTP ${s.status}`,s.status<500&&s.status!==429)throw new Error(`the token service answered ${i}`)}catch(s){if(s.message.startsWith(
"the token service")||s instanceof hr)throw s;i=s.message}if(n>=kW)throw new Error(`the token service did not answer after ${n} attempts (${i})`);await new Promise(
s=>setTimeout(s,500*2**(n-1)))}}function LW(t){try{let e=JSON.parse(t)?.value;return typeof e=="string"?e:void 0}catch{return}}var fi=t=>t.replace(/[\r\n]+/g," ").replace(/[|\\`*_~<>[\]]/g,e=>`\\${e}`),iy=t=>`\`${t.replace(/`/g,"'")}\``;function MD(t,e,r){let o=t.pushed?"delivered":t.digest?
"already delivered":"built, not pushed",n=[["image",iy(t.image)],["digest",t.digest?iy(t.digest):"(not pushed)"],["tags",t.tags.map(iy).join(" ")],["pushed",String(
t.pushed)],["timings",fi(e.describe())]],i=[`### ecr-deliver: ${o}`,"","| | |","|---|---|",...n.map(([s,a])=>`| ${s} | ${a} |`),"","#### Timeline","",sD(e.byStart),
""];return r&&i.push(...UW(r),""),i.join(`
`)}function UW(t){let e=["#### Vulnerability scan",""];if(t.outcome!=="complete")return e.push("> [!WARNING]",`> ${fi(t.problem??"no scan")}`),t.gate==="failed"&&
e.push(">",`> fail-on-severity ${t.threshold}: **failed** (the image is pushed, but could not be judged)`),e;if(e.push(`| ${mr.join(" | ")} |`,`|${mr.map(()=>"-\
--:").join("|")}|`,`| ${mr.map(r=>t.counts[r]).join(" | ")} |`,""),t.gate!=="off"&&e.push(t.gate==="failed"?`**fail-on-severity ${t.threshold}: failed.** The im\
age is pushed, but should not be deployed.`:`fail-on-severity ${t.threshold}: passed.`,""),t.top.length){e.push("| finding | severity | package |","|---|---|---\
|");for(let r of t.top){let o=/^https?:\/\/[^\s()<>]+$/.test(r.link)?`[${fi(r.name)}](${r.link})`:fi(r.name);e.push(`| ${o} | ${fi(r.severity)} | ${fi(r.package)||
"\u2014"} |`)}}else e.push("No findings.");return e}var HD="isPost",BD="registries",GD="skipLogout",Zu=class{clock=new ta;output=kD;info=e=>Qu(e);warning=e=>oy(e);secret=e=>Xu(e);phase(e,r){return FD(e,()=>this.clock.
time(e,r))}track(e,r){return this.clock.time(e,r)}},zD=t=>t[`STATE_${HD}`]==="true";async function jD(){Yu(HD,"true");let t=new Zu,e=new Set,r=i=>{e.add(i),Yu(BD,
JSON.stringify([...e]))},o=oa(),n={reporter:t,run:li,env:process.env,platformToken:i=>UD(i),lifetime:o};try{let i=BN(d=>Ju(d));if(i.mode==="login")return await MW(
n,r,i);let s=pi(d=>Ju(d)),a=xn(s),{outputs:c,scan:l}=await ju({options:s,context:a,...n});for(let{name:d}of Lr)mi(d,Do(c,d));ny(MD(c,t.clock,l));let u=zu(l,c["i\
mage-ref"]);if(u.warning&&oy(u.warning),u.failure)throw u.failure}catch(i){let s=hn(i);LD(s.hint?`${s.message}
Hint: ${s.hint}`:s.message)}finally{o.end()}}async function MW(t,e,r){r.skipLogout&&Yu(GD,"true");let o=pi(s=>Ju(s),"login"),n=xn(o,process.env,"login"),i=await Lu(
{options:o,context:n,...t,onLogin:e});mi("registry",i.registry),mi("registries",i.registries.join(",")),r.dockerCredentialsOutput&&(Xu(i.login.password),mi("doc\
ker-username",i.login.username),mi("docker-password",i.login.password)),Qu(`Logged in to ${i.registries.join(", ")}${r.skipLogout?" (kept after the job: skip-lo\
gout)":"; the post step logs out"}`),ny(["### ecr-deliver login","",...i.registries.map(s=>`- \`${s}\``),"",`timings: ${t.reporter.clock.describe()}`,""].join(`\

`))}async function VD(){let t=JSON.parse(ry(BD)||"[]");if(ry(GD)==="true"){Qu(`skip-logout: docker stays logged in to ${t.join(", ")||"nothing"}`);return}let e=new ro(
li,new Zu,void 0,Rn(process.env));for(let r of t)await e.logout(r)}async function HW(){let t=process.env,e=process.argv.slice(2);return e.length===0&&t.GITHUB_ACTIONS==="true"&&Object.keys(t).some(r=>r.startsWith("INPUT_"))?zD(
t)?VD():jD():e.length===0&&t.CIRCLECI==="true"?hD():OD(e)}HW();
